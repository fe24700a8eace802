import { appendFileSync } from 'node:fs';
import { randomInt } from 'node:crypto';
import { join } from 'node:path';
import { isValidBsn } from '@sluitend/domain';
import { JONGEREN_FILE, type PersonalData } from './personal-data';

/** A jongere made up for one test: a name no other test uses, and a BSN that passes the elfproef. */
export interface Jongere {
  firstName: string;
  lastName: string;
  dateOfBirth: string;
  bsn: string;
}

const FIRST_NAMES = ['Mila', 'Finn', 'Lotte', 'Jens', 'Fenna', 'Bram', 'Noor', 'Sem', 'Isa', 'Thijs', 'Yara', 'Luuk'];
const SYLLABLES = ['ber', 'dal', 'fen', 'gor', 'hul', 'kam', 'lin', 'mor', 'nes', 'pol', 'rik', 'sto', 'ter', 'vel'];

/** Today in the Netherlands, as the API and the web app count days. */
export function today(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(new Date());
}

/** A date of birth well inside the given age, so a test never runs on a birthday boundary. */
export function dateOfBirthAged(years: number): string {
  const date = new Date(`${today()}T12:00:00Z`);
  date.setUTCFullYear(date.getUTCFullYear() - years);
  date.setUTCDate(date.getUTCDate() - 100);
  return date.toISOString().slice(0, 10);
}

export function validBsn(): string {
  for (;;) {
    const digits = [randomInt(1, 10), ...Array.from({ length: 7 }, () => randomInt(0, 10))];
    const check = digits.reduce((sum, digit, index) => sum + digit * (9 - index), 0) % 11;
    if (check === 10) continue;
    const bsn = [...digits, check].join('');
    if (isValidBsn(bsn)) return bsn;
  }
}

/**
 * A new jongere of 17, who decides on consent alone. Every one is written down in the run's
 * directory, so the global teardown can check that none of them reached the API's log.
 */
export function newJongere(): Jongere {
  const syllables = Array.from({ length: 4 }, () => SYLLABLES[randomInt(SYLLABLES.length)]).join('');
  const jongere: Jongere = {
    firstName: FIRST_NAMES[randomInt(FIRST_NAMES.length)],
    lastName: `van ${syllables[0].toUpperCase()}${syllables.slice(1)}`,
    dateOfBirth: dateOfBirthAged(17),
    bsn: validBsn(),
  };
  const runDir = process.env['E2E_RUN_DIR'];
  if (runDir) {
    const record: PersonalData = { ...jongere, source: 'created by a test' };
    appendFileSync(join(runDir, JONGEREN_FILE), `${JSON.stringify(record)}\n`);
  }
  return jongere;
}

export function fullName(jongere: Pick<Jongere, 'firstName' | 'lastName'>): string {
  return `${jongere.firstName} ${jongere.lastName}`;
}
