import { ApiProperty } from '@nestjs/swagger';
import { CASE_STATUSES, type CasePage, type CaseStatus, type CaseSummary } from '@sluitend/domain';

export class CaseSummaryDto implements CaseSummary {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({
    enum: ['full', 'existence-only'],
    description: 'existence-only: your organisation has no valid consent; the jongere is not named.',
  })
  access!: 'full' | 'existence-only';

  @ApiProperty({ type: String, nullable: true })
  firstName!: string | null;

  @ApiProperty({ type: String, nullable: true })
  lastName!: string | null;

  @ApiProperty({ type: String, format: 'date', nullable: true })
  dateOfBirth!: string | null;

  @ApiProperty({ type: String, format: 'uuid', nullable: true })
  municipalityId!: string | null;

  @ApiProperty({ type: String, nullable: true })
  municipalityName!: string | null;

  @ApiProperty({ enum: CASE_STATUSES })
  status!: CaseStatus;

  @ApiProperty()
  casusregisseurName!: string;

  @ApiProperty({ format: 'date-time' })
  updatedAt!: string;
}

export class CasePageDto implements CasePage {
  @ApiProperty({ type: CaseSummaryDto, isArray: true })
  items!: CaseSummaryDto[];

  @ApiProperty({ description: 'Number of matching cases over all pages.' })
  total!: number;

  @ApiProperty({ minimum: 1 })
  page!: number;

  @ApiProperty({ minimum: 1, maximum: 100 })
  pageSize!: number;
}
