import {
  PLAIN_ACTION_STATUS,
  PLAIN_CARRIER,
  PLAIN_CHECKLIST_STATUS,
  PLAIN_HEADINGS,
  PLAIN_SCORE,
  plainDate,
} from './plain-language';
import { ACTION_STATUSES, CARRIERS, CHECKLIST_STATUSES } from './toekomstplan.contract';

describe('plain language for the jongere (print view and PDF)', () => {
  it('spells out a date with the Dutch month name, without a leading zero on the day', () => {
    expect(plainDate('2026-03-05')).toBe('5 maart 2026');
    expect(plainDate('2027-12-31')).toBe('31 december 2027');
    expect(plainDate('2026-01-01')).toBe('1 januari 2026');
  });

  it.each([
    [1, 'Het gaat nu echt niet goed'],
    [2, 'Het gaat niet goed'],
    [3, 'Het gaat een beetje'],
    [4, 'Het gaat goed'],
    [5, 'Het gaat helemaal goed'],
  ] as const)('says self-sufficiency score %p as %p', (score, text) => {
    expect(PLAIN_SCORE[score]).toBe(text);
  });

  it('has one plain sentence for each self-sufficiency score and no other', () => {
    expect(Object.keys(PLAIN_SCORE)).toEqual(['1', '2', '3', '4', '5']);
  });

  it.each([
    ['own-strength', 'Je doet het zelf'],
    ['network', 'Met hulp van mensen om je heen'],
    ['professional-help', 'Met hulp van een hulpverlener'],
  ] as const)('says who carries a life domain, %p, as %p', (carrier, text) => {
    expect(PLAIN_CARRIER[carrier]).toBe(text);
  });

  it.each([
    ['open', 'Nog niet begonnen'],
    ['in-progress', 'Bezig'],
    ['done', 'Klaar'],
    ['stuck', 'Loopt vast'],
  ] as const)('says action status %p as %p', (status, text) => {
    expect(PLAIN_ACTION_STATUS[status]).toBe(text);
  });

  it.each([
    ['open', 'Nog doen'],
    ['in-progress', 'Bezig'],
    ['done', 'Geregeld'],
  ] as const)('says transition checklist status %p as %p', (status, text) => {
    expect(PLAIN_CHECKLIST_STATUS[status]).toBe(text);
  });

  it('has a plain text for every carrier, action status and checklist status the plan can hold', () => {
    expect(Object.keys(PLAIN_CARRIER).sort()).toEqual([...CARRIERS].sort());
    expect(Object.keys(PLAIN_ACTION_STATUS).sort()).toEqual([...ACTION_STATUSES].sort());
    expect(Object.keys(PLAIN_CHECKLIST_STATUS).sort()).toEqual([...CHECKLIST_STATUSES].sort());
  });

  it('heads the printed plan with the plain B1 Dutch headings the jongere reads', () => {
    expect(PLAIN_HEADINGS).toEqual({
      title: 'Mijn toekomstplan',
      myFuture: 'Mijn toekomst',
      whatIWant: 'Wat ik wil',
      whatIAmGoodAt: 'Waar ik goed in ben',
      whoHelpsMe: 'Wie mij helpt',
      professionalView: 'Wat de hulpverleners zien',
      situation: 'Hoe gaat het nu?',
      wish: 'Wat wil je?',
      score: 'Hoe gaat het?',
      goals: 'Doelen',
      action: 'Wat gaan we doen?',
      owner: 'Wie doet het?',
      deadline: 'Wanneer klaar?',
      evaluation: 'Wanneer kijken we samen weer naar dit plan?',
      transition: 'Klaar voor je 18e verjaardag',
      daysLeft: 'Nog {days} dagen tot je 18e verjaardag',
      noDate: 'Nog niet afgesproken',
    });
  });
});
