import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ACCESS_GROUNDS,
  AUDIT_ACTIONS,
  ROLES,
  type AccessGround,
  type AuditAction,
  type AuditChainVerification,
  type AuditEventPage,
  type AuditEventQuery,
  type AuditEventResponse,
  type Role,
} from '@sluitend/domain';
import { Type } from 'class-transformer';
import { IsIn, IsOptional, IsUUID, Max, Min } from 'class-validator';
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

export class AuditChainVerificationDto implements AuditChainVerification {
  @ApiProperty()
  valid!: boolean;

  @ApiProperty()
  checkedEvents!: number;

  @ApiProperty({ type: Number, nullable: true })
  firstBrokenSequence!: number | null;

  @ApiProperty({ format: 'date-time' })
  verifiedAt!: string;
}
