import { ApiProperty } from '@nestjs/swagger';
import { CASE_STATUSES, type CasePage, type CaseStatus, type CaseSummary } from '@sluitend/domain';

export class CaseSummaryDto implements CaseSummary {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty()
  firstName!: string;

  @ApiProperty()
  lastName!: string;

  @ApiProperty({ format: 'date' })
  dateOfBirth!: string;

  @ApiProperty({ format: 'uuid' })
  municipalityId!: string;

  @ApiProperty()
  municipalityName!: string;

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
