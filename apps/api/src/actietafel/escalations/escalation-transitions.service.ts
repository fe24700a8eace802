import { Injectable } from '@nestjs/common';
import {
  canTransition,
  DEFAULT_AGENDA_ITEM_MINUTES,
  ESCALATION_TRANSITION_RULES,
  hasActietafelGround,
  LADDER_LEVEL_LABELS,
  type EscalationOutcome,
  type EscalationResponse,
  type EscalationTransition,
  type EscalationTransitionContext,
  type EscalationTransitionRequest,
} from '@sluitend/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { ActietafelAccessPolicy } from '../../access/actietafel-access.policy';
import { CaseAccessPolicy, type AuditedAs } from '../../access/case-access.policy';
import type { AuthenticatedUser } from '../../auth/authenticated-user';
import { CaseTimeline } from '../../cases/case-timeline.service';
import { Clock } from '../../common/time/clock';
import { ConsentEntity } from '../../consents/entities/consent.entity';
import { ToekomstplanVersionEntity } from '../../toekomstplan/entities/toekomstplan-version.entity';
import { ActietafelSessionEntity } from '../entities/actietafel-session.entity';
import { AgendaItemEntity } from '../entities/agenda-item.entity';
import { AgreementEntity } from '../entities/agreement.entity';
import { EscalationEntity } from '../entities/escalation.entity';
import { LadderStepEntity } from '../entities/ladder-step.entity';
import { EscalationAccess } from './escalation-access.service';
import { recordEscalationTransition } from './escalation-transition.recorder';
import { EscalationViews } from './escalation-views.service';
import {
  escalationChanged,
  escalationNotFound,
  invalidEscalationInput,
  sessionNotSchedulable,
  transitionRefused,
} from './escalations.errors';

const OUTCOME_LABELS: Record<EscalationOutcome, string> = {
  resolved: 'opgelost',
  'partly-resolved': 'deels opgelost',
  'not-resolved': 'niet opgelost',
};

/** Field names of the request that carry the transition's why: logged by name, never by value. */
const INPUT_FIELDS = [
  'note',
  'question',
  'answer',
  'reason',
  'sessionId',
  'outcome',
  'evaluation',
  'deadline',
] as const;

const text = (value: string | undefined): string | null => value?.trim() || null;

/**
 * Moves escalations through the one state machine of libs/domain. The case team's transitions (submit,
 * resubmit) go through the case policy: team membership and consent to change the case. The table's
 * (accept, return, reject, schedule, discuss, close, escalate-further) are for the coordinator and chairs
 * of the escalation's region. Each request is one transaction on the locked row, version-checked.
 */
@Injectable()
export class EscalationTransitions {
  constructor(
    private readonly dataSource: DataSource,
    private readonly cases: CaseAccessPolicy,
    private readonly table: ActietafelAccessPolicy,
    private readonly access: EscalationAccess,
    private readonly views: EscalationViews,
    private readonly timeline: CaseTimeline,
    private readonly clock: Clock,
  ) {}

  async transition(
    user: AuthenticatedUser,
    id: string,
    request: EscalationTransitionRequest,
  ): Promise<EscalationResponse> {
    const facts = await this.access.facts(id);
    const audited: AuditedAs = {
      action: 'update',
      resource: 'escalation',
      fields: ['state', ...INPUT_FIELDS.filter((field) => request[field] !== undefined)],
    };
    const tableWork =
      !ESCALATION_TRANSITION_RULES[request.transition].caseTeamOnly &&
      facts.state !== 'draft' &&
      this.table.isTableRole(user, facts.regionId);
    let isCaseTeamMember: boolean;
    if (tableWork) {
      await this.dataSource.transaction(async (manager) => {
        const escalation = await this.lock(manager, id);
        await this.apply(manager, user, escalation, request, false);
        await this.table.recordChange(user, [facts.caseId], audited, id, manager);
      });
      isCaseTeamMember = await this.access.mayActForTeam(user, facts.caseId);
    } else {
      // Not table work: only the case team may touch it, and the case policy says 404 to anyone else.
      await this.cases.change(user, facts.caseId, 'change', audited, async (manager) => {
        const escalation = await this.lock(manager, id);
        await this.apply(manager, user, escalation, request, true);
      });
      isCaseTeamMember = true;
    }
    return this.views.response(id, (entity) => this.access.available(user, entity, isCaseTeamMember));
  }

