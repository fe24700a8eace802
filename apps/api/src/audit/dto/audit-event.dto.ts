import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ACCESS_GROUNDS,
  AUDIT_ACTIONS,
  ROLES,
  type AccessGround,
  type AuditAction,
  AUDIT_ANCHOR_STATUSES,
  type AuditAnchorStatus,
  type AuditAnchorVerification,
  type AuditChainVerification,
  type AuditCheckpointResponse,
  type AuditEventPage,
  type AuditEventQuery,
  type AuditEventResponse,
  type Role,
} from '@sluitend/domain';
import { Type } from 'class-transformer';
import { IsIn, IsOptional, IsString, IsUUID, Matches, Max, MaxLength, Min } from 'class-validator';
import { IsCalendarDate, IsInt4 } from '../../common/validation/domain-validators';

export class AuditUserRefDto {
  @ApiProperty({ format: 'uuid' })
  userId!: string;

  @ApiProperty()
  name!: string;
}

export class AuditOrganisationRefDto {
  @ApiProperty({ format: 'uuid' })
  organisationId!: string;

  @ApiProperty()
  name!: string;
}

export class AuditSubjectRefDto {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ description: 'Its current name; empty when it no longer exists.' })
  name!: string;
}

export class AuditEventDto implements AuditEventResponse {
  @ApiProperty({ description: 'Position in the hash chain.' })
  sequence!: number;

  @ApiProperty({ format: 'date-time' })
  at!: string;

  @ApiProperty({ type: AuditUserRefDto, nullable: true })
  user!: AuditUserRefDto | null;

  @ApiProperty({ type: AuditOrganisationRefDto, nullable: true })
  organisation!: AuditOrganisationRefDto | null;

  @ApiProperty({ enum: ROLES, isArray: true })
  roles!: Role[];

  @ApiProperty({ type: String, nullable: true })
  onBehalfOf!: string | null;

  @ApiProperty({ type: String, format: 'uuid', isArray: true })
  caseIds!: string[];

  @ApiProperty({ enum: AUDIT_ACTIONS })
  action!: AuditAction;

  @ApiProperty({ example: 'toekomstplan' })
  resource!: string;

  @ApiProperty({ type: String, isArray: true, description: 'Names of the fields involved, never their values.' })
  fields!: string[];

  @ApiProperty({ enum: ACCESS_GROUNDS })
  ground!: AccessGround;

  @ApiProperty({ type: String, nullable: true, description: 'The consent or emergency access it rests on.' })
  groundReference!: string | null;

  @ApiProperty({ type: String, nullable: true, description: 'A break-the-glass reason, or why access was refused.' })
  reason!: string | null;

  @ApiProperty({ type: String, nullable: true })
  ip!: string | null;

  @ApiProperty({ type: String, nullable: true })
  sessionDigest!: string | null;

  @ApiProperty({
    type: AuditSubjectRefDto,
    nullable: true,
    description: 'The user, organisation or region an administrative event is about (see resource).',
  })
  subject!: AuditSubjectRefDto | null;
}

export class AuditEventPageDto implements AuditEventPage {
  @ApiProperty({ type: AuditEventDto, isArray: true })
  items!: AuditEventDto[];

  @ApiProperty()
  total!: number;

  @ApiProperty({ minimum: 1 })
  page!: number;

  @ApiProperty({ minimum: 1, maximum: 200 })
  pageSize!: number;
}

export class AuditPageQueryDto {
  @ApiPropertyOptional({ minimum: 1, default: 1 })
  @IsOptional()
  @Type(() => Number)
  @IsInt4()
  @Min(1)
  page?: number;

  @ApiPropertyOptional({ minimum: 1, maximum: 200, default: 50 })
  @IsOptional()
  @Type(() => Number)
  @IsInt4()
  @Min(1)
  @Max(200)
  pageSize?: number;
}

export class AuditEventQueryDto extends AuditPageQueryDto implements AuditEventQuery {
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  caseId?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  userId?: string;

  @ApiPropertyOptional({
    maxLength: 254,
    description:
      'Part of the name or e-mail address of the user who acted, or of the user an event is about; any case.',
  })
  @IsOptional()
  @IsString()
  @MaxLength(254)
  // Postgres cannot hold a NUL in text; no name or address has a control character.
  @Matches(/^[^\p{Cc}]*$/u, { message: 'user must not contain control characters' })
  user?: string;

  @ApiPropertyOptional({ enum: AUDIT_ACTIONS })
  @IsOptional()
  @IsIn(AUDIT_ACTIONS)
  action?: AuditAction;

  @ApiPropertyOptional({ format: 'date', description: 'From this Dutch calendar day, inclusive.' })
  @IsOptional()
  @IsCalendarDate()
  from?: string;

  @ApiPropertyOptional({ format: 'date', description: 'Up to and including this Dutch calendar day.' })
  @IsOptional()
  @IsCalendarDate()
  to?: string;
}

export class AuditAnchorVerificationDto implements AuditAnchorVerification {
  @ApiProperty({
    enum: AUDIT_ANCHOR_STATUSES,
    description:
      'How the chain compares with the newest signed checkpoint outside the database: only anchored and not-anchored-yet are intact.',
  })
  status!: AuditAnchorStatus;

  @ApiProperty({ type: Number, nullable: true })
  checkpointNumber!: number | null;

  @ApiProperty({ type: Number, nullable: true, description: 'The head sequence the newest checkpoint signed.' })
  checkpointSequence!: number | null;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  checkpointAt!: string | null;

  @ApiProperty({ description: 'Checkpoints the database records as written; the file must hold them.' })
  recordedCheckpoints!: number;

  @ApiProperty({ description: "The sequence of the chain's head in the database." })
  headSequence!: number;
}

export class AuditCheckpointDto implements AuditCheckpointResponse {
  @ApiProperty()
  number!: number;

  @ApiProperty({ description: 'The head sequence signed.' })
  sequence!: number;

  @ApiProperty({ description: 'The head hash signed (SHA-256, hex).' })
  hash!: string;

  @ApiProperty({ format: 'date-time' })
  at!: string;

  @ApiProperty({ description: 'The first 16 hex digits of SHA-256 over the signing public key.' })
  keyId!: string;

  @ApiProperty({ description: 'False when the head had not moved since the newest checkpoint, which is returned.' })
  written!: boolean;
}

export class AuditChainVerificationDto implements AuditChainVerification {
  @ApiProperty()
  valid!: boolean;

  @ApiProperty()
  checkedEvents!: number;

  @ApiProperty({ type: Number, nullable: true })
  firstBrokenSequence!: number | null;

  @ApiProperty({ format: 'date-time' })
  verifiedAt!: string;

  @ApiProperty({ type: AuditAnchorVerificationDto })
  anchor!: AuditAnchorVerificationDto;
}
