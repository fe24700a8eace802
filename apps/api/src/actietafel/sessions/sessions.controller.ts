import {
  Body,
  Controller,
  Get,
  HttpCode,
  HttpStatus,
  Param,
  ParseUUIDPipe,
  Patch,
  Post,
  Query,
  StreamableFile,
} from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiProduces, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { AuthenticatedUser } from '../../auth/authenticated-user';
import { CurrentUser } from '../../auth/current-user.decorator';
import { Roles } from '../../auth/guards/roles.decorator';
import { AgreementResponseDto } from '../agreements/dto/agreement.dto';
import {
  PlanSessionDto,
  SessionListQueryDto,
  SessionTransitionDto,
  UpdateAttendanceDto,
  UpdateSessionDto,
} from './dto/session-requests.dto';
import {
  InviteeResponseDto,
  MinutesResponseDto,
  SessionResponseDto,
  SessionSummaryDto,
  SessionTransitionProblemDto,
} from './dto/session-responses.dto';
import { SessionAgendaService } from './session-agenda.service';
import { SessionMinutesService } from './session-minutes.service';
import { SessionsService } from './sessions.service';

const NO_PART = 'No such session, or you have no part in it.';
const CONTENT_FORBIDDEN =
  'You see the case content only from the sending of the agenda until some days after the session (the coordinator always).';

@ApiTags('actietafel-sessions')
@Controller('actietafel-sessions')
@ApiResponse({ status: 401, description: 'Not signed in.' })
export class SessionsController {
  constructor(
    private readonly sessions: SessionsService,
    private readonly agenda: SessionAgendaService,
    private readonly minutesService: SessionMinutesService,
  ) {}

  @Post()
  @Roles('actietafel-coordinator')
  @ApiOperation({
    operationId: 'planSession',
    summary: 'Plan a session of your region; open agreements of earlier sessions come back on its agenda',
  })
  @ApiCreatedResponse({ type: SessionResponseDto, description: 'The planned session.' })
  @ApiResponse({
    status: 403,
    description: 'Only the Actietafel coordinator plans sessions; or the CSRF token is wrong.',
  })
  plan(@CurrentUser() user: AuthenticatedUser, @Body() body: PlanSessionDto): Promise<SessionResponseDto> {
    return this.sessions.plan(user, body);
  }

  @Get()
  @ApiOperation({
    operationId: 'listSessions',
    summary: 'Sessions of your region (coordinator, chair) and the sessions you take part in',
  })
  @ApiOkResponse({ type: SessionSummaryDto, isArray: true, description: 'The sessions, without case content.' })
  list(@CurrentUser() user: AuthenticatedUser, @Query() query: SessionListQueryDto): Promise<SessionSummaryDto[]> {
    return this.sessions.list(user, query);
  }

  @Get(':id')
  @ApiOperation({
    operationId: 'getSession',
    summary: 'One session; the escalations on its agenda only while you may see case content',
  })
  @ApiOkResponse({ type: SessionResponseDto, description: 'The session, in full or in outline.' })
  @ApiResponse({ status: 404, description: NO_PART })
  get(@CurrentUser() user: AuthenticatedUser, @Param('id', ParseUUIDPipe) id: string): Promise<SessionResponseDto> {
    return this.sessions.get(user, id);
  }

  @Patch(':id')
  @ApiOperation({ operationId: 'updateSession', summary: 'Change time, place or people until the session starts' })
  @ApiOkResponse({ type: SessionResponseDto, description: 'The changed session.' })
  @ApiResponse({ status: 403, description: 'Only the coordinator changes the planning; or the CSRF token is wrong.' })
  @ApiResponse({ status: 404, description: NO_PART })
  @ApiResponse({ status: 409, description: 'The session has started, or someone else changed it (stale version).' })
  update(
    @CurrentUser() user: AuthenticatedUser,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: UpdateSessionDto,
  ): Promise<SessionResponseDto> {
    return this.sessions.update(user, id, body);
  }

