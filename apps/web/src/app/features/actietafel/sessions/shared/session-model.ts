import { AgendaItemResponse, InviteeResponse, SessionResponse } from '@sluitend/domain';
import { ErrorTexts } from '../../../../core/http/ui-message';

/** The API's refusals on sessions, in words. */
export const SESSION_ERROR_TEXTS: ErrorTexts = {
  'session-has-agenda': 'actietafel.sessions.errors.hasAgenda',
  'session-changed': 'actietafel.sessions.errors.changed',
  'agenda-item-changed': 'actietafel.sessions.errors.changed',
  'escalation-changed': 'actietafel.sessions.errors.changed',
  'session-not-in-progress': 'actietafel.sessions.errors.notInProgress',
  'session-not-editable': 'actietafel.sessions.errors.notEditable',
  'attendance-not-open': 'actietafel.sessions.errors.attendanceNotOpen',
  'doorzettingsmacht-taken': 'actietafel.sessionMode.decisions.secondDoorzettingsmacht',
  'session-not-found': 'actietafel.sessions.detail.notFound',
  'transition-not-allowed': 'actietafel.sessions.errors.transitionNotAllowed',
  'part-not-allowed': 'actietafel.sessions.errors.partNotAllowed',
  'version-conflict': 'actietafel.sessions.errors.changed',
  409: 'actietafel.sessions.errors.changed',
  404: 'actietafel.sessions.errors.gone',
};

/** The agenda in its order. */
export function sortedAgenda(session: Pick<SessionResponse, 'agenda'> | null): AgendaItemResponse[] {
  return session ? [...session.agenda].sort((a, b) => a.position - b.position) : [];
}

/** The name that heads an item: the jongere's with full content, the reason label in the outline. */
export function itemTitle(item: AgendaItemResponse): string {
  const subject = item.escalation?.subject;
  return subject ? `${subject.firstName} ${subject.lastName}` : item.label;
}

/** The session with one invitee as the API answered it after a change of attendance. */
export function withInvitee(session: SessionResponse | null, invitee: InviteeResponse): SessionResponse | null {
  return session
    ? { ...session, invitees: session.invitees.map((other) => (other.userId === invitee.userId ? invitee : other)) }
    : session;
}

/** The session with one agenda item changed. */
export function withAgendaItem(
  session: SessionResponse | null,
  itemId: string,
  change: (item: AgendaItemResponse) => AgendaItemResponse,
): SessionResponse | null {
  return session
    ? { ...session, agenda: session.agenda.map((item) => (item.id === itemId ? change(item) : item)) }
    : session;
}
