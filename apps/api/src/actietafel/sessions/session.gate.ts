import { Injectable } from '@nestjs/common';
import { mayChangePlanning, mayRecordAttendance, mayRecordSession, type SessionPart } from '@sluitend/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { ActietafelAccessPolicy, type SessionAccessDecision } from '../../access/actietafel-access.policy';
import type { AuditedAs } from '../../access/case-access.policy';
import type { AuthenticatedUser } from '../../auth/authenticated-user';
import type { ProblemException } from '../../common/problem/problem.exception';
import { ActietafelSessionEntity } from '../entities/actietafel-session.entity';
import { SessionLoader } from './session.loader';
import {
  attendanceNotOpen,
  contentNotAvailable,
  partNotAllowed,
  sessionNotEditable,
  sessionNotFound,
  sessionNotInProgress,
} from './sessions.errors';

/** The columns access is decided on: never the minutes, which are loaded only after the read is logged. */
const FACT_COLUMNS = {
  id: true,
  regionId: true,
  state: true,
  startsAt: true,
  endsAt: true,
  chairUserId: true,
  minuteTakerUserId: true,
  agendaSentAt: true,
  version: true,
} as const;

export type SessionFactsRow = Pick<ActietafelSessionEntity, keyof typeof FACT_COLUMNS>;

export interface OpenedSession {
  session: SessionFactsRow;
  access: SessionAccessDecision & { part: SessionPart };
}

/**
 * How a write waits for others on the same session: changes of the session itself (transitions, planning)
 * take the row exclusively, so two chairs ending at once are served one after the other; recording (items,
 * decisions, agreements, attendance) shares it, so it never interleaves with an end. Neither blocks the
 * foreign-key checks of rows that merely point at the session.
 */
export type SessionLock = 'exclusive' | 'shared';

const RECORDERS: readonly SessionPart[] = ['coordinator', 'chair', 'minute-taker'];

/**
 * The door to one session: finds it, works out the viewer's part (ActietafelAccessPolicy.forSession), and
 * refuses (logged) who has no part, or not the part the act needs. 404 for no part: a stranger does not
 * learn that the session exists.
 */
@Injectable()
export class SessionGate {
  constructor(
    private readonly dataSource: DataSource,
    private readonly policy: ActietafelAccessPolicy,
    private readonly loader: SessionLoader,
  ) {}

  async open(
    user: AuthenticatedUser,
    sessionId: string,
    as: AuditedAs,
    manager: EntityManager = this.dataSource.manager,
    lock?: SessionLock,
  ): Promise<OpenedSession> {
    // The part is decided before any lock is taken: a refusal is logged on another connection, and must not
    // wait while this transaction holds the session.
    const first = await manager.findOne(ActietafelSessionEntity, { where: { id: sessionId }, select: FACT_COLUMNS });
    if (!first) throw sessionNotFound(sessionId);
    const access = await this.policy.forSession(user, first, manager);
    if (access.part === null) {
      await this.deny(user, sessionId, as, 'no-part', manager);
      throw sessionNotFound(sessionId);
    }
    if (!lock) return { session: first, access: { ...access, part: access.part } };
    // Locked, the row is read again: whoever held it before may have changed the state and version.
    const session = await manager.findOneOrFail(ActietafelSessionEntity, {
      where: { id: sessionId },
      select: FACT_COLUMNS,
      lock: { mode: lock === 'exclusive' ? 'for_no_key_update' : 'pessimistic_read' },
    });
    const current = await this.policy.forSession(user, session, manager);
    // The planning changed in between (no longer chair, no longer invited): as if it was never theirs.
    if (current.part === null) throw sessionNotFound(sessionId);
    return { session, access: { ...current, part: current.part } };
  }

  /** Case content of the session (agenda summaries, agreements, minutes, plan): `full` only. */
  async requireContent(
    user: AuthenticatedUser,
    opened: OpenedSession,
    as: AuditedAs,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<void> {
    if (opened.access.content === 'full') return;
    await this.deny(user, opened.session.id, as, 'outside-view-window', manager);
    throw contentNotAvailable();
  }

  /** Summaries, decisions and agreements: the coordinator, chair or minute-taker while in progress. */
  async requireRecording(user: AuthenticatedUser, opened: OpenedSession, as: AuditedAs, manager: EntityManager) {
    const { part } = opened.access;
    const { state } = opened.session;
    if (mayRecordSession(part, state)) return;
    await this.refuse(
      user,
      opened,
      as,
      manager,
      RECORDERS.includes(part) ? sessionNotInProgress(state) : partNotAllowed('record the meeting', RECORDERS),
    );
  }

  /** Attendance: the coordinator, chair or minute-taker from the sending of the agenda until the end. */
  async requireAttendance(user: AuthenticatedUser, opened: OpenedSession, as: AuditedAs, manager: EntityManager) {
    const { part } = opened.access;
    const { state } = opened.session;
    if (mayRecordAttendance(part, state)) return;
    await this.refuse(
      user,
      opened,
      as,
      manager,
      RECORDERS.includes(part) ? attendanceNotOpen(state) : partNotAllowed('note attendance', RECORDERS),
    );
  }

  /** Time, place, people, agenda order and time boxes: the coordinator, until the session starts. */
  async requirePlanning(user: AuthenticatedUser, opened: OpenedSession, as: AuditedAs, manager: EntityManager) {
    const { part } = opened.access;
    const { state } = opened.session;
    if (mayChangePlanning(part, state)) return;
    await this.refuse(
      user,
      opened,
      as,
      manager,
      part === 'coordinator' ? sessionNotEditable(state) : partNotAllowed('change the planning', ['coordinator']),
    );
  }

  /** Logs a refusal (403 only: a 409 refuses no one access) and throws it. */
  async refuse(
    user: AuthenticatedUser,
    opened: OpenedSession,
    as: AuditedAs,
    manager: EntityManager,
    problem: ProblemException,
  ): Promise<never> {
    if (problem.status === 403) await this.deny(user, opened.session.id, as, problem.code, manager);
    throw problem;
  }

  /** The refusal names the cases on the agenda, outside the caller's transaction so it survives its rollback. */
  private async deny(
    user: AuthenticatedUser,
    sessionId: string,
    as: AuditedAs,
    code: string,
    manager: EntityManager,
  ): Promise<void> {
    const caseIds = await this.loader.agendaCaseIds(manager, sessionId);
    await this.policy.recordDenied(user, caseIds, as, code);
  }
}
