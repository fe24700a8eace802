import { ApiProperty } from '@nestjs/swagger';
import {
  ACCESS_GROUNDS,
  CASE_ACCESS_LEVELS,
  type AccessGround,
  type CaseAccessLevel,
  type CaseAccessResponse,
} from '@sluitend/domain';

export class CasusregisseurRefDto {
  @ApiProperty({ format: 'uuid' })
  userId!: string;

  @ApiProperty()
  name!: string;

  @ApiProperty()
  organisationName!: string;
}

export class CaseAccessResponseDto implements CaseAccessResponse {
  @ApiProperty({ format: 'uuid' })
  caseId!: string;

  @ApiProperty({ enum: CASE_ACCESS_LEVELS })
  level!: CaseAccessLevel;

  @ApiProperty({ enum: ACCESS_GROUNDS })
  ground!: AccessGround;

  @ApiProperty({ type: String, nullable: true })
  groundReference!: string | null;

  @ApiProperty()
  isTeamMember!: boolean;

  @ApiProperty()
  isCasusregisseur!: boolean;

  @ApiProperty()
  canChange!: boolean;

  @ApiProperty()
  canManageConsents!: boolean;

  @ApiProperty()
  canViewAccessLog!: boolean;

  @ApiProperty({ type: CasusregisseurRefDto })
  casusregisseur!: CasusregisseurRefDto;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  emergencyAccessExpiresAt!: string | null;

  @ApiProperty()
  restricted!: boolean;
}
