import { ageInYears, birthdayAt, isTransitionAge } from '../rules/age';
import { addDays } from '../rules/calendar-date';
import { consentStatus } from '../privacy/consent-rules';
import { isOverdue } from '../toekomstplan/plan-rules';
import { ESCALATION_STATES } from '../actietafel/escalation.contract';
import { REMINDER_KINDS, REMINDER_KIND_RULES, reminderKey, type DerivedReminder } from './reminder.contract';
import {
  ageClockReminders,
  consentExpiryReminders,
  deadlineReminders,
  dueReminders,
  evaluationReminders,
  halfBirthdayAt,
  isDue,
  resumeWindowLastDay,
  stagnationReminder,
  triageWaitingReminder,
  withoutSupersededReminders,
} from './reminder-rules';
import { isWorkingDay, workingDaysBetween } from './working-days';

const ID = '0b6c1f1e-8d2a-4c53-9d3e-3f1f2a4b5c6d';

/** kind → dueOn, to read the age clock at a glance. */
function byKind(reminders: DerivedReminder[]): Record<string, string> {
  return Object.fromEntries(reminders.map((reminder) => [reminder.kind, reminder.dueOn]));
}

describe('deadlineReminders', () => {
  it('reminds the owner of an open action 3 days before the deadline and on the day after it', () => {
    expect(deadlineReminders('action', ID, '2026-03-05', 'open')).toEqual([
      {
        kind: 'action-deadline-soon',
        subjectId: ID,
        dueOn: '2026-03-02',
        recipient: 'owner',
        aboutDate: '2026-03-05',
      },
      {
        kind: 'action-deadline-passed',
        subjectId: ID,
        dueOn: '2026-03-06',
        recipient: 'owner',
        aboutDate: '2026-03-05',
      },
    ]);
  });

  it('puts "passed" on the first day the action counts as overdue, not on the deadline day itself', () => {
    const passed = deadlineReminders('action', ID, '2026-03-05', 'open')[1];
    expect(isOverdue('2026-03-05', 'open', addDays(passed.dueOn, -1))).toBe(false);
    expect(isOverdue('2026-03-05', 'open', passed.dueOn)).toBe(true);
  });

  it('counts across a month, February and a year end', () => {
    expect(byKind(deadlineReminders('action', ID, '2026-03-01', 'open'))).toEqual({
      'action-deadline-soon': '2026-02-26',
      'action-deadline-passed': '2026-03-02',
    });
    expect(byKind(deadlineReminders('action', ID, '2024-03-02', 'open'))['action-deadline-soon']).toBe('2024-02-28');
    expect(byKind(deadlineReminders('action', ID, '2026-12-31', 'open'))['action-deadline-passed']).toBe('2027-01-01');
  });

  it('keeps reminding while an action is in progress or stuck', () => {
    expect(deadlineReminders('action', ID, '2026-03-05', 'in-progress')).toHaveLength(2);
    expect(deadlineReminders('action', ID, '2026-03-05', 'stuck')).toHaveLength(2);
  });

  it('gives nothing for a done action or one without a deadline', () => {
    expect(deadlineReminders('action', ID, '2026-03-05', 'done')).toEqual([]);
    expect(deadlineReminders('action', ID, null, 'open')).toEqual([]);
  });

  it('reminds the owner of an open agreement, and tells the coordinator on the day it is overdue', () => {
    expect(deadlineReminders('agreement', ID, '2026-03-05', 'open')).toEqual([
      {
        kind: 'agreement-deadline-soon',
        subjectId: ID,
        dueOn: '2026-03-02',
        recipient: 'owner',
        aboutDate: '2026-03-05',
      },
      {
        kind: 'agreement-deadline-passed',
        subjectId: ID,
        dueOn: '2026-03-06',
        recipient: 'owner',
        aboutDate: '2026-03-05',
      },
      {
        kind: 'agreement-overdue-coordinator',
        subjectId: ID,
        dueOn: '2026-03-06',
        recipient: 'coordinator',
        aboutDate: '2026-03-05',
      },
    ]);
  });

  it('gives nothing for a done or dropped agreement', () => {
    expect(deadlineReminders('agreement', ID, '2026-03-05', 'done')).toEqual([]);
    expect(deadlineReminders('agreement', ID, '2026-03-05', 'dropped')).toEqual([]);
  });

  it('moves with the deadline: a new deadline gives new due days and so new keys', () => {
    const keys = (deadline: string): string[] =>
      deadlineReminders('agreement', ID, deadline, 'open').map((r) => reminderKey(r.kind, r.subjectId, r.dueOn));
    expect(keys('2026-03-05')).toEqual(keys('2026-03-05'));
    expect(keys('2026-03-12').filter((key) => keys('2026-03-05').includes(key))).toEqual([]);
  });

  it('keeps a reminder whose day has already passed when derived (a deadline set for tomorrow)', () => {
    const soon = deadlineReminders('action', ID, '2026-03-06', 'open')[0];
    expect(soon.dueOn).toBe('2026-03-03');
    expect(isDue(soon, '2026-03-05')).toBe(true);
  });

  it('refuses an invalid deadline and a subject id that cannot be in a job id', () => {
    expect(() => deadlineReminders('action', ID, '2026-02-30', 'open')).toThrow(
      'deadline is not a calendar date as YYYY-MM-DD: "2026-02-30"',
    );
    expect(() => deadlineReminders('action', 'action:1', '2026-03-05', 'open')).toThrow(
      `A reminder subject id holds only letters, digits, '-', '_' and '.': "action:1"`,
    );
    expect(() => deadlineReminders('action', '', '2026-03-05', 'open')).toThrow(RangeError);
  });
});

