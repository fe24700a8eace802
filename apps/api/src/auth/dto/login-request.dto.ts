import { ApiProperty } from '@nestjs/swagger';
import type { LoginRequest } from '@sluitend/domain';
import { IsEmail, IsString, MaxLength, MinLength } from 'class-validator';

export class LoginRequestDto implements LoginRequest {
  @ApiProperty({ example: 'jongerenwerker@demo.sluitend.nl', maxLength: 254 })
  @IsEmail()
  @MaxLength(254)
  email!: string;

  @ApiProperty({ format: 'password', minLength: 1, maxLength: 128 })
  @IsString()
  @MinLength(1)
  @MaxLength(128)
  password!: string;
}
