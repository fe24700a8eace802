import {
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  HttpStatus,
  Param,
  ParseUUIDPipe,
  Post,
  Put,
  Query,
} from '@nestjs/common';
import {
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiResponse,
  ApiTags,
} from '@nestjs/swagger';
import type { AuthenticatedUser } from '../../auth/authenticated-user';
import { CurrentUser } from '../../auth/current-user.decorator';
import { Roles } from '../../auth/guards/roles.decorator';
import { ToekomstplanVersionResponseDto } from '../../toekomstplan/dto/toekomstplan-version.dto';
import { EscalationListQueryDto } from './dto/escalation-list-query.dto';
import { CreateEscalationDto, EscalationTransitionDto, UpdateEscalationDraftDto } from './dto/escalation-request.dto';
import {
  EscalationPageDto,
  EscalationRefusalProblemDto,
  EscalationResponseDto,
  EscalationSummaryDto,
} from './dto/escalation-response.dto';
import { EscalationTransitions } from './escalation-transitions.service';
import { EscalationsService } from './escalations.service';

const NOT_FOUND = 'No such escalation, or it is not shared with you.';

@ApiTags('escalations')
@Controller('cases/:id/escalations')
@ApiResponse({ status: 401, description: 'Not signed in.' })
@ApiResponse({ status: 404, description: 'No such case, or you are not on its team.' })
export class CaseEscalationsController {
  constructor(private readonly escalations: EscalationsService) {}

  @Post()
  @ApiOperation({
    operationId: 'createEscalation',
    summary: 'Escalate the case to the Actietafel: save a draft, or submit it at once',
  })
  @ApiCreatedResponse({ type: EscalationResponseDto, description: 'The new escalation (draft, or submitted).' })
  @ApiResponse({
    status: 403,
    description: 'Only a team member whose organisation has consent may escalate; or the CSRF token is wrong.',
  })
  @ApiResponse({
    status: 409,
    type: EscalationRefusalProblemDto,
    description:
      'With submit: the case has no consent for the Actietafel (`actietafel-consent-required`); nothing is stored. Or the case is restricted.',
  })
  create(
    @CurrentUser() user: AuthenticatedUser,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: CreateEscalationDto,
  ): Promise<EscalationResponseDto> {
    return this.escalations.create(user, id, body);
  }

  @Get()
  @ApiOperation({ operationId: 'listCaseEscalations', summary: 'The escalations of the case, newest first' })
  @ApiOkResponse({ type: EscalationSummaryDto, isArray: true, description: 'Drafts included.' })
  @ApiResponse({ status: 403, description: 'Your organisation has no valid consent for this case.' })
  list(
    @CurrentUser() user: AuthenticatedUser,
    @Param('id', ParseUUIDPipe) id: string,
  ): Promise<EscalationSummaryDto[]> {
    return this.escalations.listForCase(user, id);
  }
}

@ApiTags('escalations')
@Controller('escalations')
@ApiResponse({ status: 401, description: 'Not signed in.' })
export class EscalationsController {
  constructor(
    private readonly escalations: EscalationsService,
    private readonly transitions: EscalationTransitions,
  ) {}

  @Get()
  @Roles('actietafel-coordinator', 'actietafel-chair')
  @ApiOperation({
    operationId: 'listEscalations',
    summary: 'The escalations of your region (never drafts): filter, sort for triage, page',
  })
  @ApiOkResponse({ type: EscalationPageDto, description: 'One page of escalations and the total count.' })
  @ApiResponse({ status: 403, description: 'Only the coordinator and chairs of the Actietafel.' })
  list(@CurrentUser() user: AuthenticatedUser, @Query() query: EscalationListQueryDto): Promise<EscalationPageDto> {
    return this.escalations.list(user, query);
  }

  @Get(':id')
  @ApiOperation({ operationId: 'getEscalation', summary: 'One escalation with its history, ladder and agreements' })
  @ApiOkResponse({ type: EscalationResponseDto, description: 'The escalation and what you may do with it now.' })
  @ApiResponse({ status: 403, description: 'You are on the case team but your organisation has no valid consent.' })
  @ApiResponse({ status: 404, description: NOT_FOUND })
  get(@CurrentUser() user: AuthenticatedUser, @Param('id', ParseUUIDPipe) id: string): Promise<EscalationResponseDto> {
    return this.escalations.get(user, id);
  }

