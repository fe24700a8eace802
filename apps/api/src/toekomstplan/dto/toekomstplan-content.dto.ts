import { ApiProperty } from '@nestjs/swagger';
import {
  ACTION_STATUSES,
  CARRIERS,
  CHECKLIST_STATUSES,
  TRANSITION_TOPICS,
  type ActionOwner,
  type ActionStatus,
  type Carrier,
  type ChecklistStatus,
  type DomainAssessment,
  type MyFuture,
  type PlanAction,
  type PlanGoal,
  type SelfSufficiencyScore,
  type ToekomstplanContent,
  type TransitionItem,
  type TransitionTopic,
} from '@sluitend/domain';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsIn,
  IsNotEmpty,
  IsObject,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { IsCalendarDate, IsInt4 } from '../../common/validation/domain-validators';

const ID = /^[A-Za-z0-9-]{1,64}$/;
const LONG_TEXT = 4000;
const SHORT_TEXT = 1000;

export class MyFutureDto implements MyFuture {
  @ApiProperty({ maxLength: LONG_TEXT, example: 'Ik wil op mezelf wonen in Tiel.' })
  @IsString()
  @MaxLength(LONG_TEXT)
  whatIWant!: string;

  @ApiProperty({ maxLength: LONG_TEXT, example: 'Ik ben goed met mijn handen.' })
  @IsString()
  @MaxLength(LONG_TEXT)
  whatIAmGoodAt!: string;

  @ApiProperty({ maxLength: LONG_TEXT, example: 'Mijn oom en mijn mentor.' })
  @IsString()
  @MaxLength(LONG_TEXT)
  whoHelpsMe!: string;
}

export class ActionOwnerDto implements ActionOwner {
  @ApiProperty({ type: String, format: 'uuid', nullable: true })
  @ValidateIf((_, value) => value !== null)
  @IsUUID()
  userId!: string | null;

  @ApiProperty({ type: String, format: 'uuid', nullable: true })
  @ValidateIf((_, value) => value !== null)
  @IsUUID()
  organisationId!: string | null;
}

export class PlanActionDto implements PlanAction {
  @ApiProperty({
    description: 'Chosen by the client (a UUID); stable across versions.',
    example: 'b3c1f3a0-5d1e-4f7a-9f1e-0a1b2c3d4e5f',
  })
  @Matches(ID, { message: 'id must be 1-64 letters, digits or dashes' })
  id!: string;

  @ApiProperty({ maxLength: SHORT_TEXT, example: 'Aanmelden bij de woningcorporatie' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(SHORT_TEXT)
  description!: string;

  @ApiProperty({ type: ActionOwnerDto })
  @IsObject()
  @ValidateNested()
  @Type(() => ActionOwnerDto)
  owner!: ActionOwnerDto;

  @ApiProperty({ type: String, format: 'date', nullable: true })
  @ValidateIf((_, value) => value !== null)
  @IsCalendarDate()
  deadline!: string | null;

  @ApiProperty({ enum: ACTION_STATUSES })
  @IsIn(ACTION_STATUSES)
  status!: ActionStatus;
}

export class PlanGoalDto implements PlanGoal {
  @ApiProperty({ description: 'Chosen by the client (a UUID); stable across versions.' })
  @Matches(ID, { message: 'id must be 1-64 letters, digits or dashes' })
  id!: string;

  @ApiProperty({ maxLength: SHORT_TEXT, example: 'Een eigen kamer voor mijn 18e' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(SHORT_TEXT)
  description!: string;

  @ApiProperty({ type: PlanActionDto, isArray: true })
  @IsArray()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => PlanActionDto)
  actions!: PlanActionDto[];
}

export class DomainAssessmentDto implements DomainAssessment {
  @ApiProperty({ example: 'wonen', description: "A key of the region's life domains." })
  @IsString()
  @MaxLength(64)
  domain!: string;

  @ApiProperty({ maxLength: LONG_TEXT })
  @IsString()
  @MaxLength(LONG_TEXT)
  situation!: string;

  @ApiProperty({ maxLength: LONG_TEXT, description: "The jongere's own wish for this domain." })
  @IsString()
  @MaxLength(LONG_TEXT)
  wish!: string;

  @ApiProperty({
    type: 'integer',
    nullable: true,
    minimum: 1,
    maximum: 5,
    description: '1 acute problems … 5 fully self-sufficient',
  })
  @ValidateIf((_, value) => value !== null)
  @IsInt4()
  @Min(1)
  @Max(5)
  score!: SelfSufficiencyScore | null;

  @ApiProperty({ enum: CARRIERS, nullable: true })
  @ValidateIf((_, value) => value !== null)
  @IsIn(CARRIERS)
  carriedBy!: Carrier | null;

  @ApiProperty({ type: PlanGoalDto, isArray: true })
  @IsArray()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => PlanGoalDto)
  goals!: PlanGoalDto[];
}

export class TransitionItemDto implements TransitionItem {
  @ApiProperty({ enum: TRANSITION_TOPICS })
  @IsIn(TRANSITION_TOPICS)
  topic!: TransitionTopic;

  @ApiProperty({ type: String, format: 'uuid', nullable: true })
  @ValidateIf((_, value) => value !== null)
  @IsUUID()
  ownerUserId!: string | null;

  @ApiProperty({ enum: CHECKLIST_STATUSES })
  @IsIn(CHECKLIST_STATUSES)
  status!: ChecklistStatus;

  @ApiProperty({ maxLength: SHORT_TEXT })
  @IsString()
  @MaxLength(SHORT_TEXT)
  note!: string;
}

export class ToekomstplanContentDto implements ToekomstplanContent {
  @ApiProperty({ type: MyFutureDto, description: "'Mijn toekomst': the jongere's own words, in the first person." })
  @IsObject()
  @ValidateNested()
  @Type(() => MyFutureDto)
  myFuture!: MyFutureDto;

  @ApiProperty({ maxLength: LONG_TEXT, description: "The professionals' view, beside the jongere's words." })
  @IsString()
  @MaxLength(LONG_TEXT)
  professionalView!: string;

  @ApiProperty({ type: DomainAssessmentDto, isArray: true })
  @IsArray()
  @ArrayMaxSize(30)
  @ValidateNested({ each: true })
  @Type(() => DomainAssessmentDto)
  domains!: DomainAssessmentDto[];

  @ApiProperty({ type: String, format: 'date', nullable: true, description: 'At most 6 months ahead.' })
  @ValidateIf((_, value) => value !== null)
  @IsCalendarDate()
  evaluationDate!: string | null;

  @ApiProperty({ type: TransitionItemDto, isArray: true })
  @IsArray()
  @ArrayMaxSize(TRANSITION_TOPICS.length)
  @ValidateNested({ each: true })
  @Type(() => TransitionItemDto)
  transitionChecklist!: TransitionItemDto[];
}