describe('evaluationReminders', () => {
  it('reminds the casusregisseur 14 days before the evaluation date', () => {
    expect(evaluationReminders(ID, '2026-09-01')).toEqual([
      {
        kind: 'plan-evaluation-soon',
        subjectId: ID,
        dueOn: '2026-08-18',
        recipient: 'casusregisseur',
        aboutDate: '2026-09-01',
      },
    ]);
  });

  it('counts back across a year end', () => {
    expect(evaluationReminders(ID, '2027-01-10')[0].dueOn).toBe('2026-12-27');
  });

  it('gives nothing without an evaluation date and refuses an invalid one', () => {
    expect(evaluationReminders(ID, null)).toEqual([]);
    expect(() => evaluationReminders(ID, '2026-9-1')).toThrow(
      'evaluationDate is not a calendar date as YYYY-MM-DD: "2026-9-1"',
    );
  });
});

describe('ageClockReminders', () => {
  it('reminds the casusregisseur at 16, 16½, 17½, 18, a month before the resume window closes, 21 and 23', () => {
    const reminders = ageClockReminders(ID, '2009-03-10');
    expect(byKind(reminders)).toEqual({
      'age-16-plan-due': '2025-03-10',
      'age-16-5-checklist-start': '2025-09-10',
      'age-17-5-checklist-open': '2026-09-10',
      'age-18-birthday': '2027-03-10',
      'age-18-5-resume-window': '2027-08-10',
      'age-21': '2030-03-10',
      'age-23': '2032-03-10',
    });
    expect(reminders.every((reminder) => reminder.recipient === 'casusregisseur' && reminder.subjectId === ID)).toBe(
      true,
    );
  });

  it('names the birthday itself as the date a birthday reminder is about', () => {
    const reminders = ageClockReminders(ID, '2009-03-10');
    for (const reminder of reminders.filter((r) => r.kind !== 'age-18-5-resume-window')) {
      expect(reminder.aboutDate).toBe(reminder.dueOn);
    }
  });

  it('names the last day of the resume window (the day before 18½) for the resume-window reminder', () => {
    const resume = ageClockReminders(ID, '2009-03-10').find((r) => r.kind === 'age-18-5-resume-window');
    expect(resume?.aboutDate).toBe('2027-09-09');
    expect(resumeWindowLastDay('2009-03-10')).toBe('2027-09-09');
  });

  it('puts the 16th birthday of someone born on 29 February 2008 on 29 February 2024, a leap year', () => {
    expect(byKind(ageClockReminders(ID, '2008-02-29'))['age-16-plan-due']).toBe('2024-02-29');
  });

  it('puts the 18th, 21st and 23rd birthdays of someone born on 29 February on 1 March in non-leap years', () => {
    const clock = byKind(ageClockReminders(ID, '2008-02-29'));
    expect(clock['age-18-birthday']).toBe('2026-03-01');
    expect(clock['age-21']).toBe('2029-03-01');
    expect(clock['age-23']).toBe('2031-03-01');
  });

  it('keeps a 29 February birthday on 29 February in a leap year and moves it to 1 March in another', () => {
    expect(byKind(ageClockReminders(ID, '2004-02-29'))['age-16-plan-due']).toBe('2020-02-29');
    expect(byKind(ageClockReminders(ID, '2004-02-29'))['age-18-birthday']).toBe('2022-03-01');
  });

  it('puts 16½ of someone born on 29 February 2008 on 29 August 2024, six months after a real 29 February', () => {
    expect(byKind(ageClockReminders(ID, '2008-02-29'))['age-16-5-checklist-start']).toBe('2024-08-29');
  });

  it('puts 17½ of someone born on 29 February 2008 on 1 September 2025, six months after the 17th birthday (1 March)', () => {
    expect(birthdayAt('2008-02-29', 17)).toBe('2025-03-01');
    expect(byKind(ageClockReminders(ID, '2008-02-29'))['age-17-5-checklist-open']).toBe('2025-09-01');
    expect(halfBirthdayAt('2008-02-29', 17)).toBe('2025-09-01');
  });

  it('puts the resume window of someone born on 29 February 2008 from 1 March to 31 August 2026', () => {
    const clock = ageClockReminders(ID, '2008-02-29');
    const resume = clock.find((r) => r.kind === 'age-18-5-resume-window');
    expect(resume).toMatchObject({ dueOn: '2026-08-01', aboutDate: '2026-08-31' });
  });

  it('fires the 16½ reminder on the very day isTransitionAge turns true, also for leap-day and month-end births', () => {
    for (const dateOfBirth of ['2009-03-10', '2008-02-29', '2008-08-31', '2009-12-31', '2010-02-28']) {
      const start = byKind(ageClockReminders(ID, dateOfBirth))['age-16-5-checklist-start'];
      expect(isTransitionAge(dateOfBirth, start)).toBe(true);
      expect(isTransitionAge(dateOfBirth, addDays(start, -1))).toBe(false);
    }
  });

  it('fires the birthday reminders on the first day of the new age, as ageInYears counts it', () => {
    for (const dateOfBirth of ['2009-03-10', '2008-02-29', '2008-08-31']) {
      const clock = byKind(ageClockReminders(ID, dateOfBirth));
      for (const [kind, age] of [
        ['age-16-plan-due', 16],
        ['age-18-birthday', 18],
        ['age-21', 21],
        ['age-23', 23],
      ] as const) {
        expect(ageInYears(dateOfBirth, clock[kind])).toBe(age);
        expect(ageInYears(dateOfBirth, addDays(clock[kind], -1))).toBe(age - 1);
      }
    }
  });

  it('clamps half birthdays at a month end: born 31 August 2008, 16½ and 17½ fall on 28 February', () => {
    const clock = ageClockReminders(ID, '2008-08-31');
    expect(byKind(clock)).toMatchObject({
      'age-16-5-checklist-start': '2025-02-28',
      'age-17-5-checklist-open': '2026-02-28',
      'age-18-birthday': '2026-08-31',
      'age-18-5-resume-window': '2027-01-31',
    });
    expect(clock.find((r) => r.kind === 'age-18-5-resume-window')?.aboutDate).toBe('2027-02-27');
  });

  it('keeps milestones that are already past (the api decides whether to drop superseded ones)', () => {
    expect(ageClockReminders(ID, '2004-01-15')).toHaveLength(7);
  });

  it('refuses an invalid date of birth', () => {
    expect(() => ageClockReminders(ID, '2009-02-29')).toThrow(
      'dateOfBirth is not a calendar date as YYYY-MM-DD: "2009-02-29"',
    );
  });
});

