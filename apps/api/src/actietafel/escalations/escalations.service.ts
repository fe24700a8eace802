import { Injectable } from '@nestjs/common';
import type {
  EscalationPage,
  EscalationRequestContent,
  EscalationResponse,
  EscalationSummary,
  ToekomstplanVersionResponse,
} from '@sluitend/domain';
import { DataSource, Not, type EntityManager } from 'typeorm';
import { ActietafelAccessPolicy } from '../../access/actietafel-access.policy';
import { CaseAccessPolicy } from '../../access/case-access.policy';
import type { AuthenticatedUser } from '../../auth/authenticated-user';
import { caseNotFound } from '../../cases/cases.errors';
import { CaseEntity } from '../../cases/entities/case.entity';
import { Clock } from '../../common/time/clock';
import { amsterdamDayEnd, amsterdamMidnight, lastDayPastNorm, PAST_NORM_CONDITION } from '../../monitoring/queries';
import { ReminderPlanner } from '../../reminders/reminder-planner';
import { ToekomstplanVersionEntity } from '../../toekomstplan/entities/toekomstplan-version.entity';
import { toVersionResponse } from '../../toekomstplan/plan-version.mapper';
import { EscalationEntity } from '../entities/escalation.entity';
import type { CreateEscalationDto, UpdateEscalationDraftDto } from './dto/escalation-request.dto';
import type { EscalationListQueryDto } from './dto/escalation-list-query.dto';
import { EscalationAccess } from './escalation-access.service';
import { EscalationTransitions } from './escalation-transitions.service';
import { EscalationViews } from './escalation-views.service';
import {
  escalationChanged,
  escalationNotEditable,
  escalationNotFound,
  onlyDraftsDeleted,
  planVersionNotAttached,
} from './escalations.errors';

const REQUEST_FIELDS = ['reasonCode', 'reasonText', 'whatWasTried', 'question', 'urgency', 'sectorsNeeded'] as const;

/** The request as stored: texts trimmed, an empty reason code is no reason code. */
function requestColumns(request: EscalationRequestContent): Partial<EscalationEntity> {
  return {
    reasonCode: request.reasonCode?.trim() || null,
    reasonText: request.reasonText.trim(),
    whatWasTried: request.whatWasTried.trim(),
    question: request.question.trim(),
    urgency: request.urgency,
    sectorsNeeded: request.sectorsNeeded,
  };
}