  @Put(':id')
  @ApiOperation({
    operationId: 'saveEscalationDraft',
    summary: 'Save the request of a draft, or of an escalation returned with a question',
  })
  @ApiOkResponse({ type: EscalationResponseDto, description: 'The saved escalation.' })
  @ApiResponse({
    status: 403,
    description: 'Only a team member whose organisation has consent; or the CSRF token is wrong.',
  })
  @ApiResponse({ status: 404, description: NOT_FOUND })
  @ApiResponse({
    status: 409,
    description: 'Changed by someone else since your version (`escalation-changed`), or no longer a draft or returned.',
  })
  update(
    @CurrentUser() user: AuthenticatedUser,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: UpdateEscalationDraftDto,
  ): Promise<EscalationResponseDto> {
    return this.escalations.update(user, id, body);
  }

  @Delete(':id')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiOperation({ operationId: 'deleteEscalationDraft', summary: 'Delete a draft' })
  @ApiNoContentResponse({ description: 'Deleted.' })
  @ApiResponse({
    status: 403,
    description: 'Only a team member whose organisation has consent; or the CSRF token is wrong.',
  })
  @ApiResponse({ status: 404, description: NOT_FOUND })
  @ApiResponse({ status: 409, description: 'Only drafts can be deleted.' })
  remove(@CurrentUser() user: AuthenticatedUser, @Param('id', ParseUUIDPipe) id: string): Promise<void> {
    return this.escalations.remove(user, id);
  }

  @Post(':id/transitions')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({
    operationId: 'transitionEscalation',
    summary:
      'One step of the life cycle: submit, accept, return, resubmit, reject, schedule, discuss, close, escalate-further',
    description:
      'The state machine of libs/domain decides. The case team submits and resubmits; the coordinator of the ' +
      "escalation's region triages, schedules and closes; the coordinator or a chair escalates further. " +
      'A refusal is problem+json with `allowedTransitions` (what the current state allows) and `errors`.',
  })
  @ApiOkResponse({ type: EscalationResponseDto, description: 'The escalation in its new state.' })
  @ApiResponse({
    status: 400,
    type: EscalationRefusalProblemDto,
    description: 'Invalid input, or the transition needs a field that is missing (question, reason, outcome, …).',
  })
  @ApiResponse({
    status: 403,
    type: EscalationRefusalProblemDto,
    description: 'Your role may not take this transition, or only the case team may; or the CSRF token is wrong.',
  })
  @ApiResponse({ status: 404, description: NOT_FOUND })
  @ApiResponse({
    status: 409,
    type: EscalationRefusalProblemDto,
    description:
      'The current state does not allow the transition (`transition-not-allowed`, with `allowedTransitions`), ' +
      'the escalation blocks it (`agreements-open`, `ladder-top-reached`, `actietafel-consent-required`), or ' +
      'someone else changed it since your version (`escalation-changed`).',
  })
  transition(
    @CurrentUser() user: AuthenticatedUser,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: EscalationTransitionDto,
  ): Promise<EscalationResponseDto> {
    return this.transitions.transition(user, id, body);
  }

  @Get(':id/plan-version')
  @ApiOperation({
    operationId: 'getEscalationPlanVersion',
    summary: 'The toekomstplan version attached when the escalation was (re)submitted, as it was then',
  })
  @ApiOkResponse({ type: ToekomstplanVersionResponseDto, description: 'The attached version.' })
  @ApiResponse({ status: 403, description: 'You are on the case team but your organisation has no valid consent.' })
  @ApiResponse({ status: 404, description: `${NOT_FOUND} Or no plan version is attached.` })
  planVersion(
    @CurrentUser() user: AuthenticatedUser,
    @Param('id', ParseUUIDPipe) id: string,
  ): Promise<ToekomstplanVersionResponseDto> {
    return this.escalations.planVersion(user, id) as Promise<ToekomstplanVersionResponseDto>;
  }
}
