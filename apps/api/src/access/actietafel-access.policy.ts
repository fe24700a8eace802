import { Injectable } from '@nestjs/common';
import {
  agendaViewWindow,
  reachesCaseContent,
  sessionContentAccess,
  sessionPart,
  type SessionContentAccess,
  type SessionPart,
  type SessionState,
} from '@sluitend/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditLog } from '../audit/audit-log.service';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { Clock } from '../common/time/clock';
import { AppConfig } from '../config/app-config';
import type { AuditedAs } from './case-access.policy';

/** The facts of a session the table's access rules look at. */
export interface SessionFacts {
  id: string;
  regionId: string;
  state: SessionState;
  chairUserId: string;
  minuteTakerUserId: string | null;
  agendaSentAt: Date | null;
  endsAt: Date;
}

export interface SessionAccessDecision {
  part: SessionPart | null;
  /** Null: the user has no part in the session and sees nothing of it. */
  content: SessionContentAccess | null;
  window: { from: Date | null; until: Date };
}

/**
 * Access to case content through the Actietafel, next to the case team's access (CaseAccessPolicy):
 * - the region's coordinator and chairs handle escalations of their region by role (they run the table);
 * - invited members, the chair and the minute-taker of a session see its agenda's cases only inside the
 *   view window (from the sending of the agenda until a fixed time after the session).
 * Every read of case content through the table writes an access-log event, ground `actietafel-agenda`.
 */
@Injectable()
export class ActietafelAccessPolicy {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditLog,
    private readonly clock: Clock,
    private readonly config: AppConfig,
  ) {}

  /** Coordinator or chair of this region: may read the region's submitted escalations. */
  isTableRole(user: AuthenticatedUser, regionId: string): boolean {
    return (
      user.organisation.regionId === regionId &&
      (user.roles.includes('actietafel-coordinator') || user.roles.includes('actietafel-chair'))
    );
  }

  isRegionCoordinator(user: AuthenticatedUser, regionId: string): boolean {
    return user.organisation.regionId === regionId && user.roles.includes('actietafel-coordinator');
  }

  /** The user's part in the session and what they see of its cases now. */
  async forSession(
    user: AuthenticatedUser,
    session: SessionFacts,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<SessionAccessDecision> {
    const invited: unknown[] = await manager.query(
      `SELECT 1 FROM session_invitee WHERE session_id = $1 AND user_id = $2`,
      [session.id, user.id],
    );
    // Taking part reads cases: an invitation or the minutes count only for someone whose roles do case work.
    const doesCaseWork = user.roles.some(reachesCaseContent);
    const part = sessionPart({
      isRegionCoordinator: this.isRegionCoordinator(user, session.regionId),
      isChair: session.chairUserId === user.id && user.roles.includes('actietafel-chair'),
      isMinuteTaker: doesCaseWork && session.minuteTakerUserId === user.id,
      isInvited: doesCaseWork && invited.length > 0,
    });
    const window = agendaViewWindow(
      session.agendaSentAt,
      session.endsAt,
      this.config.ACTIETAFEL_VIEW_DAYS_AFTER_SESSION,
    );
    return { part, content: sessionContentAccess(part, session.state, window, this.clock.now()), window };
  }

  /** Logs a read of case content through the table; call it before the data are loaded. */
  async recordRead(
    user: AuthenticatedUser,
    caseIds: readonly string[],
    as: AuditedAs,
    reference: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<void> {
    if (caseIds.length === 0) return;
    await this.audit.write(manager, {
      actor: user,
      caseIds,
      action: as.action,
      resource: as.resource,
      fields: as.fields,
      ground: 'actietafel-agenda',
      groundReference: reference,
    });
  }

  /**
   * Logs a change of case content through the table (triage, scheduling, closing, agreements), inside the
   * change's own transaction: the change never commits without its event, nor the event without the change.
   */
  async recordChange(
    user: AuthenticatedUser,
    caseIds: readonly string[],
    as: AuditedAs,
    reference: string,
    manager: EntityManager,
  ): Promise<void> {
    await this.recordRead(user, caseIds, as, reference, manager);
  }

  /** Logs a refused attempt; outside any caller's transaction, so the entry survives its rollback. */
  async recordDenied(user: AuthenticatedUser, caseIds: readonly string[], as: AuditedAs, code: string): Promise<void> {
    await this.audit.write(this.dataSource.manager, {
      actor: user,
      caseIds,
      action: 'denied',
      resource: as.resource,
      fields: as.fields,
      ground: 'none',
      reason: `${as.action}: ${code}`,
    });
  }
}
