import { isIsoDate } from '../rules/calendar-date';
import { dutchMonthName } from '../rules/dutch-months';

/**
 * The kinds of reminder (issue 6, DOMAIN.md "Reminders"). Each is derived from the data by the rules in
 * reminder-rules.ts, never entered by hand. The keys are stored (outbox, job ids) and must never change.
 *
 * A session's agenda sent and its minutes ready are not among them: those are events, not timed
 * reminders. They are written as notifications (kinds `session.agenda-sent` and `session.minutes-ready`)
 * in the very transaction of the event, which is the outbox guarantee, shown in-app at once and mailed
 * through the notification mail outbox like every notification.
 */
export const REMINDER_KINDS = [
  'action-deadline-soon',
  'action-deadline-passed',
  'agreement-deadline-soon',
  'agreement-deadline-passed',
  'agreement-overdue-coordinator',
  'plan-evaluation-soon',
  'age-16-plan-due',
  'age-16-5-checklist-start',
  'age-17-5-checklist-open',
  'age-18-birthday',
  'age-18-5-resume-window',
  'age-21',
  'age-23',
  'consent-expiring',
  'escalation-triage-waiting',
  'case-stagnating',
] as const;
export type ReminderKind = (typeof REMINDER_KINDS)[number];

/**
 * Who is reminded, resolved to people by the api when it plans: the owner of the action or agreement,
 * the Actietafel coordinator(s) of the region, the casusregisseur of the case.
 */
export const REMINDER_RECIPIENTS = ['owner', 'coordinator', 'casusregisseur'] as const;
export type ReminderRecipient = (typeof REMINDER_RECIPIENTS)[number];

/** The thing a reminder is about, which the link of the notification leads to. */
export type ReminderSubjectType = 'action' | 'agreement' | 'case' | 'consent' | 'escalation';

/** Each kind's recipient and subject, fixed: the rules derive exactly these. */
export const REMINDER_KIND_RULES: Record<ReminderKind, { recipient: ReminderRecipient; subject: ReminderSubjectType }> =
  {
    'action-deadline-soon': { recipient: 'owner', subject: 'action' },
    'action-deadline-passed': { recipient: 'owner', subject: 'action' },
    'agreement-deadline-soon': { recipient: 'owner', subject: 'agreement' },
    'agreement-deadline-passed': { recipient: 'owner', subject: 'agreement' },
    'agreement-overdue-coordinator': { recipient: 'coordinator', subject: 'agreement' },
    'plan-evaluation-soon': { recipient: 'casusregisseur', subject: 'case' },
    'age-16-plan-due': { recipient: 'casusregisseur', subject: 'case' },
    'age-16-5-checklist-start': { recipient: 'casusregisseur', subject: 'case' },
    'age-17-5-checklist-open': { recipient: 'casusregisseur', subject: 'case' },
    'age-18-birthday': { recipient: 'casusregisseur', subject: 'case' },
    'age-18-5-resume-window': { recipient: 'casusregisseur', subject: 'case' },
    'age-21': { recipient: 'casusregisseur', subject: 'case' },
    'age-23': { recipient: 'casusregisseur', subject: 'case' },
    'consent-expiring': { recipient: 'casusregisseur', subject: 'consent' },
    'escalation-triage-waiting': { recipient: 'coordinator', subject: 'escalation' },
    'case-stagnating': { recipient: 'casusregisseur', subject: 'case' },
  };

/**
 * One reminder as the rules derive it. `dueOn` is the Dutch calendar day (Europe/Amsterdam) on which it
 * is due; the api decides the hour of that day it is sent. `aboutDate` is the day the reminder is about
 * (the deadline, the evaluation date, the birthday, the last valid day of a consent, the day of
 * submission or of the last change), for the title: the title never needs the
 * subject itself, so it carries no personal data.
 */
export interface DerivedReminder {
  kind: ReminderKind;
  subjectId: string;
  dueOn: string;
  recipient: ReminderRecipient;
  aboutDate: string;
}

/**
 * An id holds only letters, digits, '-', '_' and '.': safe in a BullMQ job id, a Redis key, a URL and a
 * file name (the mail files under `.data/mail/`). UUIDs, which every Sluitend id is, pass.
 */
const SUBJECT_ID = /^[A-Za-z0-9._-]{1,200}$/;

export function isReminderSubjectId(value: unknown): value is string {
  return typeof value === 'string' && SUBJECT_ID.test(value);
}

/** The separator in a key. Kinds never contain it and a due date is always the last 10 characters. */
const KEY_SEPARATOR = '_';

/**
 * The deterministic id of a reminder's job: kind, subject and due day, e.g.
 * `action-deadline-soon_0b6c…_2026-03-02`. Adding it twice (a relay that retries, a reconciler that
 * finds it again) adds one job. A moved deadline gives a new due day and so a new key; the old one is
 * cancelled by the api.
 *
 * No ':' in it: BullMQ refuses a custom job id with ':' ("Custom Id cannot contain :", Job.validateOptions;
 * the only exception is exactly three ':'-separated parts, kept for old repeatable jobs) because ':' is
 * its Redis key separator (docs.bullmq.io/guide/jobs/job-ids: "use a different value, for example -, _").
 * It also refuses an id that is a whole integer; a key always starts with the kind, a word.
 */
export function reminderKey(kind: ReminderKind, subjectId: string, dueOn: string): string {
  if (!(REMINDER_KINDS as readonly string[]).includes(kind))
    throw new RangeError(`Not a reminder kind: ${JSON.stringify(kind)}`);
  if (!isReminderSubjectId(subjectId))
    throw new RangeError(
      `A reminder subject id holds only letters, digits, '-', '_' and '.': ${JSON.stringify(subjectId)}`,
    );
  if (!isIsoDate(dueOn)) throw new RangeError(`Not a calendar date as YYYY-MM-DD: ${JSON.stringify(dueOn)}`);
  return `${kind}${KEY_SEPARATOR}${subjectId}${KEY_SEPARATOR}${dueOn}`;
}

