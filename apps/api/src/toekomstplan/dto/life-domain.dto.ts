import { ApiProperty } from '@nestjs/swagger';
import type { LifeDomainDefinition } from '@sluitend/domain';

export class LifeDomainDto implements LifeDomainDefinition {
  @ApiProperty({ example: 'wonen' })
  key!: string;

  @ApiProperty({ example: 'Wonen' })
  label!: string;
}