describe('consentExpiryReminders', () => {
  it('reminds the casusregisseur 14 days before the last valid day', () => {
    expect(consentExpiryReminders(ID, '2026-06-30', null)).toEqual([
      {
        kind: 'consent-expiring',
        subjectId: ID,
        dueOn: '2026-06-16',
        recipient: 'casusregisseur',
        aboutDate: '2026-06-30',
      },
    ]);
  });

  it('falls while the consent is still active: the last valid day is the day before it expires', () => {
    const [expiring] = consentExpiryReminders(ID, '2026-06-30', null);
    const consent = { givenOn: '2026-01-01', validUntil: '2026-06-30', withdrawnAt: null };
    expect(consentStatus(consent, expiring.dueOn)).toBe('active');
    expect(consentStatus(consent, expiring.aboutDate)).toBe('active');
    expect(consentStatus(consent, addDays(expiring.aboutDate, 1))).toBe('expired');
  });

  it('gives nothing for an open-ended consent or a withdrawn one', () => {
    expect(consentExpiryReminders(ID, null, null)).toEqual([]);
    expect(consentExpiryReminders(ID, '2026-06-30', '2026-03-01T10:00:00.000Z')).toEqual([]);
    expect(consentExpiryReminders(ID, '2026-06-30', new Date('2026-03-01T10:00:00Z'))).toEqual([]);
  });

  it('refuses an invalid last valid day', () => {
    expect(() => consentExpiryReminders(ID, '30-06-2026', null)).toThrow(
      'validUntil is not a calendar date as YYYY-MM-DD: "30-06-2026"',
    );
  });
});

