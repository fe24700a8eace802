import { addMonths, compareDates, isIsoDate } from './calendar-date';

/** DOMAIN.md: the team and the jongere review the plan at most 6 months ahead. */
export const MAX_EVALUATION_MONTHS = 6;

export type EvaluationDateProblem = 'invalid' | 'in-past' | 'too-far';

/**
 * Null is fine: a new plan often has no evaluation planned yet. The limit is counted with
 * `addMonths`, so from 31 August the last allowed day is the end of February, not early March.
 */
export function evaluationDateProblem(evaluationDate: string | null, today: string): EvaluationDateProblem | null {
  if (evaluationDate === null) return null;
  if (!isIsoDate(evaluationDate)) return 'invalid';
  if (compareDates(evaluationDate, today) < 0) return 'in-past';
  if (compareDates(evaluationDate, addMonths(today, MAX_EVALUATION_MONTHS)) > 0) return 'too-far';
  return null;
}
