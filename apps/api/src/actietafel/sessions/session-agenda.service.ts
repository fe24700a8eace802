import { Injectable } from '@nestjs/common';
import {
  compareDates,
  type AgendaItemResponse,
  type AgreementResponse,
  type DecisionResponse,
  type FieldError,
  type ToekomstplanVersionResponse,
} from '@sluitend/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { ActietafelAccessPolicy } from '../../access/actietafel-access.policy';
import type { AuditedAs } from '../../access/case-access.policy';
import type { AuthenticatedUser } from '../../auth/authenticated-user';
import { invalidCaseInput } from '../../cases/cases.errors';
import { CaseEntity } from '../../cases/entities/case.entity';
import { isUniqueViolation } from '../../common/persistence/unique-violation';
import { Clock } from '../../common/time/clock';
import { OrganisationEntity } from '../../organisations/entities/organisation.entity';
import { ToekomstplanVersionEntity } from '../../toekomstplan/entities/toekomstplan-version.entity';
import { toVersionResponse } from '../../toekomstplan/plan-version.mapper';
import { UserEntity } from '../../users/entities/user.entity';
import { ReminderPlanner } from '../../reminders/reminder-planner';
import { AGREEMENT_RELATIONS, toAgreementResponse, toDecisionResponse } from '../agreements/agreement.mapper';
import { AgendaItemEntity } from '../entities/agenda-item.entity';
import { AgreementEntity } from '../entities/agreement.entity';
import { DecisionEntity } from '../entities/decision.entity';
import type { CreateAgreementDto, CreateDecisionDto, UpdateAgendaItemDto } from './dto/session-requests.dto';
import { renumberAgenda } from './follow-up.agenda';
import { SessionGate, type OpenedSession } from './session.gate';
import { SessionLoader } from './session.loader';
import { toAgendaItemResponse } from './session.mapper';
import {
  agendaItemChanged,
  agendaItemNotFound,
  agreementNotFound,
  decisionNotFound,
  doorzettingsmachtTaken,
  planVersionNotAttached,
} from './sessions.errors';

const blank = (text: string | null | undefined): boolean => !text || text.trim() === '';

/**
 * The agenda of a session: order and time boxes while it is planned, and in the meeting the current item,
 * summaries, decisions and agreements. Every change names the case in the access log, in its transaction.
 */