describe('triageWaitingReminder', () => {
  it('reminds the coordinator on the 6th working day after the day of submission (Monday → Tuesday a week later)', () => {
    expect(triageWaitingReminder(ID, '2026-03-02T08:00:00Z', 'submitted')).toEqual([
      {
        kind: 'escalation-triage-waiting',
        subjectId: ID,
        dueOn: '2026-03-10',
        recipient: 'coordinator',
        aboutDate: '2026-03-02',
      },
    ]);
  });

  it('leaves 5 whole working days for triage before the reminder day', () => {
    const [waiting] = triageWaitingReminder(ID, new Date('2026-03-06T15:00:00Z'), 'submitted');
    expect(waiting.dueOn).toBe('2026-03-16');
    expect(workingDaysBetween(waiting.aboutDate, waiting.dueOn)).toBe(6);
    expect(isWorkingDay(waiting.dueOn)).toBe(true);
  });

  it('takes the day of submission in Amsterdam: 00:30 on Monday is Monday, though it is still Sunday in UTC', () => {
    expect(triageWaitingReminder(ID, '2026-03-01T23:30:00Z', 'submitted')[0]).toMatchObject({
      aboutDate: '2026-03-02',
      dueOn: '2026-03-10',
    });
  });

  it('takes the day of submission in Amsterdam in summer time too: 23:30 UTC on 1 July is 2 July', () => {
    expect(triageWaitingReminder(ID, '2026-07-01T22:30:00Z', 'submitted')[0].aboutDate).toBe('2026-07-02');
  });

  it('skips Christmas: submitted Monday 21 December 2026, reminded Wednesday 30 December', () => {
    expect(triageWaitingReminder(ID, '2026-12-21T09:00:00Z', 'submitted')[0].dueOn).toBe('2026-12-30');
  });

  it('skips Tweede Paasdag but counts Goede Vrijdag: submitted Thursday 2 April 2026, reminded Monday 13 April', () => {
    expect(triageWaitingReminder(ID, '2026-04-02T09:00:00Z', 'submitted')[0].dueOn).toBe('2026-04-13');
  });

  it.each(ESCALATION_STATES.filter((state) => state !== 'submitted'))('gives nothing once it is %s', (state) => {
    expect(triageWaitingReminder(ID, '2026-03-02T08:00:00Z', state)).toEqual([]);
  });

  it('refuses an instant that is not one', () => {
    expect(() => triageWaitingReminder(ID, 'yesterday', 'submitted')).toThrow(
      'submittedAt is not a valid instant: "yesterday"',
    );
    expect(() => triageWaitingReminder(ID, 1_772_400_000_000 as unknown as Date, 'submitted')).toThrow(RangeError);
    expect(() => triageWaitingReminder(ID, new Date(Number.NaN), 'submitted')).toThrow(RangeError);
  });
});

