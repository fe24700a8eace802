import type { ActionStatus, Carrier, ChecklistStatus, SelfSufficiencyScore } from './toekomstplan.contract';
import { dutchMonthName } from '../rules/dutch-months';

/**
 * The plan as the jongere reads it: plain Dutch at language level B1, in the second person.
 * Used for the printed plan and its PDF, so both say exactly the same.
 */
export const PLAIN_SCORE: Record<SelfSufficiencyScore, string> = {
  1: 'Het gaat nu echt niet goed',
  2: 'Het gaat niet goed',
  3: 'Het gaat een beetje',
  4: 'Het gaat goed',
  5: 'Het gaat helemaal goed',
};

export const PLAIN_CARRIER: Record<Carrier, string> = {
  'own-strength': 'Je doet het zelf',
  network: 'Met hulp van mensen om je heen',
  'professional-help': 'Met hulp van een hulpverlener',
};

export const PLAIN_ACTION_STATUS: Record<ActionStatus, string> = {
  open: 'Nog niet begonnen',
  'in-progress': 'Bezig',
  done: 'Klaar',
  stuck: 'Loopt vast',
};

export const PLAIN_CHECKLIST_STATUS: Record<ChecklistStatus, string> = {
  open: 'Nog doen',
  'in-progress': 'Bezig',
  done: 'Geregeld',
};

export const PLAIN_HEADINGS = {
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
} as const;

/** 2026-03-05 → "5 maart 2026": dates spelled out read easier than numbers. */
export function plainDate(isoDate: string): string {
  const [year, month, day] = isoDate.split('-').map(Number);
  return `${day} ${dutchMonthName(month)} ${year}`;
}
