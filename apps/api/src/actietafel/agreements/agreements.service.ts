import { Injectable } from '@nestjs/common';
import {
  compareDates,
  type AgreementListItem,
  type AgreementResponse,
  type FieldError,
  type UpdateAgreementRequest,
} from '@sluitend/domain';
import { DataSource, In, type EntityManager } from 'typeorm';
import { ActietafelAccessPolicy } from '../../access/actietafel-access.policy';
import { CaseAccessPolicy } from '../../access/case-access.policy';
import { AuditLog } from '../../audit/audit-log.service';
import type { AuthenticatedUser } from '../../auth/authenticated-user';
import { Clock } from '../../common/time/clock';
import { AGREEMENT_ORGANISATION, amsterdamDayEnd, amsterdamMidnight } from '../../monitoring/queries';
import { ReminderPlanner } from '../../reminders/reminder-planner';
import { AgreementEntity } from '../entities/agreement.entity';
import { EscalationEntity } from '../entities/escalation.entity';
import { invalidEscalationInput } from '../escalations/escalations.errors';
import { toEscalationSubject } from '../escalations/escalation-subject';
import type { AgreementListQueryDto } from './dto/agreement.dto';
import { AGREEMENT_RELATIONS, toAgreementResponse } from './agreement.mapper';
import { ownerCondition, type OwnerRelation } from './agreement-ownership';
import {
  agreementChanged,
  agreementNotFound,
  escalationClosed,
  onlyCoordinatorLists,
  onlyCoordinatorMay,
} from './agreements.errors';

/** A list is a working list, not an archive. */
const LIST_LIMIT = 500;

const blank = (value: string | null | undefined) => !value || value.trim() === '';

/**
 * Agreements (afspraken) after the session that made them: the case team sees them on the case, owners on
 * their own list, the coordinator the region's (the overdue ones). Owners mark them done or open again; the
 * coordinator may also drop them (with a reason) and move deadlines. Made and deleted in session mode only.
 */
