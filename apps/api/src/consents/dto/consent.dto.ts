import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  CONSENT_BASES,
  CONSENT_GIVERS,
  CONSENT_PURPOSES,
  CONSENT_SCOPES,
  CONSENT_STATUSES,
  LEGAL_GROUNDS,
  SECTORS,
  type ConsentBasis,
  type ConsentGiver,
  type ConsentPurpose,
  type ConsentResponse,
  type ConsentScope,
  type ConsentStatus,
  type CreateConsentRequest,
  type LegalGround,
  type Sector,
  type WithdrawConsentRequest,
} from '@sluitend/domain';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsIn,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
} from 'class-validator';
import { PersonRefDto } from '../../cases/dto/case-response.dto';
import { IsCalendarDate } from '../../common/validation/domain-validators';

export class CreateConsentDto implements CreateConsentRequest {
  @ApiProperty({ enum: CONSENT_SCOPES })
  @IsIn(CONSENT_SCOPES)
  scope!: ConsentScope;

  @ApiPropertyOptional({ format: 'uuid', description: 'Required when scope is organisation.' })
  @IsOptional()
  @IsUUID()
  organisationId?: string;

  @ApiPropertyOptional({ enum: SECTORS, description: 'Required when scope is sector.' })
  @IsOptional()
  @IsIn(SECTORS)
  sector?: Sector;

  @ApiProperty({ enum: CONSENT_PURPOSES })
  @IsIn(CONSENT_PURPOSES)
  purpose!: ConsentPurpose;

  @ApiProperty({ enum: CONSENT_BASES })
  @IsIn(CONSENT_BASES)
  basis!: ConsentBasis;

  @ApiPropertyOptional({
    enum: CONSENT_GIVERS,
    isArray: true,
    description:
      'Required for consent: from 16 the jongere; 12 to 15 also a parent or guardian; under 12 a parent or guardian.',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(2)
  @ArrayUnique()
  @IsIn(CONSENT_GIVERS, { each: true })
  givenBy?: ConsentGiver[];

  @ApiPropertyOptional({ enum: LEGAL_GROUNDS, description: 'Required when the basis is a legal ground.' })
  @IsOptional()
  @IsIn(LEGAL_GROUNDS)
  legalGround?: LegalGround;

  @ApiPropertyOptional({ maxLength: 1000, description: 'E.g. the court decision, or how consent was given.' })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  note?: string;

  @ApiProperty({ format: 'date' })
  @IsCalendarDate()
  givenOn!: string;

  @ApiPropertyOptional({ format: 'date', description: 'The last day it holds.' })
  @IsOptional()
  @IsCalendarDate()
  validUntil?: string;
}

export class WithdrawConsentDto implements WithdrawConsentRequest {
  @ApiProperty({ maxLength: 1000 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(1000)
  reason!: string;
}

export class ConsentResponseDto implements ConsentResponse {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ format: 'uuid' })
  caseId!: string;

  @ApiProperty({ enum: CONSENT_SCOPES })
  scope!: ConsentScope;

  @ApiProperty({ type: String, format: 'uuid', nullable: true })
  organisationId!: string | null;

  @ApiProperty({ type: String, nullable: true })
  organisationName!: string | null;

  @ApiProperty({ enum: SECTORS, nullable: true })
  sector!: Sector | null;

  @ApiProperty({ enum: CONSENT_PURPOSES })
  purpose!: ConsentPurpose;

  @ApiProperty({ enum: CONSENT_BASES })
  basis!: ConsentBasis;

  @ApiProperty({ enum: CONSENT_GIVERS, isArray: true })
  givenBy!: ConsentGiver[];

  @ApiProperty({ enum: LEGAL_GROUNDS, nullable: true })
  legalGround!: LegalGround | null;

  @ApiProperty({ type: String, nullable: true })
  note!: string | null;

  @ApiProperty({ format: 'date' })
  givenOn!: string;

  @ApiProperty({ type: String, format: 'date', nullable: true })
  validUntil!: string | null;

  @ApiProperty({ enum: CONSENT_STATUSES, description: 'Derived on every request: expired consents show as such.' })
  status!: ConsentStatus;

  @ApiProperty({ type: PersonRefDto })
  recordedBy!: PersonRefDto;

  @ApiProperty({ format: 'date-time' })
  recordedAt!: string;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  withdrawnAt!: string | null;

  @ApiProperty({ type: String, nullable: true })
  withdrawnReason!: string | null;

  @ApiProperty({ type: PersonRefDto, nullable: true })
  withdrawnBy!: PersonRefDto | null;
}