  @Post(':id/transitions')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({
    operationId: 'transitionSession',
    summary: 'Send the agenda, start, end (generates the minutes) or cancel the session',
  })
  @ApiOkResponse({ type: SessionResponseDto, description: 'The session in its new state.' })
  @ApiResponse({
    status: 403,
    type: SessionTransitionProblemDto,
    description: 'Your part in the session may not do this; or the CSRF token is wrong.',
  })
  @ApiResponse({ status: 404, description: NO_PART })
  @ApiResponse({
    status: 409,
    type: SessionTransitionProblemDto,
    description:
      'The state does not allow it (`allowedTransitions` names what does), a scheduled escalation blocks cancelling, or someone else acted first.',
  })
  transition(
    @CurrentUser() user: AuthenticatedUser,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: SessionTransitionDto,
  ): Promise<SessionResponseDto> {
    return this.sessions.transition(user, id, body);
  }

  @Patch(':id/invitees/:userId')
  @ApiOperation({
    operationId: 'updateAttendance',
    summary: 'Note whether an invited member is present, absent or substituted',
  })
  @ApiOkResponse({ type: InviteeResponseDto, description: 'The invitee with the attendance noted.' })
  @ApiResponse({
    status: 403,
    description: 'Only the coordinator, chair or minute-taker notes attendance; or the CSRF token is wrong.',
  })
  @ApiResponse({ status: 404, description: `${NO_PART} Or the user is not invited.` })
  @ApiResponse({ status: 409, description: 'Attendance is noted from the sending of the agenda until the end.' })
  updateAttendance(
    @CurrentUser() user: AuthenticatedUser,
    @Param('id', ParseUUIDPipe) id: string,
    @Param('userId', ParseUUIDPipe) userId: string,
    @Body() body: UpdateAttendanceDto,
  ): Promise<InviteeResponseDto> {
    return this.sessions.updateAttendance(user, id, userId, body);
  }

  @Get(':id/agreements')
  @ApiOperation({ operationId: 'listSessionAgreements', summary: 'Every agreement made at the session' })
  @ApiOkResponse({ type: AgreementResponseDto, isArray: true, description: 'The agreements, in agenda order.' })
  @ApiResponse({ status: 403, description: CONTENT_FORBIDDEN })
  @ApiResponse({ status: 404, description: NO_PART })
  agreements(
    @CurrentUser() user: AuthenticatedUser,
    @Param('id', ParseUUIDPipe) id: string,
  ): Promise<AgreementResponseDto[]> {
    return this.agenda.agreements(user, id);
  }

  @Get(':id/minutes')
  @ApiOperation({ operationId: 'getSessionMinutes', summary: 'The minutes, as generated when the session ended' })
  @ApiOkResponse({ type: MinutesResponseDto, description: 'The minutes.' })
  @ApiResponse({ status: 403, description: CONTENT_FORBIDDEN })
  @ApiResponse({ status: 404, description: NO_PART })
  @ApiResponse({ status: 409, description: 'The session has not ended: there are no minutes yet.' })
  minutes(@CurrentUser() user: AuthenticatedUser, @Param('id', ParseUUIDPipe) id: string): Promise<MinutesResponseDto> {
    return this.minutesService.minutes(user, id);
  }

  @Get(':id/minutes/pdf')
  @ApiOperation({ operationId: 'getSessionMinutesPdf', summary: 'The minutes as a PDF, in Dutch' })
  @ApiProduces('application/pdf')
  @ApiOkResponse({ description: 'The PDF.', schema: { type: 'string', format: 'binary' } })
  @ApiResponse({ status: 403, description: CONTENT_FORBIDDEN })
  @ApiResponse({ status: 404, description: NO_PART })
  @ApiResponse({ status: 409, description: 'The session has not ended: there are no minutes yet.' })
  async minutesPdf(
    @CurrentUser() user: AuthenticatedUser,
    @Param('id', ParseUUIDPipe) id: string,
  ): Promise<StreamableFile> {
    const file = await this.minutesService.pdf(user, id);
    return new StreamableFile(file.content, {
      type: 'application/pdf',
      disposition: `attachment; filename="${file.fileName}"`,
    });
  }
}
