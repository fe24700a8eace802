import { TRANSITION_TOPICS, type TransitionItem, type TransitionTopic } from './toekomstplan.contract';

/** The professionals' names for the topics; the jongere's plain wording lives in plain-language.ts. */
export const TRANSITION_TOPIC_LABELS: Record<TransitionTopic, string> = {
  housing: 'Wonen',
  income: 'Inkomen (uitkering, toeslagen)',
  'health-insurance': 'Zorgverzekering',
  'care-continuation': 'Vervolg van zorg (verlengde jeugdhulp, Wmo, Zvw)',
  'school-work': 'School of werk',
  legal: 'Juridisch (bewind, mentorschap)',
};

/** Every topic starts open and unowned: the team decides who takes which, not the system. */
export function defaultTransitionChecklist(): TransitionItem[] {
  return TRANSITION_TOPICS.map((topic) => ({ topic, ownerUserId: null, status: 'open', note: '' }));
}

export function transitionProgress(items: readonly TransitionItem[]): { done: number; total: number } {
  return { done: items.filter((item) => item.status === 'done').length, total: items.length };
}
