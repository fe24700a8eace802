import { ApiProperty } from '@nestjs/swagger';
import {
  ACTION_STATUSES,
  type ActionStatus,
  type SaveToekomstplanRequest,
  type ToekomstplanVersionResponse,
  type ToekomstplanVersionSummary,
  type UpdateActionStatusRequest,
} from '@sluitend/domain';
import { Type } from 'class-transformer';
import { IsIn, IsObject, Min, ValidateIf, ValidateNested } from 'class-validator';
import { PersonRefDto } from '../../cases/dto/case-response.dto';
import { LifeDomainDto } from './life-domain.dto';
import { ToekomstplanContentDto } from './toekomstplan-content.dto';
import { IsInt4 } from '../../common/validation/domain-validators';

export class ToekomstplanVersionResponseDto implements ToekomstplanVersionResponse {
  @ApiProperty({ format: 'uuid' })
  caseId!: string;

  @ApiProperty({ minimum: 1, example: 3 })
  number!: number;

  @ApiProperty({ type: 'integer', nullable: true, description: 'The version this one was made from.' })
  basedOn!: number | null;

  @ApiProperty({ type: ToekomstplanContentDto })
  content!: ToekomstplanContentDto;

  @ApiProperty({ format: 'date-time' })
  createdAt!: string;

  @ApiProperty({ type: PersonRefDto })
  createdBy!: PersonRefDto;

  @ApiProperty({ type: LifeDomainDto, isArray: true })
  lifeDomains!: LifeDomainDto[];
}

export class ToekomstplanVersionSummaryDto implements ToekomstplanVersionSummary {
  @ApiProperty({ minimum: 1 })
  number!: number;

  @ApiProperty({ type: 'integer', nullable: true })
  basedOn!: number | null;

  @ApiProperty({ format: 'date-time' })
  createdAt!: string;

  @ApiProperty({ type: PersonRefDto })
  createdBy!: PersonRefDto;

  @ApiProperty({
    enum: ['save', 'action-status'],
    description: 'A full save, or one action status changed by its owner.',
  })
  reason!: 'save' | 'action-status';
}

export class SaveToekomstplanDto implements SaveToekomstplanRequest {
  @ApiProperty({
    type: 'integer',
    nullable: true,
    description: 'The version you edited; null for the first plan. A stale base is answered 409.',
  })
  @ValidateIf((_, value) => value !== null)
  @IsInt4()
  @Min(1)
  basedOnVersion!: number | null;

  @ApiProperty({ type: ToekomstplanContentDto })
  @IsObject()
  @ValidateNested()
  @Type(() => ToekomstplanContentDto)
  content!: ToekomstplanContentDto;
}

export class UpdateActionStatusDto implements UpdateActionStatusRequest {
  @ApiProperty({ enum: ACTION_STATUSES })
  @IsIn(ACTION_STATUSES)
  status!: ActionStatus;
}
