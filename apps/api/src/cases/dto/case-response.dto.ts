import { ApiProperty } from '@nestjs/swagger';
import { CASE_STATUSES, type CaseResponse, type CaseStatus } from '@sluitend/domain';
import { LifeDomainDto } from '../../toekomstplan/dto/life-domain.dto';

export class CaseContactDto {
  @ApiProperty({ type: String, nullable: true, example: '06-12345678' })
  phone!: string | null;

  @ApiProperty({ type: String, nullable: true, format: 'email' })
  email!: string | null;

  @ApiProperty({ type: String, nullable: true, example: 'Waalkade 1, 4001 AA Tiel' })
  address!: string | null;
}

export class PersonRefDto {
  @ApiProperty({ format: 'uuid' })
  userId!: string;

  @ApiProperty()
  name!: string;
}

export class RestrictionDto {
  @ApiProperty({ maxLength: 1000 })
  reason!: string;

  @ApiProperty({ format: 'date-time' })
  since!: string;
}

export class CaseResponseDto implements CaseResponse {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ example: 'Noah' })
  firstName!: string;

  @ApiProperty({ example: 'de Jong' })
  lastName!: string;

  @ApiProperty({ format: 'date', example: '2009-05-14' })
  dateOfBirth!: string;

  @ApiProperty({ type: String, nullable: true, example: '111222333' })
  bsn!: string | null;

  @ApiProperty({ format: 'uuid' })
  municipalityId!: string;

  @ApiProperty({ example: 'Tiel' })
  municipalityName!: string;

  @ApiProperty({ type: String, nullable: true, example: 'Praktijkschool Tiel' })
  schoolOrWork!: string | null;

  @ApiProperty({ type: CaseContactDto })
  contact!: CaseContactDto;

  @ApiProperty({ enum: CASE_STATUSES })
  status!: CaseStatus;

  @ApiProperty({ type: String, nullable: true })
  closedReason!: string | null;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  closedAt!: string | null;

  @ApiProperty({ type: PersonRefDto })
  casusregisseur!: PersonRefDto;

  @ApiProperty({
    type: RestrictionDto,
    nullable: true,
    description: 'AVG art. 18: while set, the dossier is kept and read but not changed.',
  })
  restriction!: RestrictionDto | null;

  @ApiProperty({ type: LifeDomainDto, isArray: true })
  lifeDomains!: LifeDomainDto[];

  @ApiProperty({ description: 'Send this back when changing the case; a stale version is answered 409.' })
  version!: number;

  @ApiProperty({ format: 'date-time' })
  createdAt!: string;

  @ApiProperty({ format: 'date-time' })
  updatedAt!: string;
}
