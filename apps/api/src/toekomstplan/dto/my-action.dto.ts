import { ApiProperty } from '@nestjs/swagger';
import type { MyActionResponse } from '@sluitend/domain';
import { PlanActionDto } from './toekomstplan-content.dto';

export class MyActionResponseDto implements MyActionResponse {
  @ApiProperty({ format: 'uuid' })
  caseId!: string;

  @ApiProperty({ example: 'Noah de Jong' })
  caseName!: string;

  @ApiProperty()
  goalDescription!: string;

  @ApiProperty({ type: PlanActionDto })
  action!: PlanActionDto;

  @ApiProperty({ description: 'The deadline has passed and the action is not done.' })
  overdue!: boolean;
}