@Injectable()
export class SessionAgendaService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly policy: ActietafelAccessPolicy,
    private readonly gate: SessionGate,
    private readonly loader: SessionLoader,
    private readonly clock: Clock,
    private readonly reminders: ReminderPlanner,
  ) {}

  /** Position and time box need the planning; phase and summary need the meeting in progress. */
  async updateItem(
    user: AuthenticatedUser,
    sessionId: string,
    itemId: string,
    request: UpdateAgendaItemDto,
  ): Promise<AgendaItemResponse> {
    const as: AuditedAs = { action: 'update', resource: 'agenda-item', fields: Object.keys(request) };
    const opened = await this.dataSource.transaction(async (manager) => {
      const opened = await this.gate.open(user, sessionId, as, manager, 'exclusive');
      if (request.position !== undefined || request.minutesPlanned !== undefined)
        await this.gate.requirePlanning(user, opened, as, manager);
      if (request.phase !== undefined || request.summary !== undefined)
        await this.gate.requireRecording(user, opened, as, manager);
      const item = await this.item(manager, sessionId, itemId);
      if (request.version !== item.version) throw agendaItemChanged(item.version, request.version);
      const now = this.clock.now();
      const changes: Partial<AgendaItemEntity> = {};
      if (request.minutesPlanned !== undefined) changes.minutesPlanned = request.minutesPlanned;
      if (request.summary !== undefined) changes.summary = blank(request.summary) ? null : request.summary.trim();
      if (request.phase !== undefined && request.phase !== item.phase) {
        changes.phase = request.phase;
        if (request.phase === 'running') {
          // One item runs at a time: the one that ran is done.
          await manager
            .createQueryBuilder()
            .update(AgendaItemEntity)
            .set({ phase: 'discussed', finishedAt: now, version: () => 'version + 1' })
            .where(`session_id = :sessionId AND phase = 'running' AND id <> :itemId`, { sessionId, itemId })
            .execute();
          changes.startedAt = item.startedAt ?? now;
          changes.finishedAt = null;
        } else if (request.phase === 'discussed') {
          changes.finishedAt = now;
        } else {
          changes.startedAt = null;
          changes.finishedAt = null;
        }
      }
      const result = await manager
        .createQueryBuilder()
        .update(AgendaItemEntity)
        .set({ ...changes, version: () => 'version + 1' } as never)
        .where('id = :itemId AND version = :version', { itemId, version: request.version })
        .execute();
      if (result.affected !== 1) {
        const current = await this.item(manager, sessionId, itemId);
        throw agendaItemChanged(current.version, request.version);
      }
      if (request.position !== undefined) await this.move(manager, sessionId, itemId, request.position);
      await this.recordChange(manager, user, opened, [item.escalation.caseId], as);
      return opened;
    });
    const [loaded] = await this.loader.items(this.dataSource.manager, sessionId, [itemId]);
    return toAgendaItemResponse(loaded, opened.access.content ?? 'outline', this.clock.today());
  }

  /** One decision; at most one per item with doorzettingsmacht, and then always justified. */
  async createDecision(
    user: AuthenticatedUser,
    sessionId: string,
    itemId: string,
    request: CreateDecisionDto,
  ): Promise<DecisionResponse> {
    const as: AuditedAs = { action: 'create', resource: 'decision', fields: Object.keys(request) };
    return this.dataSource.transaction(async (manager) => {
      const opened = await this.gate.open(user, sessionId, as, manager, 'shared');
      await this.gate.requireRecording(user, opened, as, manager);
      const item = await this.item(manager, sessionId, itemId);
      const doorzettingsmacht = request.doorzettingsmacht === true;
      if (doorzettingsmacht && blank(request.justification))
        throw invalidCaseInput([
          { field: 'justification', message: 'justification is required for a decision with doorzettingsmacht' },
        ]);
      if (
        doorzettingsmacht &&
        (await manager.exists(DecisionEntity, { where: { agendaItemId: itemId, doorzettingsmacht } }))
      )
        throw doorzettingsmachtTaken();
      let decisionId: string;
      try {
        const inserted = await manager.insert(DecisionEntity, {
          agendaItemId: itemId,
          escalationId: item.escalationId,
          text: request.text.trim(),
          doorzettingsmacht,
          justification: doorzettingsmacht ? (request.justification?.trim() ?? null) : null,
          createdBy: user.id,
        });
        decisionId = inserted.identifiers[0]['id'] as string;
      } catch (error) {
        // Two at once: the partial unique index lets one through.
        if (isUniqueViolation(error, 'uq_decision_doorzettingsmacht')) throw doorzettingsmachtTaken();
        throw error;
      }
      await this.recordChange(manager, user, opened, [item.escalation.caseId], as);
      return toDecisionResponse(await manager.findOneByOrFail(DecisionEntity, { id: decisionId }));
    });
  }

  async deleteDecision(user: AuthenticatedUser, sessionId: string, itemId: string, decisionId: string): Promise<void> {
    const as: AuditedAs = { action: 'delete', resource: 'decision' };
    await this.dataSource.transaction(async (manager) => {
      const opened = await this.gate.open(user, sessionId, as, manager, 'shared');
      await this.gate.requireRecording(user, opened, as, manager);
      const item = await this.item(manager, sessionId, itemId);
      const result = await manager.delete(DecisionEntity, { id: decisionId, agendaItemId: itemId });
      if (result.affected !== 1) throw decisionNotFound(decisionId);
      await this.recordChange(manager, user, opened, [item.escalation.caseId], as);
    });
  }

  /**
   * What, who and by when. A person owns it for their organisation (stored with it, so the organisation
   * still sees it when the person leaves); the deadline is today or later.
   */
  async createAgreement(
    user: AuthenticatedUser,
    sessionId: string,
    itemId: string,
    request: CreateAgreementDto,
  ): Promise<AgreementResponse> {
    const as: AuditedAs = { action: 'create', resource: 'agreement', fields: Object.keys(request) };
    return this.dataSource.transaction(async (manager) => {
      const opened = await this.gate.open(user, sessionId, as, manager, 'shared');
      await this.gate.requireRecording(user, opened, as, manager);
      const item = await this.item(manager, sessionId, itemId);
      const today = this.clock.today();
      const errors: FieldError[] = [];
      let ownerOrganisationId: string | null = null;
      if (!!request.ownerUserId === !!request.ownerOrganisationId) {
        errors.push({ field: 'ownerUserId', message: 'name exactly one owner: ownerUserId or ownerOrganisationId' });
      } else if (request.ownerUserId) {
        const owner = await manager.findOneBy(UserEntity, { id: request.ownerUserId, active: true });
        if (owner) ownerOrganisationId = owner.organisationId;
        else errors.push({ field: 'ownerUserId', message: 'ownerUserId must be an active user' });
      } else if (request.ownerOrganisationId) {
        const organisation = await manager.findOneBy(OrganisationEntity, {
          id: request.ownerOrganisationId,
          active: true,
        });
        if (organisation) ownerOrganisationId = organisation.id;
        else
          errors.push({ field: 'ownerOrganisationId', message: 'ownerOrganisationId must be an active organisation' });
      }
      if (compareDates(request.deadline, today) < 0)
        errors.push({ field: 'deadline', message: 'deadline must be today or later' });
      if (errors.length > 0) throw invalidCaseInput(errors);
      const inserted = await manager.insert(AgreementEntity, {
        escalationId: item.escalationId,
        caseId: item.escalation.caseId,
        sessionId,
        agendaItemId: itemId,
        what: request.what.trim(),
        ownerUserId: request.ownerUserId ?? null,
        ownerOrganisationId,
        deadline: request.deadline,
        status: 'open',
        createdBy: user.id,
        version: 1,
      });
      const agreementId = inserted.identifiers[0]['id'] as string;
      await this.reminders.planAgreement(manager, agreementId);
      await this.recordChange(manager, user, opened, [item.escalation.caseId], as);
      const agreement = await manager.findOneOrFail(AgreementEntity, {
        where: { id: agreementId },
        relations: AGREEMENT_RELATIONS,
      });
      return toAgreementResponse(agreement, today);
    });
  }

  async deleteAgreement(
    user: AuthenticatedUser,
    sessionId: string,
    itemId: string,
    agreementId: string,
  ): Promise<void> {
    const as: AuditedAs = { action: 'delete', resource: 'agreement' };
    await this.dataSource.transaction(async (manager) => {
      const opened = await this.gate.open(user, sessionId, as, manager, 'shared');
      await this.gate.requireRecording(user, opened, as, manager);
      const item = await this.item(manager, sessionId, itemId);
      const result = await manager.delete(AgreementEntity, { id: agreementId, agendaItemId: itemId, sessionId });
      if (result.affected !== 1) throw agreementNotFound(agreementId);
      await this.reminders.planAgreement(manager, agreementId);
      await this.recordChange(manager, user, opened, [item.escalation.caseId], as);
    });
  }

  /** Every agreement made at the session: case content, so `full` access only, logged before loading. */
  async agreements(user: AuthenticatedUser, sessionId: string): Promise<AgreementResponse[]> {
    const as: AuditedAs = { action: 'read', resource: 'actietafel-agreements', fields: ['what', 'owner', 'deadline'] };
    const manager = this.dataSource.manager;
    const opened = await this.gate.open(user, sessionId, as);
    await this.gate.requireContent(user, opened, as);
    const caseIds: Array<{ case_id: string }> = await manager.query(
      `SELECT DISTINCT case_id FROM agreement WHERE session_id = $1`,
      [sessionId],
    );
    await this.policy.recordRead(
      user,
      caseIds.map((row) => row.case_id),
      as,
      sessionId,
    );
    const agreements = await manager
      .getRepository(AgreementEntity)
      .createQueryBuilder('agreement')
      .innerJoin('agreement.agendaItem', 'item')
      .leftJoinAndSelect('agreement.ownerUser', 'ownerUser')
      .leftJoinAndSelect('agreement.ownerOrganisation', 'ownerOrganisation')
      .leftJoinAndSelect('agreement.settler', 'settler')
      .where('agreement.session_id = :sessionId', { sessionId })
      .orderBy('item.position', 'ASC')
      .addOrderBy('agreement.created_at', 'ASC')
      .addOrderBy('agreement.id', 'ASC')
      .getMany();
    const today = this.clock.today();
    return agreements.map((agreement) => toAgreementResponse(agreement, today));
  }

  /** The toekomstplan version attached to an item's escalation, as it was when it was submitted. */
  async planVersion(user: AuthenticatedUser, sessionId: string, itemId: string): Promise<ToekomstplanVersionResponse> {
    const as: AuditedAs = { action: 'read', resource: 'toekomstplan-version', fields: ['content'] };
    const manager = this.dataSource.manager;
    const opened = await this.gate.open(user, sessionId, as);
    await this.gate.requireContent(user, opened, as);
    const item = await this.item(manager, sessionId, itemId);
    const { planVersionId, caseId } = item.escalation;
    if (!planVersionId) throw planVersionNotAttached();
    await this.policy.recordRead(user, [caseId], as, sessionId);
    const version = await manager.findOneOrFail(ToekomstplanVersionEntity, {
      where: { id: planVersionId },
      relations: { creator: true },
    });
    const jongere = await manager.findOneOrFail(CaseEntity, {
      where: { id: caseId },
      relations: { municipality: { region: true } },
    });
    return toVersionResponse(version, jongere.municipality.region.lifeDomains);
  }

  /** Moves one item to a place 1..n; the others close up behind it. */
  private async move(manager: EntityManager, sessionId: string, itemId: string, position: number): Promise<void> {
    const items = await manager.find(AgendaItemEntity, {
      where: { sessionId },
      order: { position: 'ASC', id: 'ASC' },
      select: { id: true, position: true },
    });
    if (position > items.length)
      throw invalidCaseInput([{ field: 'position', message: `position must be between 1 and ${items.length}` }]);
    const order = items.filter((item) => item.id !== itemId).map((item) => item.id);
    order.splice(position - 1, 0, itemId);
    for (const [index, id] of order.entries()) {
      const current = items.find((item) => item.id === id);
      if (current && current.position !== index + 1)
        await manager.update(AgendaItemEntity, { id }, { position: index + 1 });
    }
    await renumberAgenda(manager, sessionId);
  }

  /** An item of this session with its escalation (ids, state, version and plan version, no content). */
  private async item(manager: EntityManager, sessionId: string, itemId: string): Promise<AgendaItemEntity> {
    const item = await manager.findOne(AgendaItemEntity, {
      where: { id: itemId, sessionId },
      relations: { escalation: true },
    });
    if (!item) throw agendaItemNotFound(itemId);
    return item;
  }

  private async recordChange(
    manager: EntityManager,
    user: AuthenticatedUser,
    opened: OpenedSession,
    caseIds: string[],
    as: AuditedAs,
  ): Promise<void> {
    await this.policy.recordChange(user, caseIds, as, opened.session.id, manager);
  }
}