@Injectable()
export class AgreementsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly cases: CaseAccessPolicy,
    private readonly table: ActietafelAccessPolicy,
    private readonly clock: Clock,
    private readonly reminders: ReminderPlanner,
    private readonly audit: AuditLog,
  ) {}

  async listForCase(user: AuthenticatedUser, caseId: string): Promise<AgreementResponse[]> {
    await this.cases.read(user, caseId, { action: 'read', resource: 'agreements' });
    const agreements = await this.dataSource.getRepository(AgreementEntity).find({
      where: { caseId },
      relations: AGREEMENT_RELATIONS,
      order: { createdAt: 'ASC', deadline: 'ASC' },
    });
    const today = this.clock.today();
    return agreements.map((agreement) => toAgreementResponse(agreement, today));
  }

  /**
   * `owner=mine`: the user's own, by the rule of ownerCondition (never organisation membership alone). Without it: the
   * coordinator's list of the own region. Each shows the jongere's name: one access-log event per session the
   * shown agreements were made at (ground actietafel-agenda, reference the session).
   */
  async list(user: AuthenticatedUser, query: AgreementListQueryDto): Promise<AgreementListItem[]> {
    const mine = query.owner === 'mine';
    if (!mine && !user.roles.includes('actietafel-coordinator')) throw onlyCoordinatorLists();
    const today = this.clock.today();
    const conditions: string[] = [];
    const parameters: unknown[] = [];
    const add = (condition: (placeholder: string) => string, value: unknown) => {
      parameters.push(value);
      conditions.push(condition(`$${parameters.length}`));
    };
    let relation = `'table'`;
    if (mine) {
      const owner = ownerCondition(user, today, parameters);
      if (!owner) return [];
      conditions.push(owner.where);
      relation = owner.relation;
    } else {
      add((region) => `e.region_id = ${region}`, user.organisation.regionId);
    }
    if (query.status) add((status) => `a.status = ${status}`, query.status);
    if (query.overdue !== undefined)
      add((day) => `${query.overdue ? '' : 'NOT '}(a.status = 'open' AND a.deadline < ${day})`, today);
    // The monitoring dashboard's drill-down: the same conditions as its overdue agreements per organisation.
    if (query.organisationId) add((id) => `${AGREEMENT_ORGANISATION} = ${id}`, query.organisationId);
    if (query.createdFrom) add((day) => `a.created_at >= ${amsterdamMidnight(day)}`, query.createdFrom);
    if (query.createdTo) add((day) => `a.created_at < ${amsterdamDayEnd(day)}`, query.createdTo);
    // The escalation's municipality (the case's when submitted), as the dashboard's overdue agreements.
    if (query.municipalityId) add((ids) => `e.municipality_id = ANY(${ids}::uuid[])`, query.municipalityId);
    const rows: Array<{ id: string; caseId: string; sessionId: string; relation: OwnerRelation }> =
      await this.dataSource.query(
        `SELECT a.id, a.case_id AS "caseId", a.session_id AS "sessionId", ${relation} AS relation
         FROM agreement a JOIN escalation e ON e.id = a.escalation_id
         JOIN case_file c ON c.id = a.case_id
         LEFT JOIN app_user owner ON owner.id = a.owner_user_id
        WHERE ${conditions.join(' AND ')}
        ORDER BY a.deadline ASC, a.created_at ASC, a.id
        LIMIT ${LIST_LIMIT}`,
        parameters,
      );
    if (rows.length === 0) return [];

    const as = { action: 'read', resource: 'agreement-list' } as const;
    const bySession = new Map<string, string[]>();
    for (const row of rows.filter((candidate) => candidate.relation === 'table'))
      bySession.set(row.sessionId, [...(bySession.get(row.sessionId) ?? []), row.caseId]);
    for (const [sessionId, caseIds] of bySession) await this.table.recordRead(user, caseIds, as, sessionId);
    const throughTeam = rows.filter((row) => row.relation === 'team').map((row) => row.caseId);
    if (throughTeam.length > 0)
      await this.audit.write(this.dataSource.manager, { actor: user, caseIds: throughTeam, ...as, ground: 'consent' });

    const agreements = await this.dataSource.getRepository(AgreementEntity).find({
      where: { id: In(rows.map((row) => row.id)) },
      relations: {
        ownerUser: true,
        ownerOrganisation: true,
        settler: true,
        case: { municipality: true },
        session: true,
      },
    });
    const byId = new Map(agreements.map((agreement) => [agreement.id, agreement]));
    return rows.flatMap((row) => {
      const agreement = byId.get(row.id);
      if (!agreement) return [];
      return [
        {
          ...toAgreementResponse(agreement, today),
          subject: toEscalationSubject(agreement.case),
          sessionStartsAt: agreement.session.startsAt.toISOString(),
        },
      ];
    });
  }

  /** The owner: done (with a note) or open again. The region's coordinator: also dropped, and the deadline. */
  async update(user: AuthenticatedUser, id: string, request: UpdateAgreementRequest): Promise<AgreementResponse> {
    await this.dataSource.transaction(async (manager) => {
      const agreement = await manager.findOne(AgreementEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!agreement) throw agreementNotFound(id);
      const escalation = await manager.findOneOrFail(EscalationEntity, {
        where: { id: agreement.escalationId },
        select: { id: true, state: true, regionId: true },
      });
      const isOwner = await this.owns(manager, user, id);
      const isCoordinator = this.table.isRegionCoordinator(user, escalation.regionId);
      if (!isOwner && !isCoordinator) {
        if (this.table.isTableRole(user, escalation.regionId)) throw onlyCoordinatorMay('change an agreement');
        throw agreementNotFound(id);
      }
      if (request.version !== agreement.version) throw agreementChanged(agreement.version, request.version);
      if (escalation.state === 'closed') throw escalationClosed();
      if (!isCoordinator) {
        if (request.status === 'dropped' || request.dropReason !== undefined)
          throw onlyCoordinatorMay('drop an agreement');
        if (request.deadline !== undefined) throw onlyCoordinatorMay('move the deadline of an agreement');
      }
      const changes = this.changes(agreement, request, user);
      await manager.update(AgreementEntity, { id }, { ...changes, version: agreement.version + 1 });
      await this.reminders.planAgreement(manager, id);
      await this.table.recordChange(
        user,
        [agreement.caseId],
        { action: 'update', resource: 'agreement', fields: Object.keys(request).filter((key) => key !== 'version') },
        agreement.sessionId,
        manager,
      );
    });
    const agreement = await this.dataSource
      .getRepository(AgreementEntity)
      .findOneOrFail({ where: { id }, relations: AGREEMENT_RELATIONS });
    return toAgreementResponse(agreement, this.clock.today());
  }

  /** Whether the user is the agreement's owner by the same rule as the owner's list (ownerCondition). */
  private async owns(manager: EntityManager, user: AuthenticatedUser, id: string): Promise<boolean> {
    const parameters: unknown[] = [id];
    const owner = ownerCondition(user, this.clock.today(), parameters);
    if (!owner) return false;
    const rows: unknown[] = await manager.query(
      `SELECT 1 FROM agreement a WHERE a.id = $1 AND ${owner.where}`,
      parameters,
    );
    return rows.length > 0;
  }

  /** What the request changes, judged on the status it leads to; a 400 names every field to fix. */
  private changes(
    agreement: AgreementEntity,
    request: UpdateAgreementRequest,
    user: AuthenticatedUser,
  ): Partial<AgreementEntity> {
    const errors: FieldError[] = [];
    const status = request.status ?? agreement.status;
    if (
      request.status === undefined &&
      request.doneNote === undefined &&
      request.dropReason === undefined &&
      request.deadline === undefined
    )
      errors.push({ field: 'status', message: 'give a status, a note or a deadline to change' });
    const doneNote = request.doneNote !== undefined ? request.doneNote.trim() : agreement.doneNote;
    const dropReason = request.dropReason !== undefined ? request.dropReason.trim() : agreement.dropReason;
    if (status === 'done' && blank(doneNote))
      errors.push({ field: 'doneNote', message: 'doneNote is required to mark an agreement done' });
    if (status === 'dropped' && blank(dropReason))
      errors.push({ field: 'dropReason', message: 'dropReason is required to drop an agreement' });
    if (request.doneNote !== undefined && status !== 'done')
      errors.push({ field: 'doneNote', message: 'doneNote goes with status done' });
    if (request.dropReason !== undefined && status !== 'dropped')
      errors.push({ field: 'dropReason', message: 'dropReason goes with status dropped' });
    if (request.deadline !== undefined && compareDates(request.deadline, this.clock.today()) < 0)
      errors.push({ field: 'deadline', message: 'deadline must be today or later' });
    if (errors.length > 0) throw invalidEscalationInput(errors);

    const changes: Partial<AgreementEntity> = {};
    if (request.deadline !== undefined) changes.deadline = request.deadline;
    if (status === 'open') {
      Object.assign(changes, { status, doneNote: null, dropReason: null, settledAt: null, settledBy: null });
    } else {
      const settling = status !== agreement.status;
      Object.assign(changes, {
        status,
        doneNote: status === 'done' ? doneNote : null,
        dropReason: status === 'dropped' ? dropReason : null,
        ...(settling ? { settledAt: this.clock.now(), settledBy: user.id } : {}),
      });
    }
    return changes;
  }
}
