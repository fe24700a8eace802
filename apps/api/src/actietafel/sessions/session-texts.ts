import { plainDate, todayInAmsterdam } from '@sluitend/domain';
import type { CaseEventInput } from '../../cases/case-timeline.service';
import type { NotificationInput } from '../../notifications/notifications.service';
import type { LoadedAgendaItem, LoadedSession } from './session.loader';

const ZONE = 'Europe/Amsterdam';
const DAY_MONTH = new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', timeZone: ZONE });
const TIME = new Intl.DateTimeFormat('nl-NL', { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: ZONE });

/** "3 december" (Europe/Amsterdam). */
export const dayAndMonth = (at: Date): string => DAY_MONTH.format(at);

/** "3 december 2026" (Europe/Amsterdam). */
export const fullDate = (at: Date): string => plainDate(todayInAmsterdam(at));

/** "09:30" (Europe/Amsterdam). */
export const clockTime = (at: Date): string => TIME.format(at);

/** "1 afspraak", "2 afspraken". */
export const counted = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

/** The file name of the minutes: the date only, no personal data. */
export const minutesFileName = (startsAt: Date): string => `verslag-actietafel-${todayInAmsterdam(startsAt)}.pdf`;

/** What the case timeline says about a discussion at the table: counts only, never names. */
export function discussedSummary(
  startsAt: Date,
  facts: { decisions: number; doorzettingsmacht: boolean; agreements: number },
): string {
  const decisions = counted(facts.decisions, 'besluit', 'besluiten');
  const breakthrough = facts.doorzettingsmacht ? ' (waarvan één met doorzettingsmacht)' : '';
  const agreements = counted(facts.agreements, 'afspraak', 'afspraken');
  return `Besproken aan de Actietafel van ${fullDate(startsAt)}: ${decisions}${breakthrough}, ${agreements}`;
}

/** The case timeline's entry for an agenda item discussed at the table: counts and ids, never names. */
export function discussedEvent(
  session: { id: string; startsAt: Date },
  actorUserId: string,
  { item, decisions, agreements }: Pick<LoadedAgendaItem, 'item' | 'decisions' | 'agreements'>,
): CaseEventInput {
  return {
    caseId: item.escalation.caseId,
    actorUserId,
    kind: 'actietafel.discussed',
    summary: discussedSummary(session.startsAt, {
      decisions: decisions.length,
      doorzettingsmacht: decisions.some((decision) => decision.doorzettingsmacht),
      agreements: agreements.length,
    }),
    details: {
      sessionId: session.id,
      escalationId: item.escalation.id,
      agendaItemId: item.id,
      kind: item.kind,
      decisionIds: decisions.map((decision) => decision.id),
      agreementIds: agreements.map((agreement) => agreement.id),
    },
  };
}

/** Everyone with a part in the session: the invitees, the chair and the minute-taker (when there is one). */
export function everyoneInvolved(
  session: { chairUserId: string; minuteTakerUserId: string | null },
  invitees: ReadonlyArray<{ userId: string }>,
): string[] {
  return [
    ...invitees.map((invitee) => invitee.userId),
    session.chairUserId,
    ...(session.minuteTakerUserId ? [session.minuteTakerUserId] : []),
  ];
}

/** Notification titles hold no personal data of a jongere: a date and a count at most. */
export const sessionNotifications = {
  agendaSent: (session: { id: string; startsAt: Date }, userIds: Iterable<string>): NotificationInput[] =>
    [...new Set(userIds)].map((userId) => ({
      userId,
      kind: 'session.agenda-sent',
      subjectId: session.id,
      title: `De agenda van de Actietafel van ${dayAndMonth(session.startsAt)} is verstuurd`,
      link: `/actietafel/sessions/${session.id}`,
    })),
  minutesReady: (session: { id: string; startsAt: Date }, userIds: Iterable<string>): NotificationInput[] =>
    [...new Set(userIds)].map((userId) => ({
      userId,
      kind: 'session.minutes-ready',
      subjectId: session.id,
      title: `Het verslag van de Actietafel van ${dayAndMonth(session.startsAt)} staat klaar`,
      link: `/actietafel/sessions/${session.id}/minutes`,
    })),
  agreementsAssigned: (session: { id: string; startsAt: Date }, counts: Map<string, number>): NotificationInput[] =>
    [...counts].map(([userId, count]) => ({
      userId,
      kind: 'agreements.assigned',
      subjectId: session.id,
      title: `U heeft ${counted(count, 'nieuwe afspraak', 'nieuwe afspraken')} uit de Actietafel van ${dayAndMonth(session.startsAt)}`,
      link: '/home',
    })),
  /**
   * When a session ends, every owner hears of their new agreements once: a person directly; for an agreement
   * owned by an organisation, the invitees of that organisation. Everyone involved hears the minutes are ready.
   */
  ended: ({ session, invitees, items }: LoadedSession): NotificationInput[] => {
    const counts = new Map<string, number>();
    const add = (userId: string) => counts.set(userId, (counts.get(userId) ?? 0) + 1);
    for (const agreement of items.flatMap((item) => item.agreements)) {
      if (agreement.ownerUserId) add(agreement.ownerUserId);
      else
        for (const invitee of invitees)
          if (invitee.user.organisationId === agreement.ownerOrganisationId) add(invitee.userId);
    }
    return [
      ...sessionNotifications.agreementsAssigned(session, counts),
      ...sessionNotifications.minutesReady(session, everyoneInvolved(session, invitees)),
    ];
  },
};
