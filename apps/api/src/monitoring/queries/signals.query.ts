import type { MonitoringSignal } from '@sluitend/domain';
import { signalCutoffs } from './norm-cutoffs';
import { amsterdamMidnight, type MonitoringQuery, type MonitoringQueryInput } from './monitoring-query-input';

export interface SignalsRow {
  sixteen_plus_without_plan: number;
  turning_eighteen_open_checklist: number;
  stagnating: number;
}

/**
 * The day boundaries of the signals ($3…$6 of `signalValues`) as one row, `cutoff`, to cross join: a query
 * about one signal still gives every parameter its type.
 */
export const SIGNAL_CUTOFFS = `(SELECT $3::date AS sixteen_born_by, $4::date AS eighteen_born_after,
         $5::date AS eighteen_within_year_born_by,
         ${amsterdamMidnight('$6')} AS stagnant_before) AS cutoff`;

/**
 * Each signal as a condition on `c` (case_file) and `cutoff` (SIGNAL_CUTOFFS). The toekomstplan and its
 * checklist are read from columns kept with every saved version (`has_toekomstplan`, `checklist_open`), so no
 * plan's jsonb is parsed here.
 */
export const SIGNAL_CONDITION: Record<MonitoringSignal, string> = {
  'sixteen-plus-without-plan': `c.date_of_birth <= cutoff.sixteen_born_by AND NOT c.has_toekomstplan`,
  'turning-eighteen-open-checklist': `c.date_of_birth > cutoff.eighteen_born_after
         AND c.date_of_birth <= cutoff.eighteen_within_year_born_by AND c.checklist_open`,
  stagnating: `c.last_activity_at < cutoff.stagnant_before`,
};

/**
 * The open cases of the municipalities ($2) that are the region's ($1); the period does not apply. The
 * municipalities are checked once (an InitPlan), and the array is the condition of the partial indexes.
 */
export const OPEN_CASE_IN_SCOPE = `c.status = 'open' AND c.municipality_id = ANY(ARRAY(
           SELECT m.id FROM municipality m WHERE m.region_id = $1 AND m.id = ANY($2::uuid[])))`;

export function signalValues(input: Pick<MonitoringQueryInput, 'regionId' | 'municipalityIds' | 'today'>): unknown[] {
  const cutoffs = signalCutoffs(input.today);
  return [
    input.regionId,
    input.municipalityIds,
    cutoffs.sixteenBornOnOrBefore,
    cutoffs.eighteenBornAfter,
    cutoffs.eighteenWithinYearBornOnOrBefore,
    cutoffs.stagnantBefore,
  ];
}

/**
 * The three signals about jongeren, counted over the open cases as of today: each count a range of its own
 * partial index (migration 1763970000000-monitoring), not a pass over every open case.
 */
export function signalsQuery(input: MonitoringQueryInput): MonitoringQuery {
  const count = (signal: MonitoringSignal) =>
    `(SELECT count(*)::int FROM case_file c WHERE ${OPEN_CASE_IN_SCOPE} AND ${SIGNAL_CONDITION[signal]})`;
  return {
    text: `
      SELECT ${count('sixteen-plus-without-plan')} AS sixteen_plus_without_plan,
             ${count('turning-eighteen-open-checklist')} AS turning_eighteen_open_checklist,
             ${count('stagnating')} AS stagnating
        FROM ${SIGNAL_CUTOFFS}`,
    values: signalValues(input),
  };
}
