import { Injectable } from '@nestjs/common';
import {
  canSessionTransition,
  canTransition,
  isRole,
  reachesCaseContent,
  sessionPart,
  type FieldError,
  type InviteeRequest,
  type InviteeResponse,
  type MinutesResponse,
  type SessionListQuery,
  type SessionResponse,
  type SessionSummary,
} from '@sluitend/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { ActietafelAccessPolicy } from '../../access/actietafel-access.policy';
import type { AuditedAs } from '../../access/case-access.policy';
import type { AuthenticatedUser } from '../../auth/authenticated-user';
import { CaseTimeline } from '../../cases/case-timeline.service';
import { invalidCaseInput } from '../../cases/cases.errors';
import { Clock } from '../../common/time/clock';
import { NotificationsService, type NotificationInput } from '../../notifications/notifications.service';
import { ActietafelSessionEntity } from '../entities/actietafel-session.entity';
import { AgendaItemEntity } from '../entities/agenda-item.entity';
import { SessionInviteeEntity } from '../entities/session-invitee.entity';
import { recordEscalationTransition } from '../escalations/escalation-transition.recorder';
import type {
  PlanSessionDto,
  SessionTransitionDto,
  UpdateAttendanceDto,
  UpdateSessionDto,
} from './dto/session-requests.dto';
import { refreshFollowUps, removeFollowUps } from './follow-up.agenda';
import { SessionGate, type OpenedSession } from './session.gate';
import { SessionLoader } from './session.loader';
import {
  buildMinutes,
  hasScheduledEscalation,
  personRef,
  toInviteeResponse,
  toSessionResponse,
  toSessionSummary,
  type SessionSummaryRow,
} from './session.mapper';
import { discussedEvent, everyoneInvolved, sessionNotifications } from './session-texts';
import {
  escalationChanged,
  escalationTransitionRefused,
  inviteeNotFound,
  sessionChanged,
  sessionHasAgenda,
  sessionTransitionRefused,
} from './sessions.errors';

const AGENDA_READ: AuditedAs = {
  action: 'read',
  resource: 'actietafel-agenda',
  fields: ['subject', 'request', 'attachedPlan', 'summary', 'decisions', 'agreements'],
};

const blank = (text: string | null | undefined): boolean => !text || text.trim() === '';
const trimmedOrNull = (text: string | null | undefined): string | null => text?.trim() || null;

interface PeopleToCheck {
  chairUserId?: string;
  minuteTakerUserId?: string | null;
  invitees?: readonly InviteeRequest[];
}

interface UserFacts {
  id: string;
  active: boolean;
  roles: string[];
  organisation_id: string;
  region_id: string;
}

/**
 * Actietafel sessions: planning by the region's coordinator, the session's life (send-agenda, start, end,
 * cancel: the domain's session rules decide), attendance, and the minutes generated when it ends.
 */