/** Drafting, reading and listing escalations; their transitions live in EscalationTransitions. */
@Injectable()
export class EscalationsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly cases: CaseAccessPolicy,
    private readonly table: ActietafelAccessPolicy,
    private readonly access: EscalationAccess,
    private readonly transitions: EscalationTransitions,
    private readonly views: EscalationViews,
    private readonly clock: Clock,
    private readonly reminders: ReminderPlanner,
  ) {}

  /** A draft, or with `submit` a draft submitted in the same transaction: both stored, or neither. */
  async create(user: AuthenticatedUser, caseId: string, body: CreateEscalationDto): Promise<EscalationResponse> {
    const audited = {
      action: 'create' as const,
      resource: 'escalation',
      fields: [...REQUEST_FIELDS.map((field) => `request.${field}`), ...(body.submit ? ['state'] : [])],
    };
    const id = await this.cases.change(user, caseId, 'change', audited, async (manager) => {
      const jongere = await manager.findOne(CaseEntity, { where: { id: caseId }, relations: { municipality: true } });
      if (!jongere) throw caseNotFound(caseId);
      const inserted = await manager.insert(EscalationEntity, {
        ...requestColumns(body.request),
        caseId,
        regionId: jongere.municipality.regionId,
        state: 'draft',
        stateSince: this.clock.now(),
        createdBy: user.id,
        version: 1,
      });
      const escalationId = inserted.identifiers[0]['id'] as string;
      await this.reminders.planTriage(manager, escalationId);
      if (body.submit) {
        const draft = await manager.findOneOrFail(EscalationEntity, {
          where: { id: escalationId },
          lock: { mode: 'pessimistic_write' },
        });
        await this.transitions.apply(manager, user, draft, { transition: 'submit', version: draft.version }, true);
      }
      return escalationId;
    });
    return this.views.response(id, (entity) => this.access.available(user, entity, true));
  }

  async listForCase(user: AuthenticatedUser, caseId: string): Promise<EscalationSummary[]> {
    const decision = await this.cases.read(user, caseId, { action: 'read', resource: 'escalations' });
    // Drafts are the team's working notes: break-the-glass sees what the team has submitted, not what it has not.
    const where = CaseAccessPolicy.seesTeamNotes(decision) ? { caseId } : { caseId, state: Not('draft' as const) };
    const rows = await this.dataSource
      .getRepository(EscalationEntity)
      .find({ where, select: { id: true }, order: { createdAt: 'DESC' } });
    return this.views.summaries(rows.map((row) => row.id));
  }

  /** The table's list: the own region's escalations, never drafts; one access-log event for the page. */
  async list(user: AuthenticatedUser, query: EscalationListQueryDto): Promise<EscalationPage> {
    const page = query.page ?? 1;
    const pageSize = query.pageSize ?? 20;
    const regionId = user.organisation.regionId;
    const conditions = [`e.region_id = $1`, `e.state <> 'draft'`];
    const parameters: unknown[] = [regionId];
    const add = (condition: (placeholder: string) => string, value: unknown) => {
      parameters.push(value);
      conditions.push(condition(`$${parameters.length}`));
    };
    if (query.state) add((p) => `e.state = ANY(${p}::varchar[])`, query.state);
    if (query.urgency) add((p) => `e.urgency = ${p}`, query.urgency);
    if (query.reasonCode) add((p) => `e.reason_code = ${p}`, query.reasonCode);
    // The municipality the escalation counts for (its case's when submitted), as the dashboard's figures.
    if (query.municipalityId) add((p) => `e.municipality_id = ANY(${p}::uuid[])`, query.municipalityId);
    // The monitoring dashboard's drill-down: the same conditions as its figures, so a list is as long as its number.
    if (query.submittedFrom) add((p) => `e.submitted_at >= ${amsterdamMidnight(p)}`, query.submittedFrom);
    if (query.submittedTo) add((p) => `e.submitted_at < ${amsterdamDayEnd(p)}`, query.submittedTo);
    if (query.closedFrom) add((p) => `e.closed_at >= ${amsterdamMidnight(p)}`, query.closedFrom);
    if (query.closedTo) add((p) => `e.closed_at < ${amsterdamDayEnd(p)}`, query.closedTo);
    if (query.sector) add((p) => `${p} = ANY(e.sectors_needed)`, query.sector);
    if (query.outcome) add((p) => `e.outcome = ${p}`, query.outcome);
    if (query.pastNorm) {
      const norm = query.pastNorm;
      const state = norm === 'triage-waiting' ? 'submitted' : 'accepted';
      add((p) => PAST_NORM_CONDITION[norm](p), lastDayPastNorm(state, this.clock.today()));
    }
    const from = `FROM escalation e JOIN case_file c ON c.id = e.case_id WHERE ${conditions.join(' AND ')}`;
    // Triage: urgent first, then who has waited longest since submitting.
    const order =
      query.sort === 'triage'
        ? `CASE e.urgency WHEN 'urgent' THEN 0 ELSE 1 END, e.submitted_at ASC NULLS LAST, e.created_at ASC, e.id`
        : `e.submitted_at DESC NULLS LAST, e.created_at DESC, e.id`;
    const [rows, [{ total }]]: [Array<{ id: string; case_id: string }>, Array<{ total: string }>] = await Promise.all([
      this.dataSource.query(
        `SELECT e.id, e.case_id ${from} ORDER BY ${order} LIMIT $${parameters.length + 1} OFFSET $${parameters.length + 2}`,
        [...parameters, pageSize, (page - 1) * pageSize],
      ),
      this.dataSource.query(`SELECT COUNT(*) AS total ${from}`, parameters),
    ]);
    await this.table.recordRead(
      user,
      rows.map((row) => row.case_id),
      {
        action: 'search',
        resource: 'escalation-list',
        fields: Object.keys(query).filter((key) => query[key as keyof EscalationListQueryDto] !== undefined),
      },
      regionId,
    );
    return {
      items: await this.views.summaries(rows.map((row) => row.id)),
      total: Number(total),
      page,
      pageSize,
    };
  }

  async get(user: AuthenticatedUser, id: string): Promise<EscalationResponse> {
    const facts = await this.access.facts(id);
    const { isCaseTeamMember } = await this.access.authorizeRead(user, facts, {
      action: 'read',
      resource: 'escalation',
    });
    return this.views.response(id, (entity) => this.access.available(user, entity, isCaseTeamMember));
  }

  /** Saves the request while it is a draft or returned to the team; version-checked. */
  async update(user: AuthenticatedUser, id: string, body: UpdateEscalationDraftDto): Promise<EscalationResponse> {
    const facts = await this.access.facts(id);
    const audited = {
      action: 'update' as const,
      resource: 'escalation',
      fields: REQUEST_FIELDS.map((field) => `request.${field}`),
    };
    await this.cases.change(user, facts.caseId, 'change', audited, async (manager) => {
      const escalation = await this.lock(manager, id);
      if (escalation.state !== 'draft' && escalation.state !== 'returned')
        throw escalationNotEditable(escalation.state);
      if (escalation.version !== body.version) throw escalationChanged(escalation.version, body.version);
      await manager.update(
        EscalationEntity,
        { id, version: body.version },
        { ...requestColumns(body.request), version: body.version + 1 },
      );
    });
    return this.views.response(id, (entity) => this.access.available(user, entity, true));
  }

  async remove(user: AuthenticatedUser, id: string): Promise<void> {
    const facts = await this.access.facts(id);
    await this.cases.change(
      user,
      facts.caseId,
      'change',
      { action: 'delete', resource: 'escalation' },
      async (manager) => {
        const escalation = await this.lock(manager, id);
        if (escalation.state !== 'draft') throw onlyDraftsDeleted(escalation.state);
        await manager.delete(EscalationEntity, { id });
      },
    );
  }

  /** The toekomstplan version attached at (re)submission, under the escalation's reading rules. */
  async planVersion(user: AuthenticatedUser, id: string): Promise<ToekomstplanVersionResponse> {
    const facts = await this.access.facts(id);
    await this.access.authorizeRead(user, facts, { action: 'read', resource: 'toekomstplan-version' });
    const escalation = await this.dataSource
      .getRepository(EscalationEntity)
      .findOne({ where: { id }, relations: { case: { municipality: { region: true } } } });
    if (!escalation) throw escalationNotFound(id);
    if (!escalation.planVersionId) throw planVersionNotAttached(id);
    const version = await this.dataSource
      .getRepository(ToekomstplanVersionEntity)
      .findOne({ where: { id: escalation.planVersionId }, relations: { creator: true } });
    if (!version) throw planVersionNotAttached(id);
    return toVersionResponse(version, escalation.case.municipality.region.lifeDomains);
  }

  private async lock(manager: EntityManager, id: string): Promise<EscalationEntity> {
    const escalation = await manager.findOne(EscalationEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!escalation) throw escalationNotFound(id);
    return escalation;
  }
}
