import { ApiProperty } from '@nestjs/swagger';
import type { SignInLockResponse } from '@sluitend/domain';

export class SignInLockResponseDto implements SignInLockResponse {
  @ApiProperty({ format: 'uuid' })
  userId!: string;

  @ApiProperty({ format: 'email' })
  email!: string;

  @ApiProperty({ example: 'Sanne de Vries' })
  name!: string;

  @ApiProperty({
    format: 'date-time',
    description: 'Until then only a browser the user signed in from before gets in.',
  })
  lockedUntil!: string;

  @ApiProperty({ description: 'Wrong passwords from unknown browsers counted towards the lock.', minimum: 0 })
  failedAttempts!: number;
}
