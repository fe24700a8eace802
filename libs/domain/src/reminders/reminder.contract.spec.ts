import {
  REMINDER_KINDS,
  formatDutchDate,
  parseReminderKey,
  reminderKey,
  reminderTitle,
  type ReminderKind,
} from './reminder.contract';

const ID = '0b6c1f1e-8d2a-4c53-9d3e-3f1f2a4b5c6d';

/** What BullMQ's Job.validateOptions refuses in a custom job id (bullmq 6.7). */
function bullmqRefuses(jobId: string): boolean {
  return `${parseInt(jobId, 10)}` === jobId || (jobId.includes(':') && jobId.split(':').length !== 3);
}

describe('reminderKey', () => {
  it('is kind, subject and due day joined by underscores', () => {
    expect(reminderKey('action-deadline-soon', ID, '2026-03-02')).toBe(`action-deadline-soon_${ID}_2026-03-02`);
  });

  it('is the same for the same reminder, so adding it twice adds one job', () => {
    expect(reminderKey('age-18-birthday', ID, '2027-03-10')).toBe(reminderKey('age-18-birthday', ID, '2027-03-10'));
  });

  it('differs when any of kind, subject or due day differs', () => {
    const base = reminderKey('agreement-deadline-passed', ID, '2026-03-06');
    expect(reminderKey('agreement-overdue-coordinator', ID, '2026-03-06')).not.toBe(base);
    expect(reminderKey('agreement-deadline-passed', 'other-id', '2026-03-06')).not.toBe(base);
    expect(reminderKey('agreement-deadline-passed', ID, '2026-03-07')).not.toBe(base);
  });

  it('never contains ":" and is never a bare integer, so BullMQ accepts it as a custom job id', () => {
    for (const kind of REMINDER_KINDS) {
      const key = reminderKey(kind, ID, '2026-03-02');
      expect(key).not.toContain(':');
      expect(bullmqRefuses(key)).toBe(false);
    }
    expect(bullmqRefuses(reminderKey('age-21', '12345', '2026-03-02'))).toBe(false);
  });

  it('refuses a subject id with ":" or other characters unsafe in a job id or file name', () => {
    for (const subjectId of ['a:b', 'a b', 'a/b', '', '../x', 'ä']) {
      expect(() => reminderKey('case-stagnating', subjectId, '2026-03-02')).toThrow(
        `A reminder subject id holds only letters, digits, '-', '_' and '.': ${JSON.stringify(subjectId)}`,
      );
    }
  });

  it('refuses an unknown kind and an invalid due day', () => {
    expect(() => reminderKey('birthday' as ReminderKind, ID, '2026-03-02')).toThrow('Not a reminder kind: "birthday"');
    expect(() => reminderKey('case-stagnating', ID, '2026-02-30')).toThrow(
      'Not a calendar date as YYYY-MM-DD: "2026-02-30"',
    );
  });
});

describe('parseReminderKey', () => {
  it('gives back the parts of every kind of key, also with underscores in the subject id', () => {
    for (const kind of REMINDER_KINDS) {
      for (const subjectId of [ID, 'a_b_2026-01-01']) {
        expect(parseReminderKey(reminderKey(kind, subjectId, '2026-03-02'))).toEqual({
          kind,
          subjectId,
          dueOn: '2026-03-02',
        });
      }
    }
  });

  it('is null for a job id that is not a reminder key', () => {
    for (const key of [
      '',
      'repeat:abc:123',
      'unknown-kind_x_2026-03-02',
      'age-21_x_2026-02-30',
      'age-21__2026-03-02',
      'age-21_2026-03-02',
      'minutes-ready_x_2026-03-02',
      // The due day must follow its own separator: a subject running straight into a date is no key.
      'age-21_abcX2026-03-02',
      'age-21_abc2026-03-02',
    ]) {
      expect(parseReminderKey(key)).toBeNull();
    }
  });
});

describe('formatDutchDate', () => {
  it('writes the day without a leading zero, the month in Dutch and the year', () => {
    expect(formatDutchDate('2026-03-05')).toBe('5 maart 2026');
    expect(formatDutchDate('2026-12-31')).toBe('31 december 2026');
    expect(formatDutchDate('2024-02-29')).toBe('29 februari 2024');
  });

  it('refuses an invalid date', () => {
    expect(() => formatDutchDate('2026-02-30')).toThrow('Not a calendar date as YYYY-MM-DD: "2026-02-30"');
  });
});