  /**
   * Judges the transition on the locked escalation with canTransition and applies it with everything that
   * changes along (agenda item, ladder step, timeline), in the caller's transaction.
   */
  async apply(
    manager: EntityManager,
    user: AuthenticatedUser,
    escalation: EscalationEntity,
    request: EscalationTransitionRequest,
    isCaseTeamMember: boolean,
  ): Promise<void> {
    if (request.version !== escalation.version) throw escalationChanged(escalation.version, request.version);
    const { transition } = request;
    const now = this.clock.now();
    const today = this.clock.today();
    const context: EscalationTransitionContext = {
      ...Object.fromEntries(INPUT_FIELDS.map((field) => [field, request[field]])),
      today,
      isCaseTeamMember,
      ladderLevel: escalation.ladderLevel,
    };
    if (transition === 'submit' || transition === 'resubmit') {
      context.hasActietafelConsent = await this.hasActietafelConsent(manager, escalation.caseId, today);
      context.request = {
        reasonCode: escalation.reasonCode,
        reasonText: escalation.reasonText,
        whatWasTried: escalation.whatWasTried,
        question: escalation.question,
        urgency: escalation.urgency,
        sectorsNeeded: escalation.sectorsNeeded,
      };
    }
    if (transition === 'close') {
      context.agreements = await manager.find(AgreementEntity, {
        where: { escalationId: escalation.id },
        select: { id: true, status: true, dropReason: true },
        order: { createdAt: 'ASC' },
      });
    }
    const decision = canTransition(escalation.state, transition, user.roles, context);
    if (!decision.allowed) throw transitionRefused(decision.refusal);

    const changes: Partial<EscalationEntity> = {};
    let why = text(request.note);
    let session: ActietafelSessionEntity | null = null;
    switch (transition) {
      case 'submit':
      case 'resubmit':
        changes.planVersionId = await this.currentPlanVersionId(manager, escalation.caseId);
        if (!escalation.submittedAt) changes.submittedAt = now;
        if (transition === 'resubmit') why = text(request.answer);
        break;
      case 'accept':
        changes.triagedAt = now;
        break;
      case 'return':
        why = text(request.question);
        break;
      case 'reject':
        changes.triagedAt = now;
        why = text(request.reason);
        break;
      case 'schedule':
        session = await this.schedulableSession(manager, escalation, request.sessionId ?? '');
        changes.sessionId = session.id;
        break;
      case 'close':
        changes.outcome = request.outcome ?? null;
        changes.evaluation = text(request.evaluation);
        changes.closedAt = now;
        break;
      case 'escalate-further':
        changes.ladderLevel = decision.ladderLevel;
        why = text(request.reason);
        break;
      case 'discuss':
        break;
    }

    const recorded = await recordEscalationTransition(manager, {
      escalation,
      transition,
      to: decision.to,
      by: user,
      at: now,
      why,
      changes,
    });
    if (!recorded) {
      const current = await manager.findOne(EscalationEntity, {
        where: { id: escalation.id },
        select: { version: true },
      });
      throw escalationChanged(current?.version ?? escalation.version, request.version);
    }
    if (session) await this.putOnAgenda(manager, session.id, escalation.id);
    if (transition === 'escalate-further') {
      await manager.insert(LadderStepEntity, {
        escalationId: escalation.id,
        level: decision.ladderLevel,
        reason: why ?? '',
        deadline: request.deadline ?? today,
        byUserId: user.id,
        at: now,
      });
    }
    await this.recordOnTimeline(manager, user, escalation, transition, {
      sessionId: session?.id,
      outcome: request.outcome,
      level: decision.ladderLevel,
      deadline: request.deadline,
    });
  }

  private async lock(manager: EntityManager, id: string): Promise<EscalationEntity> {
    const escalation = await manager.findOne(EscalationEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!escalation) throw escalationNotFound(id);
    return escalation;
  }

