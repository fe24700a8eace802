import { ApiProperty } from '@nestjs/swagger';
import { PlanActionDto } from './toekomstplan-content.dto';

const CHANGES = ['added', 'removed', 'changed', 'unchanged'];

export class FieldChangeDto {
  @ApiProperty({ example: 'situation' })
  field!: string;

  @ApiProperty({
    description: 'The value in the older version (any JSON value).',
    nullable: true,
    type: 'object',
    additionalProperties: true,
  })
  before!: unknown;

  @ApiProperty({
    description: 'The value in the newer version (any JSON value).',
    nullable: true,
    type: 'object',
    additionalProperties: true,
  })
  after!: unknown;
}

export class ActionComparisonDto {
  @ApiProperty()
  actionId!: string;

  @ApiProperty({ enum: CHANGES })
  change!: 'added' | 'removed' | 'changed' | 'unchanged';

  @ApiProperty({ type: PlanActionDto, nullable: true })
  before!: PlanActionDto | null;

  @ApiProperty({ type: PlanActionDto, nullable: true })
  after!: PlanActionDto | null;

  @ApiProperty({ type: String, isArray: true })
  changedFields!: string[];
}

export class GoalComparisonDto {
  @ApiProperty()
  goalId!: string;

  @ApiProperty({ enum: CHANGES })
  change!: 'added' | 'removed' | 'changed' | 'unchanged';

  @ApiProperty({ type: String, nullable: true })
  before!: string | null;

  @ApiProperty({ type: String, nullable: true })
  after!: string | null;

  @ApiProperty({ type: ActionComparisonDto, isArray: true })
  actions!: ActionComparisonDto[];
}

export class DomainComparisonDto {
  @ApiProperty()
  domain!: string;

  @ApiProperty({ type: FieldChangeDto, isArray: true })
  fields!: FieldChangeDto[];

  @ApiProperty({ type: GoalComparisonDto, isArray: true })
  goals!: GoalComparisonDto[];

  @ApiProperty()
  changed!: boolean;
}

export class PlanComparisonDto {
  @ApiProperty({ minimum: 1 })
  from!: number;

  @ApiProperty({ minimum: 1 })
  to!: number;

  @ApiProperty({ type: FieldChangeDto, isArray: true })
  myFuture!: FieldChangeDto[];

  @ApiProperty({ type: FieldChangeDto, nullable: true })
  professionalView!: FieldChangeDto | null;

  @ApiProperty({
    type: FieldChangeDto,
    nullable: true,
    description: 'The change of the evaluation date (field `evaluationDate`), or null when it did not change.',
  })
  evaluation!: FieldChangeDto | null;

  @ApiProperty({ type: DomainComparisonDto, isArray: true })
  domains!: DomainComparisonDto[];

  @ApiProperty({ type: FieldChangeDto, isArray: true })
  transitionChecklist!: FieldChangeDto[];

  @ApiProperty()
  changed!: boolean;
}
