import { isTransitionAge } from '../rules/age';
import type { LifeDomainDefinition, ToekomstplanContent } from './toekomstplan.contract';
import { defaultTransitionChecklist } from './transition-checklist';

/**
 * The first version of a plan: every life domain of the region in its order, nothing filled in.
 * The 18-/18+ checklist is only there once the jongere is 16½, as DOMAIN.md asks.
 */
export function emptyToekomstplan(
  lifeDomains: readonly LifeDomainDefinition[],
  dateOfBirth: string,
  today: string,
): ToekomstplanContent {
  return {
    myFuture: { whatIWant: '', whatIAmGoodAt: '', whoHelpsMe: '' },
    professionalView: '',
    domains: lifeDomains.map((definition) => ({
      domain: definition.key,
      situation: '',
      wish: '',
      score: null,
      carriedBy: null,
      goals: [],
    })),
    evaluationDate: null,
    transitionChecklist: isTransitionAge(dateOfBirth, today) ? defaultTransitionChecklist() : [],
  };
}
