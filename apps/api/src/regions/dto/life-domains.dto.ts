import { ApiProperty } from '@nestjs/swagger';
import type { LifeDomainDefinition } from '@sluitend/domain';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsNotEmpty,
  IsString,
  Matches,
  MaxLength,
  ValidateNested,
} from 'class-validator';

export class LifeDomainInputDto implements LifeDomainDefinition {
  @ApiProperty({ example: 'wonen', description: 'Stable kebab-case key; plans refer to it.' })
  @Matches(/^[a-z0-9]+(-[a-z0-9]+)*$/, { message: 'key must be kebab-case' })
  @MaxLength(64)
  key!: string;

  @ApiProperty({ example: 'Wonen', maxLength: 120 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(120)
  label!: string;
}

/** A region's own plan template: the life domains in the order its professionals use them. */
export class UpdateLifeDomainsDto {
  @ApiProperty({ type: LifeDomainInputDto, isArray: true, minItems: 1, maxItems: 20 })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @ArrayUnique((domain: LifeDomainInputDto) => domain.key, { message: 'lifeDomains must have unique keys' })
  @ValidateNested({ each: true })
  @Type(() => LifeDomainInputDto)
  lifeDomains!: LifeDomainInputDto[];
}
