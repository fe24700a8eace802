import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { CONSENT_GIVERS, type ConsentGiver, type InitialConsentRequest } from '@sluitend/domain';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsIn,
  IsOptional,
  IsString,
  MaxLength,
} from 'class-validator';
import { IsCalendarDate } from '../../common/validation/domain-validators';

export class InitialConsentDto implements InitialConsentRequest {
  @ApiProperty({
    enum: CONSENT_GIVERS,
    isArray: true,
    description:
      'From 16 the jongere alone; 12 to 15 the jongere and a parent or guardian; under 12 a parent or guardian.',
  })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(2)
  @ArrayUnique()
  @IsIn(CONSENT_GIVERS, { each: true })
  givenBy!: ConsentGiver[];

  @ApiProperty({ format: 'date' })
  @IsCalendarDate()
  givenOn!: string;

  @ApiPropertyOptional({ format: 'date', description: 'The last day the consent holds.' })
  @IsOptional()
  @IsCalendarDate()
  validUntil?: string;

  @ApiPropertyOptional({ maxLength: 1000, description: 'How and where consent was given.' })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  note?: string;
}
