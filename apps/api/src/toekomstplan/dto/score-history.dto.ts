import { ApiProperty } from '@nestjs/swagger';
import type { DomainScoreHistory, DomainScorePoint, SelfSufficiencyScore } from '@sluitend/domain';

export class DomainScorePointDto implements DomainScorePoint {
  @ApiProperty({ minimum: 1 })
  version!: number;

  @ApiProperty({ format: 'date-time' })
  createdAt!: string;

  @ApiProperty({ type: 'integer', nullable: true, minimum: 1, maximum: 5 })
  score!: SelfSufficiencyScore | null;
}

export class DomainScoreHistoryDto implements DomainScoreHistory {
  @ApiProperty({ example: 'wonen' })
  domain!: string;

  @ApiProperty({ type: DomainScorePointDto, isArray: true })
  points!: DomainScorePointDto[];
}