describe('stagnationReminder', () => {
  it('reminds the casusregisseur 6 weeks after the last change', () => {
    expect(stagnationReminder(ID, '2026-03-05')).toEqual([
      {
        kind: 'case-stagnating',
        subjectId: ID,
        dueOn: '2026-04-16',
        recipient: 'casusregisseur',
        aboutDate: '2026-03-05',
      },
    ]);
  });

  it('falls on the same weekday 42 days on, across a year end', () => {
    expect(stagnationReminder(ID, '2026-12-01')[0].dueOn).toBe('2027-01-12');
  });

  it('moves with every change: a later change gives a new key', () => {
    const key = (day: string): string => {
      const [r] = stagnationReminder(ID, day);
      return reminderKey(r.kind, r.subjectId, r.dueOn);
    };
    expect(key('2026-03-05')).not.toBe(key('2026-03-06'));
  });

  it('refuses an invalid day', () => {
    expect(() => stagnationReminder(ID, '2026-03-05T10:00:00Z')).toThrow(
      'lastChangeOn is not a calendar date as YYYY-MM-DD: "2026-03-05T10:00:00Z"',
    );
  });
});

describe('the rules together', () => {
  const everything: DerivedReminder[] = [
    ...deadlineReminders('action', ID, '2026-03-05', 'open'),
    ...deadlineReminders('agreement', ID, '2026-03-05', 'open'),
    ...evaluationReminders(ID, '2026-09-01'),
    ...ageClockReminders(ID, '2009-03-10'),
    ...consentExpiryReminders(ID, '2026-06-30', null),
    ...triageWaitingReminder(ID, '2026-03-02T08:00:00Z', 'submitted'),
    ...stagnationReminder(ID, '2026-03-05'),
  ];

  it('derive every kind of reminder', () => {
    expect(new Set(everything.map((reminder) => reminder.kind))).toEqual(new Set(REMINDER_KINDS));
  });

  it('send every kind to the recipient the contract names for it', () => {
    for (const reminder of everything) expect(reminder.recipient).toBe(REMINDER_KIND_RULES[reminder.kind].recipient);
  });

  it('give every reminder its own key', () => {
    const keys = everything.map((reminder) => reminderKey(reminder.kind, reminder.subjectId, reminder.dueOn));
    expect(new Set(keys).size).toBe(everything.length);
  });

  it('are deterministic: deriving twice gives equal reminders', () => {
    expect(ageClockReminders(ID, '2008-02-29')).toEqual(ageClockReminders(ID, '2008-02-29'));
    expect(triageWaitingReminder(ID, '2026-03-02T08:00:00Z', 'submitted')).toEqual(
      triageWaitingReminder(ID, new Date('2026-03-02T08:00:00Z'), 'submitted'),
    );
  });
});

