import { lastDayPastNorm } from './norm-cutoffs';
import {
  amsterdamDayEnd,
  scopeValues,
  submittedInScope,
  type MonitoringQuery,
  type MonitoringQueryInput,
} from './monitoring-query-input';

export interface EscalationsByStateRow {
  state: string;
  count: number;
  past_norm: number;
  longest_days: number;
}

/**
 * Past the norm: waiting for triage since a day on or before the triage cutoff, or accepted and not scheduled
 * since a day on or before the scheduling cutoff (the `pastNorm` filter of the escalation list says the same).
 */
export const PAST_NORM_CONDITION = {
  'triage-waiting': (cutoff: string) => `e.state = 'submitted' AND e.state_since < ${amsterdamDayEnd(cutoff)}`,
  'accepted-unscheduled': (cutoff: string) => `e.state = 'accepted' AND e.state_since < ${amsterdamDayEnd(cutoff)}`,
} as const;

/**
 * Per current state: how many, how many past their norm, and the longest time in the state as whole days
 * elapsed (a day is 86,400 seconds of waiting, whatever the calendar says).
 */
export function escalationsByStateQuery(input: MonitoringQueryInput): MonitoringQuery {
  return {
    text: `
      SELECT e.state,
             count(*)::int AS count,
             count(*) FILTER (WHERE (${PAST_NORM_CONDITION['triage-waiting']('$5')})
                                 OR (${PAST_NORM_CONDITION['accepted-unscheduled']('$6')}))::int AS past_norm,
             floor(extract(epoch FROM ($7::timestamptz - min(e.state_since))) / 86400)::int AS longest_days
        FROM escalation e
       WHERE ${submittedInScope(input)}
       GROUP BY e.state`,
    values: [
      ...scopeValues(input),
      lastDayPastNorm('submitted', input.today),
      lastDayPastNorm('accepted', input.today),
      input.now,
    ],
  };
}