describe('reminderTitle', () => {
  it('has a Dutch title for every kind outside the age clock that names the date it is about', () => {
    for (const kind of REMINDER_KINDS.filter((k) => !k.startsWith('age-'))) {
      const title = reminderTitle(kind, { aboutDate: '2026-03-05' });
      expect(title).toContain('5 maart 2026');
      expect(title.length).toBeGreaterThan(20);
    }
  });

  it('writes the deadline and age titles as a colleague would read them', () => {
    expect(reminderTitle('action-deadline-soon', { aboutDate: '2026-03-05' })).toBe(
      'Een actie moet uiterlijk 5 maart 2026 klaar zijn',
    );
    expect(reminderTitle('agreement-overdue-coordinator', { aboutDate: '2026-03-05', count: 3 })).toBe(
      '3 afspraken in uw regio zijn over de deadline (5 maart 2026)',
    );
    expect(reminderTitle('age-18-birthday', { aboutDate: '2026-03-01' })).toBe(
      'Een jongere wordt 18: bekijk wat nog openstaat',
    );
    expect(reminderTitle('age-18-5-resume-window', { aboutDate: '2026-08-31' })).toBe(
      'Jeugdhulp hervatten kan voor een jongere nog één maand',
    );
    expect(reminderTitle('escalation-triage-waiting', { aboutDate: '2026-03-02', count: 2 })).toBe(
      '2 aanmeldingen voor de Actietafel wachten sinds 2 maart 2026 op triage',
    );
  });

  // Every kind's exact wording, for one reminder and for a digest of three, so no kind can fall through to
  // another's title. The age clock names the age, never a day.
  const TITLES: Record<ReminderKind, [one: string, three: string]> = {
    'action-deadline-soon': [
      'Een actie moet uiterlijk 5 maart 2026 klaar zijn',
      '3 acties moeten uiterlijk 5 maart 2026 klaar zijn',
    ],
    'action-deadline-passed': [
      'De deadline van een actie (5 maart 2026) is verstreken',
      'De deadline van 3 acties (5 maart 2026) is verstreken',
    ],
    'agreement-deadline-soon': [
      'Een afspraak van de Actietafel moet uiterlijk 5 maart 2026 zijn nagekomen',
      '3 afspraken van de Actietafel moeten uiterlijk 5 maart 2026 zijn nagekomen',
    ],
    'agreement-deadline-passed': [
      'Een afspraak van de Actietafel is niet voor de deadline (5 maart 2026) nagekomen',
      '3 afspraken van de Actietafel zijn niet voor de deadline (5 maart 2026) nagekomen',
    ],
    'agreement-overdue-coordinator': [
      'Een afspraak in uw regio is over de deadline (5 maart 2026)',
      '3 afspraken in uw regio zijn over de deadline (5 maart 2026)',
    ],
    'plan-evaluation-soon': [
      'Een toekomstplan wordt op 5 maart 2026 geëvalueerd',
      '3 toekomstplannen worden op 5 maart 2026 geëvalueerd',
    ],
    'age-16-plan-due': [
      'Een jongere wordt 16: er moet een toekomstplan zijn',
      '3 jongeren worden 16: er moet een toekomstplan zijn',
    ],
    'age-16-5-checklist-start': [
      'Een jongere wordt 16½: start de 18-/18+-checklist',
      '3 jongeren worden 16½: start de 18-/18+-checklist',
    ],
    'age-17-5-checklist-open': [
      'Een jongere wordt 17½: bekijk wat op de 18-/18+-checklist nog openstaat',
      '3 jongeren worden 17½: bekijk wat op de 18-/18+-checklist nog openstaat',
    ],
    'age-18-birthday': [
      'Een jongere wordt 18: bekijk wat nog openstaat',
      '3 jongeren worden 18: bekijk wat nog openstaat',
    ],
    'age-18-5-resume-window': [
      'Jeugdhulp hervatten kan voor een jongere nog één maand',
      'Jeugdhulp hervatten kan voor 3 jongeren nog één maand',
    ],
    'age-21': [
      'Een jongere wordt 21: bekijk of de verlengde jeugdhulp doorloopt',
      '3 jongeren worden 21: bekijk of de verlengde jeugdhulp doorloopt',
    ],
    'age-23': [
      'Een jongere wordt 23: de verlengde jeugdhulp eindigt',
      '3 jongeren worden 23: de verlengde jeugdhulp eindigt',
    ],
    'consent-expiring': [
      'Een toestemming is nog geldig tot en met 5 maart 2026',
      '3 toestemmingen zijn nog geldig tot en met 5 maart 2026',
    ],
    'escalation-triage-waiting': [
      'Een aanmelding voor de Actietafel wacht sinds 5 maart 2026 op triage',
      '3 aanmeldingen voor de Actietafel wachten sinds 5 maart 2026 op triage',
    ],
    'case-stagnating': [
      'Een casus is sinds 5 maart 2026 niet veranderd',
      '3 casussen zijn sinds 5 maart 2026 niet veranderd',
    ],
  };

  it.each(REMINDER_KINDS.map((kind) => [kind, ...TITLES[kind]]))(
    'titles %s exactly "%s", and for three "%s"',
    (kind, one, three) => {
      expect(reminderTitle(kind as ReminderKind, { aboutDate: '2026-03-05' })).toBe(one);
      expect(reminderTitle(kind as ReminderKind, { aboutDate: '2026-03-05', count: 1 })).toBe(one);
      expect(reminderTitle(kind as ReminderKind, { aboutDate: '2026-03-05', count: 3 })).toBe(three);
    },
  );

  it('never names a day in an age-clock title, as it would give away the date of birth', () => {
    for (const kind of REMINDER_KINDS.filter((k) => k.startsWith('age-'))) {
      expect(reminderTitle(kind, { aboutDate: '2026-08-31' })).not.toMatch(/2026|augustus|31/);
      expect(reminderTitle(kind, { aboutDate: '2026-08-31', count: 3 })).not.toMatch(/2026|augustus|31/);
    }
  });

  it('counts in the title when one message tells of several reminders', () => {
    for (const kind of REMINDER_KINDS) {
      const title = reminderTitle(kind, { aboutDate: '2026-03-05', count: 4 });
      expect(title).toMatch(/^4 |\b4 /);
      expect(title).not.toBe(reminderTitle(kind, { aboutDate: '2026-03-05' }));
    }
  });

  it('refuses a count below 1 or a fraction, and an invalid date', () => {
    expect(() => reminderTitle('case-stagnating', { aboutDate: '2026-03-05', count: 0 })).toThrow(
      'A title counts 1 or more, got 0',
    );
    expect(() => reminderTitle('case-stagnating', { aboutDate: '2026-03-05', count: 1.5 })).toThrow(
      'A title counts 1 or more, got 1.5',
    );
    expect(() => reminderTitle('case-stagnating', { aboutDate: '5 maart' })).toThrow(RangeError);
  });
});
