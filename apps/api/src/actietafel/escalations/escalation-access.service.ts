import { Injectable } from '@nestjs/common';
import {
  availableTransitions,
  ESCALATION_TRANSITION_RULES,
  type EscalationState,
  type EscalationTransition,
} from '@sluitend/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { ActietafelAccessPolicy, type SessionFacts } from '../../access/actietafel-access.policy';
import { CaseAccessPolicy, type AuditedAs } from '../../access/case-access.policy';
import type { AuthenticatedUser } from '../../auth/authenticated-user';
import { EscalationEntity } from '../entities/escalation.entity';
import { escalationNotFound } from './escalations.errors';

/** What the access rules look at: where the escalation is handled and how far it has come. */
export interface EscalationFacts {
  id: string;
  caseId: string;
  regionId: string;
  state: EscalationState;
}

interface SessionRow {
  id: string;
  region_id: string;
  state: SessionFacts['state'];
  chair_user_id: string;
  minute_taker_user_id: string | null;
  agenda_sent_at: Date | null;
  ends_at: Date;
}

/**
 * Who may see an escalation (spec "reading escalation content"):
 * - a draft: only the case team with consent or a legal ground, never under break-the-glass (CaseAccessPolicy);
 * - otherwise: the coordinator and chairs of its region (ground actietafel-agenda, reference the escalation),
 *   the case team with full access, or an invited member / minute-taker / chair of a session that has it on
 *   the agenda while that session's content is `full` (reference the session). Anyone else gets 404, logged
 *   as denied by the case policy.
 * Every granted read writes its access-log event before the caller loads the content.
 */
@Injectable()
export class EscalationAccess {
  constructor(
    private readonly dataSource: DataSource,
    private readonly cases: CaseAccessPolicy,
    private readonly table: ActietafelAccessPolicy,
  ) {}

  async facts(id: string, manager: EntityManager = this.dataSource.manager): Promise<EscalationFacts> {
    const facts = await manager.findOne(EscalationEntity, {
      where: { id },
      select: { id: true, caseId: true, regionId: true, state: true },
    });
    if (!facts) throw escalationNotFound(id);
    return facts;
  }

  /** Decides and logs a read; answers whether the reader may act for the case team (submit, resubmit). */
  async authorizeRead(
    user: AuthenticatedUser,
    facts: EscalationFacts,
    as: AuditedAs,
  ): Promise<{ isCaseTeamMember: boolean }> {
    if (facts.state !== 'draft' && this.table.isTableRole(user, facts.regionId)) {
      await this.table.recordRead(user, [facts.caseId], as, facts.id);
      return { isCaseTeamMember: await this.mayActForTeam(user, facts.caseId) };
    }
    if (facts.state !== 'draft' && !(await this.isOnTeam(user, facts.caseId))) {
      const sessionId = await this.sessionShowingIt(user, facts.id);
      if (sessionId) {
        await this.table.recordRead(user, [facts.caseId], as, sessionId);
        return { isCaseTeamMember: false };
      }
    }
    // A draft is the team's working note: emergency access does not reach it (CaseNeed read-team-notes).
    const decision = await this.cases.read(
      user,
      facts.caseId,
      as,
      facts.state === 'draft' ? 'read-team-notes' : 'read',
    );
    const consentBased = decision.ground === 'consent' || decision.ground === 'legal-ground';
    return { isCaseTeamMember: decision.isTeamMember && consentBased && !decision.restricted };
  }

  /**
   * The transitions to offer this user: the domain's for the state and roles, the table's only to the
   * coordinator and chairs of the escalation's own region.
   */
  available(
    user: AuthenticatedUser,
    escalation: Pick<EscalationEntity, 'state' | 'regionId'>,
    isCaseTeamMember: boolean,
  ): EscalationTransition[] {
    const tableRole = this.table.isTableRole(user, escalation.regionId);
    return availableTransitions(escalation.state, user.roles, isCaseTeamMember).filter(
      (transition) => ESCALATION_TRANSITION_RULES[transition].caseTeamOnly || tableRole,
    );
  }

  /** A team member who may change the case (consent or legal ground, not restricted). Not logged: it shows nothing. */
  async mayActForTeam(user: AuthenticatedUser, caseId: string): Promise<boolean> {
    if (!user.roles.includes('professional')) return false;
    try {
      return (await this.cases.describe(user, caseId)).canChange;
    } catch {
      return false;
    }
  }

  private async isOnTeam(user: AuthenticatedUser, caseId: string): Promise<boolean> {
    if (!user.roles.includes('professional')) return false;
    const rows: unknown[] = await this.dataSource.query(
      `SELECT 1 FROM case_team_member WHERE case_id = $1 AND user_id = $2`,
      [caseId, user.id],
    );
    return rows.length > 0;
  }

  /** A session with the escalation on its agenda whose content this user sees in full now, or null. */
  private async sessionShowingIt(user: AuthenticatedUser, escalationId: string): Promise<string | null> {
    const sessions: SessionRow[] = await this.dataSource.query(
      `SELECT s.id, s.region_id, s.state, s.chair_user_id, s.minute_taker_user_id, s.agenda_sent_at, s.ends_at
         FROM actietafel_session s
         JOIN agenda_item a ON a.session_id = s.id
        WHERE a.escalation_id = $1
        ORDER BY s.starts_at DESC`,
      [escalationId],
    );
    for (const session of sessions) {
      const decision = await this.table.forSession(user, {
        id: session.id,
        regionId: session.region_id,
        state: session.state,
        chairUserId: session.chair_user_id,
        minuteTakerUserId: session.minute_taker_user_id,
        agendaSentAt: session.agenda_sent_at,
        endsAt: session.ends_at,
      });
      if (decision.content === 'full') return session.id;
    }
    return null;
  }
}
