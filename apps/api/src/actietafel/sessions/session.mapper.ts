import {
  DEFAULT_ESCALATION_REASON_LABELS,
  availableSessionTransitions,
  mayRecordSession,
  minutesSpent,
  type AgendaItemResponse,
  type InviteeResponse,
  type MinutesResponse,
  type PersonRef,
  type SessionContentAccess,
  type SessionPart,
  type SessionResponse,
  type SessionSummary,
} from '@sluitend/domain';
import type { SessionAccessDecision } from '../../access/actietafel-access.policy';
import type { UserEntity } from '../../users/entities/user.entity';
import { toAgreementResponse, toDecisionResponse } from '../agreements/agreement.mapper';
import type { EscalationEntity } from '../entities/escalation.entity';
import type { SessionInviteeEntity } from '../entities/session-invitee.entity';
import { toEscalationSubject } from '../escalations/escalation-subject';
import { toAttachedPlan, toEscalationRequestContent } from '../escalations/escalation.mapper';
import type { LoadedAgendaItem, LoadedSession } from './session.loader';

export const personRef = (user: Pick<UserEntity, 'id' | 'name'>): PersonRef => ({ userId: user.id, name: user.name });

/** The reason of an escalation without personal data: what the outline view shows. */
export function reasonLabel(reasonCode: string | null): string {
  if (reasonCode === null) return DEFAULT_ESCALATION_REASON_LABELS.other;
  return (DEFAULT_ESCALATION_REASON_LABELS as Record<string, string>)[reasonCode] ?? reasonCode;
}

/** Expects user → organisation to be loaded. */
export function toInviteeResponse(invitee: SessionInviteeEntity): InviteeResponse {
  return {
    userId: invitee.userId,
    sector: invitee.sector,
    name: invitee.user.name,
    organisationId: invitee.user.organisationId,
    organisationName: invitee.user.organisation.name,
    attendance: invitee.attendance,
    substituteName: invitee.substituteName,
  };
}

/** In the outline view an item shows its place, time box, reason and urgency: nothing about the jongere. */
export function toAgendaItemResponse(
  loaded: LoadedAgendaItem,
  content: SessionContentAccess,
  today: string,
): AgendaItemResponse {
  const { item } = loaded;
  const escalation: EscalationEntity = item.escalation;
  const full = content === 'full';
  return {
    id: item.id,
    position: item.position,
    kind: item.kind,
    escalationId: item.escalationId,
    minutesPlanned: item.minutesPlanned,
    phase: item.phase,
    startedAt: item.startedAt?.toISOString() ?? null,
    finishedAt: item.finishedAt?.toISOString() ?? null,
    label: reasonLabel(escalation.reasonCode),
    urgency: escalation.urgency,
    escalation: full
      ? {
          id: escalation.id,
          caseId: escalation.caseId,
          state: escalation.state,
          subject: toEscalationSubject(escalation.case),
          request: toEscalationRequestContent(escalation),
          ladderLevel: escalation.ladderLevel,
          attachedPlan: toAttachedPlan(escalation),
          earlierAgreements: loaded.earlierAgreements.map((agreement) => toAgreementResponse(agreement, today)),
        }
      : null,
    summary: full ? item.summary : null,
    decisions: full ? loaded.decisions.map(toDecisionResponse) : [],
    agreements: full ? loaded.agreements.map((agreement) => toAgreementResponse(agreement, today)) : [],
    version: item.version,
  };
}

/** Cancelling is refused while a scheduled escalation is on the agenda, so it is not offered then. */
export function hasScheduledEscalation(items: readonly LoadedAgendaItem[]): boolean {
  return items.some(({ item }) => item.escalation.state === 'scheduled');
}

export function toSessionResponse(
  loaded: LoadedSession,
  access: SessionAccessDecision & { content: SessionContentAccess },
  today: string,
): SessionResponse {
  const { session, invitees, items } = loaded;
  const blocked = hasScheduledEscalation(items);
  return {
    id: session.id,
    regionId: session.regionId,
    state: session.state,
    startsAt: session.startsAt.toISOString(),
    endsAt: session.endsAt.toISOString(),
    location: session.location,
    onlineUrl: session.onlineUrl,
    chair: personRef(session.chair),
    minuteTaker: session.minuteTaker ? personRef(session.minuteTaker) : null,
    invitees: invitees.map(toInviteeResponse),
    agenda: items.map((item) => toAgendaItemResponse(item, access.content, today)),
    myPart: access.part,
    contentAccess: access.content,
    viewWindow: { from: access.window.from?.toISOString() ?? null, until: access.window.until.toISOString() },
    availableTransitions: availableSessionTransitions(session.state, access.part).filter(
      (transition) => !(transition === 'cancel' && blocked),
    ),
    canRecord: mayRecordSession(access.part, session.state),
    agendaSentAt: session.agendaSentAt?.toISOString() ?? null,
    startedAt: session.startedAt?.toISOString() ?? null,
    endedAt: session.endedAt?.toISOString() ?? null,
    endedBy: session.ender ? personRef(session.ender) : null,
    hasMinutes: session.minutes !== null,
    version: session.version,
  };
}

/** One row of a session list: the facts come from one query (SessionsService.list). */
export interface SessionSummaryRow {
  id: string;
  state: SessionSummary['state'];
  starts_at: Date;
  ends_at: Date;
  location: string | null;
  online_url: string | null;
  chair_user_id: string;
  chair_name: string;
  minute_taker_user_id: string | null;
  region_id: string;
  agenda_item_count: string | number;
  has_minutes: boolean;
  invited: boolean;
}

export function toSessionSummary(row: SessionSummaryRow, part: SessionPart | null): SessionSummary {
  return {
    id: row.id,
    state: row.state,
    startsAt: row.starts_at.toISOString(),
    endsAt: row.ends_at.toISOString(),
    location: row.location,
    onlineUrl: row.online_url,
    chair: { userId: row.chair_user_id, name: row.chair_name },
    agendaItemCount: Number(row.agenda_item_count),
    myPart: part,
    hasMinutes: row.has_minutes,
  };
}

/** The minutes as they stand when the session ends: stored with the session and never changed afterwards. */
export function buildMinutes(
  loaded: LoadedSession,
  endedBy: PersonRef,
  generatedAt: Date,
  today: string,
): MinutesResponse {
  const { session, invitees, items } = loaded;
  return {
    sessionId: session.id,
    startsAt: session.startsAt.toISOString(),
    endsAt: session.endsAt.toISOString(),
    location: session.location,
    onlineUrl: session.onlineUrl,
    chair: personRef(session.chair),
    minuteTaker: session.minuteTaker ? personRef(session.minuteTaker) : null,
    attendance: invitees.map((invitee) => ({
      name: invitee.user.name,
      organisationName: invitee.user.organisation.name,
      sector: invitee.sector,
      attendance: invitee.attendance,
      substituteName: invitee.substituteName,
    })),
    items: items.map(({ item, decisions, agreements }) => ({
      position: item.position,
      kind: item.kind,
      escalationId: item.escalationId,
      caseId: item.escalation.caseId,
      subject: toEscalationSubject(item.escalation.case),
      question: item.escalation.question,
      minutesPlanned: item.minutesPlanned,
      minutesSpent: minutesSpent(item.startedAt, item.finishedAt),
      summary: item.summary,
      decisions: decisions.map(toDecisionResponse),
      agreements: agreements.map((agreement) => toAgreementResponse(agreement, today)),
    })),
    generatedAt: generatedAt.toISOString(),
    endedBy,
  };
}