@Injectable()
export class SessionsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly policy: ActietafelAccessPolicy,
    private readonly gate: SessionGate,
    private readonly loader: SessionLoader,
    private readonly timeline: CaseTimeline,
    private readonly notifications: NotificationsService,
    private readonly clock: Clock,
  ) {}

  /** The coordinator plans a session of their own region; follow-ups join its agenda at once. */
  async plan(user: AuthenticatedUser, request: PlanSessionDto): Promise<SessionResponse> {
    const regionId = user.organisation.regionId;
    const id = await this.dataSource.transaction(async (manager) => {
      const errors = [
        ...timeProblems(request.startsAt, request.endsAt),
        ...placeProblems(request.location, request.onlineUrl),
        ...(await this.peopleProblems(manager, regionId, request)),
      ];
      if (errors.length > 0) throw invalidCaseInput(errors);
      const inserted = await manager.insert(ActietafelSessionEntity, {
        regionId,
        state: 'planned',
        startsAt: new Date(request.startsAt),
        endsAt: new Date(request.endsAt),
        location: trimmedOrNull(request.location),
        onlineUrl: trimmedOrNull(request.onlineUrl),
        chairUserId: request.chairUserId,
        minuteTakerUserId: request.minuteTakerUserId ?? null,
        createdBy: user.id,
        version: 1,
      });
      const sessionId = inserted.identifiers[0]['id'] as string;
      if (request.invitees.length > 0)
        await manager.insert(
          SessionInviteeEntity,
          request.invitees.map((invitee) => ({ sessionId, userId: invitee.userId, sector: invitee.sector })),
        );
      await refreshFollowUps(manager, { id: sessionId, regionId });
      await this.recordChange(manager, user, sessionId, { action: 'create', fields: Object.keys(request) });
      return sessionId;
    });
    return this.respond(user, id);
  }

  /**
   * Coordinators see the sessions of their region; everyone else (a chair too) the sessions they chair, take
   * the minutes of or are invited to — the sessions they can open. No case content: no access-log event.
   */
  async list(user: AuthenticatedUser, query: SessionListQuery): Promise<SessionSummary[]> {
    const when = query.when ?? 'upcoming';
    const tableRole = user.roles.includes('actietafel-coordinator');
    const rows: SessionSummaryRow[] = await this.dataSource.query(
      `SELECT s.id, s.state, s.starts_at, s.ends_at, s.location, s.online_url, s.chair_user_id,
              chair.name AS chair_name, s.minute_taker_user_id, s.region_id, s.minutes IS NOT NULL AS has_minutes,
              (SELECT count(*) FROM agenda_item ai WHERE ai.session_id = s.id) AS agenda_item_count,
              EXISTS (SELECT 1 FROM session_invitee si WHERE si.session_id = s.id AND si.user_id = $1) AS invited
         FROM actietafel_session s
         JOIN app_user chair ON chair.id = s.chair_user_id
        WHERE (($3 AND s.region_id = $2)
               OR s.chair_user_id = $1 OR s.minute_taker_user_id = $1
               OR EXISTS (SELECT 1 FROM session_invitee si WHERE si.session_id = s.id AND si.user_id = $1))
          AND ($4 = 'all'
               OR ($4 = 'upcoming' AND s.state NOT IN ('ended', 'cancelled'))
               OR ($4 = 'past' AND s.state IN ('ended', 'cancelled')))
        ORDER BY s.starts_at ${when === 'upcoming' ? 'ASC' : 'DESC'}, s.id
        LIMIT 500`,
      [user.id, user.organisation.regionId, tableRole, when],
    );
    return rows.map((row) =>
      toSessionSummary(
        row,
        sessionPart({
          isRegionCoordinator: this.policy.isRegionCoordinator(user, row.region_id),
          isChair: row.chair_user_id === user.id && user.roles.includes('actietafel-chair'),
          isMinuteTaker: row.minute_taker_user_id === user.id,
          isInvited: row.invited,
        }),
      ),
    );
  }

  /** The session as the viewer may see it; reading its case content is logged first. */
  async get(user: AuthenticatedUser, sessionId: string): Promise<SessionResponse> {
    const opened = await this.gate.open(user, sessionId, AGENDA_READ);
    if (opened.access.content === 'full') {
      const caseIds = await this.loader.agendaCaseIds(this.dataSource.manager, sessionId);
      await this.policy.recordRead(user, caseIds, AGENDA_READ, sessionId);
    }
    return this.respond(user, sessionId, opened);
  }

  /** Time, place and people, while planned or agenda-sent; new people hear of a sent agenda. */
  async update(user: AuthenticatedUser, sessionId: string, request: UpdateSessionDto): Promise<SessionResponse> {
    const as: AuditedAs = { action: 'update', resource: 'actietafel-session', fields: Object.keys(request) };
    await this.dataSource.transaction(async (manager) => {
      const opened = await this.gate.open(user, sessionId, as, manager, 'exclusive');
      await this.gate.requirePlanning(user, opened, as, manager);
      const { session } = opened;
      if (request.version !== session.version) throw sessionChanged(session.version, request.version);
      const current = await manager.findOneByOrFail(ActietafelSessionEntity, { id: sessionId });
      const startsAt = request.startsAt ?? current.startsAt.toISOString();
      const endsAt = request.endsAt ?? current.endsAt.toISOString();
      const location = request.location === undefined ? current.location : request.location;
      const onlineUrl = request.onlineUrl === undefined ? current.onlineUrl : request.onlineUrl;
      const errors = [
        ...timeProblems(startsAt, endsAt),
        ...placeProblems(location, onlineUrl),
        ...(await this.peopleProblems(manager, session.regionId, request)),
      ];
      if (errors.length > 0) throw invalidCaseInput(errors);
      const changes: Partial<ActietafelSessionEntity> = {
        startsAt: new Date(startsAt),
        endsAt: new Date(endsAt),
        location: trimmedOrNull(location),
        onlineUrl: trimmedOrNull(onlineUrl),
      };
      if (request.chairUserId !== undefined) changes.chairUserId = request.chairUserId;
      if (request.minuteTakerUserId !== undefined) changes.minuteTakerUserId = request.minuteTakerUserId;
      await this.updateSession(manager, session, changes);
      const before = new Set(
        (await manager.find(SessionInviteeEntity, { where: { sessionId } })).map((invitee) => invitee.userId),
      );
      if (request.invitees) await this.replaceInvitees(manager, sessionId, request.invitees);
      if (session.state === 'agenda-sent') {
        // Whoever joins after the agenda went out is told as the others were; the rest are not told twice.
        const people = [
          ...(request.invitees?.map((invitee) => invitee.userId) ?? []),
          changes.chairUserId,
          changes.minuteTakerUserId,
        ].filter((userId): userId is string => !!userId && !before.has(userId));
        await this.notifications.notify(
          manager,
          sessionNotifications.agendaSent({ id: sessionId, startsAt: new Date(startsAt) }, people),
        );
      }
      await this.recordChange(manager, user, sessionId, as);
    });
    return this.respond(user, sessionId);
  }

  /**
   * send-agenda, start, end or cancel, as the domain's session rules allow for the viewer's part. The row
   * is locked and its state and version checked again under the lock: of two chairs ending at once one
   * ends the session, the other is told it has ended (409). Everything of a transition is one transaction.
   */
  async transition(
    user: AuthenticatedUser,
    sessionId: string,
    request: SessionTransitionDto,
  ): Promise<SessionResponse> {
    const as: AuditedAs = { action: 'update', resource: 'actietafel-session', fields: ['state'] };
    await this.dataSource.transaction(async (manager) => {
      const opened = await this.gate.open(user, sessionId, as, manager, 'exclusive');
      const { session } = opened;
      const decision = canSessionTransition(session.state, request.transition, opened.access.part);
      if (!decision.allowed)
        return this.gate.refuse(user, opened, as, manager, sessionTransitionRefused(decision, request.transition));
      if (request.version !== session.version) throw sessionChanged(session.version, request.version);
      const now = this.clock.now();
      const changes: Partial<ActietafelSessionEntity> = { state: decision.to };
      let notifications: NotificationInput[] = [];
      switch (request.transition) {
        case 'send-agenda': {
          await refreshFollowUps(manager, session);
          changes.agendaSentAt = now;
          const people = await this.people(manager, sessionId);
          notifications = sessionNotifications.agendaSent(session, everyoneInvolved(people, people.invitees));
          break;
        }
        case 'start':
          changes.startedAt = now;
          break;
        case 'cancel': {
          const items = await this.loader.items(manager, sessionId);
          if (hasScheduledEscalation(items)) throw sessionHasAgenda();
          await removeFollowUps(manager, sessionId);
          break;
        }
        case 'end': {
          const ended = await this.end(manager, user, opened, now);
          changes.endedAt = now;
          changes.endedBy = user.id;
          changes.minutes = ended.minutes;
          notifications = ended.notifications;
          break;
        }
      }
      await this.updateSession(manager, session, changes);
      await this.notifications.notify(manager, notifications);
      await this.recordChange(manager, user, sessionId, as);
    });
    return this.respond(user, sessionId);
  }

  /** Present, absent or a substitute (named): from the sending of the agenda until the session ends. */
  async updateAttendance(
    user: AuthenticatedUser,
    sessionId: string,
    userId: string,
    request: UpdateAttendanceDto,
  ): Promise<InviteeResponse> {
    const as: AuditedAs = { action: 'update', resource: 'session-attendance', fields: Object.keys(request) };
    return this.dataSource.transaction(async (manager) => {
      const opened = await this.gate.open(user, sessionId, as, manager, 'shared');
      await this.gate.requireAttendance(user, opened, as, manager);
      const invitee = await manager.findOne(SessionInviteeEntity, {
        where: { sessionId, userId },
        relations: { user: { organisation: true } },
      });
      if (!invitee) throw inviteeNotFound(userId);
      const substitute = request.attendance === 'substitute';
      if (substitute && blank(request.substituteName))
        throw invalidCaseInput([
          { field: 'substituteName', message: 'substituteName is required when attendance is substitute' },
        ]);
      invitee.attendance = request.attendance;
      invitee.substituteName = substitute ? trimmedOrNull(request.substituteName) : null;
      await manager.update(
        SessionInviteeEntity,
        { sessionId, userId },
        { attendance: invitee.attendance, substituteName: invitee.substituteName },
      );
      return toInviteeResponse(invitee);
    });
  }

  /**
   * Ending: every escalation still scheduled is discussed (the domain decides, with the ender's roles), each
   * case's timeline tells it was discussed, the minutes are generated from what was recorded, and the
   * owners of the agreements and everyone invited are told. In the caller's transaction.
   */
  private async end(
    manager: EntityManager,
    user: AuthenticatedUser,
    opened: OpenedSession,
    now: Date,
  ): Promise<{ minutes: MinutesResponse; notifications: NotificationInput[] }> {
    const { session } = opened;
    const today = this.clock.today();
    // The item still running when the chair ends the meeting is done now: its time counts in the minutes.
    await manager
      .createQueryBuilder()
      .update(AgendaItemEntity)
      .set({ phase: 'discussed', finishedAt: now, version: () => 'version + 1' })
      .where(`session_id = :sessionId AND phase = 'running'`, { sessionId: session.id })
      .execute();
    const before = await this.loader.load(manager, session.id);
    for (const loaded of before.items) {
      const escalation = loaded.item.escalation;
      if (escalation.state === 'scheduled') {
        const decision = canTransition(escalation.state, 'discuss', user.roles, { today });
        if (!decision.allowed) throw escalationTransitionRefused(decision.refusal);
        const applied = await recordEscalationTransition(manager, {
          escalation,
          transition: 'discuss',
          to: decision.to,
          by: user,
          at: now,
          why: null,
        });
        if (!applied) throw escalationChanged();
      }
      await this.timeline.record(manager, discussedEvent(session, user.id, loaded));
    }
    // Read again: the minutes show the escalations as they are after this session.
    const after = await this.loader.load(manager, session.id);
    const minutes = buildMinutes(after, personRef(user), now, today);
    return { minutes, notifications: sessionNotifications.ended(after) };
  }

  /** Applies changes against the version just checked under the lock; anything else is someone else's win. */
  private async updateSession(
    manager: EntityManager,
    session: Pick<ActietafelSessionEntity, 'id' | 'version'>,
    changes: Partial<ActietafelSessionEntity>,
  ): Promise<void> {
    const result = await manager
      .createQueryBuilder()
      .update(ActietafelSessionEntity)
      .set({ ...changes, version: () => 'version + 1' } as never)
      .where('id = :id AND version = :version', { id: session.id, version: session.version })
      .execute();
    if (result.affected !== 1) {
      const current = await manager.findOneByOrFail(ActietafelSessionEntity, { id: session.id });
      throw sessionChanged(current.version, session.version);
    }
  }

  /** The new list as a whole: attendance already noted stays with whoever remains invited. */
  private async replaceInvitees(manager: EntityManager, sessionId: string, invitees: readonly InviteeRequest[]) {
    const existing = await manager.find(SessionInviteeEntity, { where: { sessionId } });
    const wanted = new Map(invitees.map((invitee) => [invitee.userId, invitee]));
    const removed = existing.filter((invitee) => !wanted.has(invitee.userId));
    for (const invitee of removed) await manager.delete(SessionInviteeEntity, { sessionId, userId: invitee.userId });
    for (const invitee of invitees) {
      const kept = existing.find((candidate) => candidate.userId === invitee.userId);
      if (!kept)
        await manager.insert(SessionInviteeEntity, { sessionId, userId: invitee.userId, sector: invitee.sector });
      else if (kept.sector !== invitee.sector)
        await manager.update(SessionInviteeEntity, { sessionId, userId: invitee.userId }, { sector: invitee.sector });
    }
  }

  private async people(manager: EntityManager, sessionId: string) {
    const session = await manager.findOneByOrFail(ActietafelSessionEntity, { id: sessionId });
    const invitees = await manager.find(SessionInviteeEntity, { where: { sessionId } });
    return { chairUserId: session.chairUserId, minuteTakerUserId: session.minuteTakerUserId, invitees };
  }

  /** The chair chairs the region's table; the minute-taker works in the region; both and invitees do case work. */
  private async peopleProblems(manager: EntityManager, regionId: string, people: PeopleToCheck) {
    const ids = [
      people.chairUserId,
      people.minuteTakerUserId,
      ...(people.invitees ?? []).map((invitee) => invitee.userId),
    ].filter((id): id is string => !!id);
    if (ids.length === 0) return [];
    const rows: UserFacts[] = await manager.query(
      `SELECT u.id, u.active, u.roles, u.organisation_id, o.region_id
         FROM app_user u JOIN organisation o ON o.id = u.organisation_id
        WHERE u.id = ANY($1::uuid[])`,
      [ids],
    );
    const users = new Map(rows.map((row) => [row.id, row]));
    const errors: FieldError[] = [];
    if (people.chairUserId) {
      const chair = users.get(people.chairUserId);
      if (!chair?.active || !chair.roles.includes('actietafel-chair') || chair.region_id !== regionId)
        errors.push({ field: 'chairUserId', message: 'chairUserId must be an active actietafel chair of your region' });
    }
    // A session's people read its cases: an admin or privacy officer takes no part (libs/domain role-rules).
    const doesCaseWork = (user: UserFacts | undefined) =>
      !!user?.roles.some((role) => isRole(role) && reachesCaseContent(role));
    if (people.minuteTakerUserId) {
      const minuteTaker = users.get(people.minuteTakerUserId);
      if (!minuteTaker?.active || minuteTaker.region_id !== regionId || !doesCaseWork(minuteTaker))
        errors.push({
          field: 'minuteTakerUserId',
          message: 'minuteTakerUserId must be an active user of your region whose roles do case work',
        });
    }
    (people.invitees ?? []).forEach((invitee, index) => {
      const user = users.get(invitee.userId);
      if (!user?.active || !doesCaseWork(user))
        errors.push({
          field: `invitees.${index}.userId`,
          message: 'each invitee must be an active user whose roles do case work',
        });
    });
    return errors;
  }

  /** The change's access-log event, last in its transaction, naming the cases on the agenda. */
  private async recordChange(
    manager: EntityManager,
    user: AuthenticatedUser,
    sessionId: string,
    as: Omit<AuditedAs, 'resource'> & { resource?: string },
  ): Promise<void> {
    const caseIds = await this.loader.agendaCaseIds(manager, sessionId);
    await this.policy.recordChange(
      user,
      caseIds,
      { action: as.action, resource: as.resource ?? 'actietafel-session', fields: as.fields },
      sessionId,
      manager,
    );
  }

  /** The session as the viewer sees it now; the caller has logged (or transacted) its reading. */
  private async respond(user: AuthenticatedUser, sessionId: string, opened?: OpenedSession): Promise<SessionResponse> {
    const manager = this.dataSource.manager;
    const loaded = await this.loader.load(manager, sessionId);
    const access = opened?.access ?? (await this.policy.forSession(user, loaded.session, manager));
    return toSessionResponse(loaded, { ...access, content: access.content ?? 'outline' }, this.clock.today());
  }
}

function timeProblems(startsAt: string, endsAt: string): FieldError[] {
  return new Date(endsAt).getTime() > new Date(startsAt).getTime()
    ? []
    : [{ field: 'endsAt', message: 'endsAt must be after startsAt' }];
}

function placeProblems(location: string | null | undefined, onlineUrl: string | null | undefined): FieldError[] {
  return blank(location) && blank(onlineUrl)
    ? [{ field: 'location', message: 'give a location, an onlineUrl, or both' }]
    : [];
}