describe('isDue and dueReminders', () => {
  const at = (dueOn: string, kind: DerivedReminder['kind'] = 'case-stagnating'): DerivedReminder => ({
    kind,
    subjectId: ID,
    dueOn,
    recipient: 'casusregisseur',
    aboutDate: dueOn,
  });

  it('is due on its day and every day after, not the day before', () => {
    expect(isDue(at('2026-03-05'), '2026-03-04')).toBe(false);
    expect(isDue(at('2026-03-05'), '2026-03-05')).toBe(true);
    expect(isDue(at('2026-03-05'), '2027-01-01')).toBe(true);
  });

  it('lists the due ones, oldest first, and leaves future ones out', () => {
    const reminders = [at('2026-03-05'), at('2026-03-10'), at('2026-01-01'), at('2026-03-06')];
    expect(dueReminders(reminders, '2026-03-06').map((reminder) => reminder.dueOn)).toEqual([
      '2026-01-01',
      '2026-03-05',
      '2026-03-06',
    ]);
  });

  it('keeps the order of reminders due on the same day and leaves the input alone', () => {
    const reminders = [at('2026-03-05', 'age-21'), at('2026-03-01'), at('2026-03-05', 'case-stagnating')];
    const copy = [...reminders];
    expect(dueReminders(reminders, '2026-03-05').map((reminder) => reminder.kind)).toEqual([
      'case-stagnating',
      'age-21',
      'case-stagnating',
    ]);
    expect(reminders).toEqual(copy);
  });

  it('refuses an invalid day', () => {
    expect(() => isDue(at('2026-03-05'), '2026-3-5')).toThrow(RangeError);
  });
});

describe('withoutSupersededReminders', () => {
  it('keeps only the latest due milestone of the age clock for a case registered at 20, and the future ones', () => {
    const clock = ageClockReminders(ID, '2006-01-15');
    expect(byKind(withoutSupersededReminders(clock, '2026-06-01'))).toEqual({
      'age-18-5-resume-window': '2024-06-15',
      'age-21': '2027-01-15',
      'age-23': '2029-01-15',
    });
  });

  it('drops "deadline soon" once "passed" is due too, but keeps the coordinator\'s reminder', () => {
    const reminders = deadlineReminders('agreement', ID, '2026-03-05', 'open');
    expect(withoutSupersededReminders(reminders, '2026-03-06').map((reminder) => reminder.kind)).toEqual([
      'agreement-deadline-passed',
      'agreement-overdue-coordinator',
    ]);
  });

  it('keeps a due "deadline soon" while "passed" is still to come', () => {
    const reminders = deadlineReminders('action', ID, '2026-03-06', 'open');
    expect(withoutSupersededReminders(reminders, '2026-03-05')).toEqual(reminders);
  });

  it('keeps everything when nothing is due, and never mixes subjects or other kinds', () => {
    const other = 'f0e1d2c3-b4a5-4697-8879-6a5b4c3d2e1f';
    const reminders = [
      ...deadlineReminders('action', ID, '2026-03-05', 'open'),
      ...deadlineReminders('action', other, '2026-03-20', 'open'),
      ...stagnationReminder(ID, '2026-01-01'),
      ...evaluationReminders(ID, '2026-02-01'),
    ];
    expect(withoutSupersededReminders(reminders, '2025-01-01')).toEqual(reminders);
    expect(withoutSupersededReminders(reminders, '2026-03-06').map((r) => `${r.kind} ${r.subjectId}`)).toEqual([
      `action-deadline-passed ${ID}`,
      `action-deadline-soon ${other}`,
      `action-deadline-passed ${other}`,
      `case-stagnating ${ID}`,
      `plan-evaluation-soon ${ID}`,
    ]);
  });

  it('keeps the latest due reminder of a chain, not the last one given, when the reminders come out of order', () => {
    const [soon, passed] = deadlineReminders('action', ID, '2026-03-05', 'open');
    expect(withoutSupersededReminders([passed, soon], '2026-03-06')).toEqual([passed]);
    const clock = ageClockReminders(ID, '2006-01-15');
    const shuffled = [...clock].reverse();
    expect(byKind(withoutSupersededReminders(shuffled, '2026-06-01'))).toEqual({
      'age-23': '2029-01-15',
      'age-21': '2027-01-15',
      'age-18-5-resume-window': '2024-06-15',
    });
    const middleFirst = [clock[2], ...clock.filter((_, index) => index !== 2)];
    expect(withoutSupersededReminders(middleFirst, '2026-06-01')).toEqual(
      withoutSupersededReminders(clock, '2026-06-01'),
    );
  });
});
