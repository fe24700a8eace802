import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The check that the API's log holds no personal data of jongeren. Used by the global teardown,
 * so it imports nothing that only the test workers can resolve (such as '@sluitend/domain').
 */

/** Where the global set-up writes the API server's stdout and stderr, in the run's directory. */
export const API_LOG_FILE = 'api.log';
/** The jongeren the tests made up, one JSON object a line (see newJongere). */
export const JONGEREN_FILE = 'jongeren.jsonl';

export interface PersonalData {
  firstName: string;
  lastName: string;
  bsn?: string | null;
  phone?: string | null;
  email?: string | null;
  /** Where the jongere comes from, for the failure message: the demo data, the database, a test. */
  source: string;
}

export const DEMO_JONGEREN: readonly PersonalData[] = [
  { firstName: 'Noah', lastName: 'de Jong', bsn: '111222333', source: 'demo data' },
  { firstName: 'Sara', lastName: 'El Idrissi', source: 'demo data' },
  { firstName: 'Daan', lastName: 'Verbeek', source: 'demo data' },
  // apps/api/src/seed/demo-actietafel.ts: the jongeren whose escalations show the Actietafel at work.
  { firstName: 'Lieke', lastName: 'van den Berg', source: 'demo data' },
  { firstName: 'Jayden', lastName: 'Mulder', source: 'demo data' },
  { firstName: 'Ilias', lastName: 'Benali', source: 'demo data' },
  { firstName: 'Femke', lastName: 'Willems', source: 'demo data' },
  { firstName: 'Yasmina', lastName: 'Kaya', source: 'demo data' },
  { firstName: 'Ruben', lastName: 'Smits', source: 'demo data' },
  { firstName: 'Milan', lastName: 'Hendriks', source: 'demo data' },
  // apps/api/src/seed/demo-reminders.ts: the jongeren whose 18th and 23rd birthdays show the age clock.
  { firstName: 'Bram', lastName: 'Visser', source: 'demo data' },
  { firstName: 'Naomi', lastName: 'Bos', source: 'demo data' },
  // The 120 jongeren of the demo's Actietafel history (demo-monitoring.ts) come from the run's database.
];

export function recordedJongeren(runDir: string): PersonalData[] {
  const file = join(runDir, JONGEREN_FILE);
  if (!existsSync(file)) return [];
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as PersonalData);
}

interface Term {
  pattern: RegExp;
  /** Names the kind of datum and whose it is, never the value: the failure message is a log too. */
  label: string;
}

function escapeRegExp(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Whole words only, any case: "Sara" matches "sara" and "SARA", never "Sarah" or "Saranda". */
function wordPattern(value: string): RegExp {
  return new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(value)}(?![\\p{L}\\p{N}])`, 'iu');
}

/** Digits that are not part of a longer number (a timestamp, say). */
function numberPattern(value: string): RegExp {
  return new RegExp(`(?<!\\d)${escapeRegExp(value)}(?!\\d)`);
}

function termsOf(people: readonly PersonalData[]): Term[] {
  const terms = new Map<string, Term>();
  const add = (value: string | null | undefined, kind: string, person: PersonalData, numeric = false) => {
    const trimmed = value?.trim() ?? '';
    if (trimmed.length < 3) return;
    const key = `${numeric ? 'n' : 'w'}:${trimmed.toLowerCase()}`;
    if (terms.has(key)) return;
    const label = `${kind} of a jongere (${person.source})`;
    terms.set(key, { pattern: numeric ? numberPattern(trimmed) : wordPattern(trimmed), label });
  };
  for (const person of people) {
    add(`${person.firstName} ${person.lastName}`, 'the full name', person);
    add(person.firstName, 'the first name', person);
    add(person.lastName, 'the last name', person);
    add(person.bsn, 'the BSN', person, true);
    add(person.phone?.replace(/\s+/g, ''), 'the phone number', person, true);
    add(person.email, 'the e-mail address', person);
  }
  return [...terms.values()];
}

export interface LogCheck {
  lines: number;
  terms: number;
  findings: string[];
}

/** Every line of the log against every name, BSN and contact detail; findings are redacted. */
export function findPersonalData(logFile: string, people: readonly PersonalData[]): LogCheck {
  const lines = existsSync(logFile) ? readFileSync(logFile, 'utf8').split('\n') : [];
  if (lines.at(-1) === '') lines.pop();
  const terms = termsOf(people);
  const findings: string[] = [];
  lines.forEach((line, index) => {
    const found = terms.filter((term) => term.pattern.test(line));
    if (found.length === 0) return;
    const redacted = found.reduce(
      (text, term) => text.replace(new RegExp(term.pattern.source, `${term.pattern.flags}g`), '[…]'),
      line,
    );
    findings.push(`line ${index + 1}: ${found.map((term) => term.label).join('; ')}: ${redacted.slice(0, 300)}`);
  });
  return { lines: lines.length, terms: terms.length, findings };
}
