import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { CreateCaseRequest } from '@sluitend/domain';
import { Type } from 'class-transformer';
import { IsNotEmpty, IsObject, IsOptional, IsString, IsUUID, MaxLength, ValidateNested } from 'class-validator';
import { IsBsn, IsCalendarDate } from '../../common/validation/domain-validators';
import { ContactInputDto } from './contact.dto';
import { InitialConsentDto } from '../../consents/dto/initial-consent.dto';

export class CreateCaseDto implements CreateCaseRequest {
  @ApiProperty({ maxLength: 100, example: 'Noah' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  firstName!: string;

  @ApiProperty({ maxLength: 100, example: 'de Jong' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  lastName!: string;

  @ApiProperty({ format: 'date', example: '2009-05-14' })
  @IsCalendarDate()
  dateOfBirth!: string;

  @ApiPropertyOptional({ description: 'Burgerservicenummer; must pass the elfproef.', example: '111222333' })
  @IsOptional()
  @IsBsn()
  bsn?: string;

  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  municipalityId!: string;

  @ApiPropertyOptional({ maxLength: 200, example: 'Praktijkschool Tiel' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  schoolOrWork?: string;

  @ApiPropertyOptional({ type: ContactInputDto })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => ContactInputDto)
  contact?: ContactInputDto;

  @ApiPropertyOptional({ format: 'uuid', description: 'Defaults to the professional who opens the case.' })
  @IsOptional()
  @IsUUID()
  casusregisseurUserId?: string;

  @ApiPropertyOptional({ maxLength: 100, example: 'trajectbegeleider' })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  casusregisseurPart?: string;

  @ApiPropertyOptional({
    type: InitialConsentDto,
    description:
      "The jongere's consent for your organisation to work on the case. Without it the case opens, but its content stays closed until a consent or legal ground is registered.",
  })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => InitialConsentDto)
  consent?: InitialConsentDto;
}
