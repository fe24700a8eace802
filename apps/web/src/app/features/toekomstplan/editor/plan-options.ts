import { ACTION_STATUSES, CARRIERS, CHECKLIST_STATUSES, Carrier, SelfSufficiencyScore } from '@sluitend/domain';
import { RadioOption } from './radio-group-field';

/** The five steps of the Zelfredzaamheid-Matrix, with its Dutch names as labels. */
export const SCORE_OPTIONS: readonly RadioOption<SelfSufficiencyScore>[] = ([1, 2, 3, 4, 5] as const).map((score) => ({
  value: score,
  labelKey: `plan.score.${score}`,
}));

export const CARRIER_OPTIONS: readonly RadioOption<Carrier>[] = CARRIERS.map((carrier) => ({
  value: carrier,
  labelKey: `plan.carrier.${carrier}`,
}));

export const ACTION_STATUS_OPTIONS = ACTION_STATUSES;
export const CHECKLIST_STATUS_OPTIONS = CHECKLIST_STATUSES;