  /** Consent to work on the case is not consent to discuss it at a regional table: purpose actietafel. */
  private async hasActietafelConsent(manager: EntityManager, caseId: string, today: string): Promise<boolean> {
    const consents = await manager.find(ConsentEntity, { where: { caseId } });
    return hasActietafelGround(
      consents.map((consent) => ({
        purpose: consent.purpose,
        givenOn: consent.givenOn,
        validUntil: consent.validUntil,
        withdrawnAt: consent.withdrawnAt?.toISOString() ?? null,
      })),
      today,
    );
  }

  /** The toekomstplan as it is now: its latest version, attached as it was at this moment. */
  private async currentPlanVersionId(manager: EntityManager, caseId: string): Promise<string | null> {
    const latest = await manager.findOne(ToekomstplanVersionEntity, {
      where: { caseId },
      select: { id: true },
      order: { number: 'DESC' },
    });
    return latest?.id ?? null;
  }

  /** A session of the escalation's own region whose agenda is still open; locked while the item is added. */
  private async schedulableSession(
    manager: EntityManager,
    escalation: EscalationEntity,
    sessionId: string,
  ): Promise<ActietafelSessionEntity> {
    const session = await manager.findOne(ActietafelSessionEntity, {
      where: { id: sessionId },
      lock: { mode: 'pessimistic_write' },
    });
    if (!session || session.regionId !== escalation.regionId)
      throw invalidEscalationInput([
        { field: 'sessionId', message: "sessionId must refer to an Actietafel session of the escalation's region" },
      ]);
    if (session.state !== 'planned' && session.state !== 'agenda-sent') throw sessionNotSchedulable(session.state);
    return session;
  }

  private async putOnAgenda(manager: EntityManager, sessionId: string, escalationId: string): Promise<void> {
    const [{ last }]: Array<{ last: number | null }> = await manager.query(
      `SELECT MAX(position) AS last FROM agenda_item WHERE session_id = $1`,
      [sessionId],
    );
    await manager.insert(AgendaItemEntity, {
      sessionId,
      escalationId,
      position: (last ?? 0) + 1,
      kind: 'escalation',
      minutesPlanned: DEFAULT_AGENDA_ITEM_MINUTES.escalation,
    });
  }

  /** The case's timeline tells the team how its escalation fares; ids and codes only, never the texts. */
  private async recordOnTimeline(
    manager: EntityManager,
    user: AuthenticatedUser,
    escalation: EscalationEntity,
    transition: EscalationTransition,
    facts: { sessionId?: string; outcome?: EscalationOutcome; level: string; deadline?: string },
  ): Promise<void> {
    const entries: Partial<Record<EscalationTransition, { summary: string; details?: Record<string, unknown> }>> = {
      submit: { summary: 'Escalatie naar de Actietafel ingediend' },
      resubmit: { summary: 'Escalatie opnieuw ingediend met het antwoord op de vraag van de Actietafel' },
      return: { summary: 'Escalatie teruggegeven door de Actietafel met een vraag' },
      reject: { summary: 'Escalatie afgewezen door de Actietafel' },
      schedule: { summary: 'Escalatie geagendeerd voor de Actietafel', details: { sessionId: facts.sessionId } },
      close: {
        summary: `Escalatie gesloten: ${facts.outcome ? OUTCOME_LABELS[facts.outcome] : 'zonder uitkomst'}`,
        details: { outcome: facts.outcome },
      },
      'escalate-further': {
        summary: `Escalatie opgeschaald naar ${LADDER_LEVEL_LABELS[facts.level as keyof typeof LADDER_LEVEL_LABELS] ?? facts.level}`,
        details: { level: facts.level, deadline: facts.deadline },
      },
    };
    const entry = entries[transition];
    if (!entry) return;
    await this.timeline.record(manager, {
      caseId: escalation.caseId,
      actorUserId: user.id,
      kind: `escalation.${transition}`,
      summary: entry.summary,
      details: { escalationId: escalation.id, ...entry.details },
    });
  }
}
