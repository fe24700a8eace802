import { Body, Controller, Delete, Get, HttpCode, HttpStatus, Param, ParseUUIDPipe, Patch, Post } from '@nestjs/common';
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
import { ToekomstplanVersionResponseDto } from '../../toekomstplan/dto/toekomstplan-version.dto';
import { AgreementResponseDto, DecisionResponseDto } from '../agreements/dto/agreement.dto';
import { CreateAgreementDto, CreateDecisionDto, UpdateAgendaItemDto } from './dto/session-requests.dto';
import { AgendaItemResponseDto } from './dto/session-responses.dto';
import { SessionAgendaService } from './session-agenda.service';

const NOT_FOUND = 'No such session or agenda item, or you have no part in the session.';
const RECORDERS_ONLY = 'Only the coordinator, chair or minute-taker records the meeting; or the CSRF token is wrong.';
const NOT_IN_PROGRESS = 'The session is not in progress.';

@ApiTags('actietafel-sessions')
@Controller('actietafel-sessions/:id/agenda-items')
@ApiResponse({ status: 401, description: 'Not signed in.' })
export class SessionAgendaController {
  constructor(private readonly agenda: SessionAgendaService) {}

  @Patch(':itemId')
  @ApiOperation({
    operationId: 'updateAgendaItem',
    summary: 'Order and time box before the session; the current item and its summary during it',
  })
  @ApiOkResponse({ type: AgendaItemResponseDto, description: 'The changed agenda item.' })
  @ApiResponse({
    status: 403,
    description: 'The coordinator plans, the coordinator, chair or minute-taker records; or the CSRF token is wrong.',
  })
  @ApiResponse({ status: 404, description: NOT_FOUND })
  @ApiResponse({ status: 409, description: 'Not in this state of the session, or someone else changed the item.' })
  update(
    @CurrentUser() user: AuthenticatedUser,
    @Param('id', ParseUUIDPipe) id: string,
    @Param('itemId', ParseUUIDPipe) itemId: string,
    @Body() body: UpdateAgendaItemDto,
  ): Promise<AgendaItemResponseDto> {
    return this.agenda.updateItem(user, id, itemId, body);
  }

  @Post(':itemId/decisions')
  @ApiOperation({
    operationId: 'createDecision',
    summary: 'Record a decision; one per item may be taken with doorzettingsmacht (justified)',
  })
  @ApiCreatedResponse({ type: DecisionResponseDto, description: 'The decision.' })
  @ApiResponse({ status: 403, description: RECORDERS_ONLY })
  @ApiResponse({ status: 404, description: NOT_FOUND })
  @ApiResponse({
    status: 409,
    description: `${NOT_IN_PROGRESS} Or another decision on the item already uses doorzettingsmacht.`,
  })
  createDecision(
    @CurrentUser() user: AuthenticatedUser,
    @Param('id', ParseUUIDPipe) id: string,
    @Param('itemId', ParseUUIDPipe) itemId: string,
    @Body() body: CreateDecisionDto,
  ): Promise<DecisionResponseDto> {
    return this.agenda.createDecision(user, id, itemId, body);
  }

  @Delete(':itemId/decisions/:decisionId')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiOperation({ operationId: 'deleteDecision', summary: 'Take back a decision recorded by mistake' })
  @ApiNoContentResponse({ description: 'Deleted.' })
  @ApiResponse({ status: 403, description: RECORDERS_ONLY })
  @ApiResponse({ status: 404, description: `${NOT_FOUND} Or no such decision.` })
  @ApiResponse({ status: 409, description: NOT_IN_PROGRESS })
  deleteDecision(
    @CurrentUser() user: AuthenticatedUser,
    @Param('id', ParseUUIDPipe) id: string,
    @Param('itemId', ParseUUIDPipe) itemId: string,
    @Param('decisionId', ParseUUIDPipe) decisionId: string,
  ): Promise<void> {
    return this.agenda.deleteDecision(user, id, itemId, decisionId);
  }

  @Post(':itemId/agreements')
  @ApiOperation({
    operationId: 'createAgreement',
    summary: 'Record an agreement: what, one owner (a person or an organisation), and a deadline',
  })
  @ApiCreatedResponse({ type: AgreementResponseDto, description: 'The agreement.' })
  @ApiResponse({ status: 403, description: RECORDERS_ONLY })
  @ApiResponse({ status: 404, description: NOT_FOUND })
  @ApiResponse({ status: 409, description: NOT_IN_PROGRESS })
  createAgreement(
    @CurrentUser() user: AuthenticatedUser,
    @Param('id', ParseUUIDPipe) id: string,
    @Param('itemId', ParseUUIDPipe) itemId: string,
    @Body() body: CreateAgreementDto,
  ): Promise<AgreementResponseDto> {
    return this.agenda.createAgreement(user, id, itemId, body);
  }

  @Delete(':itemId/agreements/:agreementId')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiOperation({ operationId: 'deleteAgreement', summary: 'Take back an agreement recorded by mistake' })
  @ApiNoContentResponse({ description: 'Deleted.' })
  @ApiResponse({ status: 403, description: RECORDERS_ONLY })
  @ApiResponse({ status: 404, description: `${NOT_FOUND} Or no such agreement.` })
  @ApiResponse({ status: 409, description: NOT_IN_PROGRESS })
  deleteAgreement(
    @CurrentUser() user: AuthenticatedUser,
    @Param('id', ParseUUIDPipe) id: string,
    @Param('itemId', ParseUUIDPipe) itemId: string,
    @Param('agreementId', ParseUUIDPipe) agreementId: string,
  ): Promise<void> {
    return this.agenda.deleteAgreement(user, id, itemId, agreementId);
  }

  @Get(':itemId/plan-version')
  @ApiOperation({
    operationId: 'getAgendaItemPlanVersion',
    summary: "The toekomstplan version attached to the item's escalation, as it was when submitted",
  })
  @ApiOkResponse({ type: ToekomstplanVersionResponseDto, description: 'The plan version.' })
  @ApiResponse({
    status: 403,
    description:
      'You see the case content only from the sending of the agenda until some days after the session (the coordinator always).',
  })
  @ApiResponse({ status: 404, description: `${NOT_FOUND} Or no plan version is attached.` })
  planVersion(
    @CurrentUser() user: AuthenticatedUser,
    @Param('id', ParseUUIDPipe) id: string,
    @Param('itemId', ParseUUIDPipe) itemId: string,
  ): Promise<ToekomstplanVersionResponseDto> {
    return this.agenda.planVersion(user, id, itemId);
  }
}
