import { Injectable } from '@nestjs/common';
import {
  canTransition,
  ESCALATION_TRANSITION_RULES,
  type EscalationResponse,
  type EscalationTransitionContext,
  type EscalationTransitionRequest,
} from '@sluitend/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { ActietafelAccessPolicy } from '../../access/actietafel-access.policy';
import { CaseAccessPolicy, type AuditedAs } from '../../access/case-access.policy';
import type { AuthenticatedUser } from '../../auth/authenticated-user';
import { CaseTimeline } from '../../cases/case-timeline.service';
import { Clock } from '../../common/time/clock';
import { ReminderPlanner } from '../../reminders/reminder-planner';
import { ActietafelSessionEntity } from '../entities/actietafel-session.entity';
import { EscalationEntity } from '../entities/escalation.entity';
import { EscalationAccess } from './escalation-access.service';
import { escalationTimelineEvent } from './escalation-timeline';
import { recordEscalationTransition } from './escalation-transition.recorder';
import { addLadderStep, putOnAgenda, storedTransitionFacts, transitionChanges } from './escalation-transition.steps';
import { EscalationViews } from './escalation-views.service';
import {
  escalationChanged,
  escalationNotFound,
  invalidEscalationInput,
  sessionNotSchedulable,
  transitionRefused,
} from './escalations.errors';

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
    private readonly reminders: ReminderPlanner,
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
      ...(await storedTransitionFacts(manager, escalation, transition, today)),
    };
    const decision = canTransition(escalation.state, transition, user.roles, context);
    if (!decision.allowed) throw transitionRefused(decision.refusal);

    const session =
      transition === 'schedule' ? await this.schedulableSession(manager, escalation, request.sessionId ?? '') : null;
    const { changes, why } = await transitionChanges(
      manager,
      escalation,
      transition,
      request,
      now,
      decision.ladderLevel,
    );
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
    // Entering `submitted` starts the triage clock, leaving it stops it: derived from the new state.
    await this.reminders.planTriage(manager, escalation.id);
    if (session) await putOnAgenda(manager, session.id, escalation.id);
    if (transition === 'escalate-further')
      await addLadderStep(
        manager,
        { escalationId: escalation.id, level: decision.ladderLevel, reason: why, deadline: request.deadline, today },
        user,
        now,
      );
    const event = escalationTimelineEvent(escalation, user.id, transition, {
      sessionId: session?.id,
      outcome: request.outcome,
      level: decision.ladderLevel,
      deadline: request.deadline,
    });
    if (event) await this.timeline.record(manager, event);
  }

  private async lock(manager: EntityManager, id: string): Promise<EscalationEntity> {
    const escalation = await manager.findOne(EscalationEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!escalation) throw escalationNotFound(id);
    return escalation;
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
}