/** The parts of a key made by `reminderKey`, or null when it is not one (e.g. a job id from elsewhere). */
export function parseReminderKey(key: string): { kind: ReminderKind; subjectId: string; dueOn: string } | null {
  const kindEnd = key.indexOf(KEY_SEPARATOR);
  const dueStart = key.length - 10;
  // Stryker disable next-line ConditionalExpression,EqualityOperator,ArithmeticOperator,LogicalOperator: the first two tests are implied by the checks below (no '_' or one in the last 10 characters leaves an unknown kind, an empty subject or a date holding '_'), so loosening them changes no result; the separator test itself is pinned by 'age-21_abcX2026-03-02'
  if (kindEnd < 0 || dueStart - 1 <= kindEnd || key[dueStart - 1] !== KEY_SEPARATOR) return null;
  const kind = key.slice(0, kindEnd);
  const subjectId = key.slice(kindEnd + 1, dueStart - 1);
  const dueOn = key.slice(dueStart);
  if (!(REMINDER_KINDS as readonly string[]).includes(kind) || !isReminderSubjectId(subjectId) || !isIsoDate(dueOn))
    return null;
  return { kind: kind as ReminderKind, subjectId, dueOn };
}

/** '2026-03-05' as '5 maart 2026', the same on every machine (no Intl locale data involved). */
export function formatDutchDate(date: string): string {
  if (!isIsoDate(date)) throw new RangeError(`Not a calendar date as YYYY-MM-DD: ${JSON.stringify(date)}`);
  return `${Number(date.slice(8, 10))} ${dutchMonthName(Number(date.slice(5, 7)))} ${Number(date.slice(0, 4))}`;
}

/** What a title may say: how many (for a digest of several of one kind) and the day they are about. */
export interface ReminderTitleFacts {
  /** 1 unless several reminders of one kind and day are told in one message. */
  count?: number;
  /** The reminder's `aboutDate`. */
  aboutDate: string;
}

/**
 * The Dutch title of a reminder, for the bell and the subject of an e-mail. It is built from a count and
 * a date only, so it cannot hold personal data of a jongere: the link leads to the page where the
 * access rules decide what the reader sees.
 */
export function reminderTitle(kind: ReminderKind, facts: ReminderTitleFacts): string {
  const count = facts.count ?? 1;
  if (!Number.isInteger(count) || count < 1) throw new RangeError(`A title counts 1 or more, got ${count}`);
  const date = formatDutchDate(facts.aboutDate);
  const one = count === 1;
  // The age clock's titles name no day: the day of a birthday, or of the end of the resume window, is the
  // jongere's date of birth in disguise, and a mail may hold no personal data beyond a first name.
  const jongeren = one ? 'Een jongere wordt' : `${count} jongeren worden`;
  switch (kind) {
    case 'action-deadline-soon':
      return one
        ? `Een actie moet uiterlijk ${date} klaar zijn`
        : `${count} acties moeten uiterlijk ${date} klaar zijn`;
    case 'action-deadline-passed':
      return one
        ? `De deadline van een actie (${date}) is verstreken`
        : `De deadline van ${count} acties (${date}) is verstreken`;
    case 'agreement-deadline-soon':
      return one
        ? `Een afspraak van de Actietafel moet uiterlijk ${date} zijn nagekomen`
        : `${count} afspraken van de Actietafel moeten uiterlijk ${date} zijn nagekomen`;
    case 'agreement-deadline-passed':
      return one
        ? `Een afspraak van de Actietafel is niet voor de deadline (${date}) nagekomen`
        : `${count} afspraken van de Actietafel zijn niet voor de deadline (${date}) nagekomen`;
    case 'agreement-overdue-coordinator':
      return one
        ? `Een afspraak in uw regio is over de deadline (${date})`
        : `${count} afspraken in uw regio zijn over de deadline (${date})`;
    case 'plan-evaluation-soon':
      return one
        ? `Een toekomstplan wordt op ${date} geëvalueerd`
        : `${count} toekomstplannen worden op ${date} geëvalueerd`;
    case 'age-16-plan-due':
      return `${jongeren} 16: er moet een toekomstplan zijn`;
    case 'age-16-5-checklist-start':
      return `${jongeren} 16½: start de 18-/18+-checklist`;
    case 'age-17-5-checklist-open':
      return `${jongeren} 17½: bekijk wat op de 18-/18+-checklist nog openstaat`;
    case 'age-18-birthday':
      return `${jongeren} 18: bekijk wat nog openstaat`;
    case 'age-18-5-resume-window':
      return one
        ? `Jeugdhulp hervatten kan voor een jongere nog één maand`
        : `Jeugdhulp hervatten kan voor ${count} jongeren nog één maand`;
    case 'age-21':
      return `${jongeren} 21: bekijk of de verlengde jeugdhulp doorloopt`;
    case 'age-23':
      return `${jongeren} 23: de verlengde jeugdhulp eindigt`;
    case 'consent-expiring':
      return one
        ? `Een toestemming is nog geldig tot en met ${date}`
        : `${count} toestemmingen zijn nog geldig tot en met ${date}`;
    case 'escalation-triage-waiting':
      return one
        ? `Een aanmelding voor de Actietafel wacht sinds ${date} op triage`
        : `${count} aanmeldingen voor de Actietafel wachten sinds ${date} op triage`;
    case 'case-stagnating':
      return one ? `Een casus is sinds ${date} niet veranderd` : `${count} casussen zijn sinds ${date} niet veranderd`;
  }
}
