import {
  scopeValues,
  submittedInScope,
  type MonitoringQuery,
  type MonitoringQueryInput,
} from './monitoring-query-input';

/** Per stage (triage, first_session, close): how many reached it, and the median and p90 in days. */
export interface LeadTimesRow {
  triage_count: number;
  triage_median: number | null;
  triage_p90: number | null;
  first_session_count: number;
  first_session_median: number | null;
  first_session_p90: number | null;
  close_count: number;
  close_median: number | null;
  close_p90: number | null;
}

const summary = (stage: string) => `count(${stage}_days)::int AS ${stage}_count,
             percentile_cont(0.5) WITHIN GROUP (ORDER BY ${stage}_days) AS ${stage}_median,
             percentile_cont(0.9) WITHIN GROUP (ORDER BY ${stage}_days) AS ${stage}_p90`;

const daysSinceSubmission = (column: string) => `extract(epoch FROM ${column} - e.submitted_at)::float8 / 86400`;

/**
 * Lead times from submission, in fractional days, over the escalations submitted in the period that reached
 * the stage (an ordered-set aggregate skips the others' nulls). Triage ends at the first accept, return or
 * reject (`first_triage_at`); the first session is the earliest start of a session at which the escalation was
 * discussed (`first_session_at`). Both are kept on the escalation by triggers (migration
 * 1763970000000-monitoring), so this reads the covering period index only: joining the transitions and
 * agenda items per escalation made this the dashboard's slowest query.
 */
export function leadTimesQuery(input: MonitoringQueryInput): MonitoringQuery {
  return {
    text: `
      WITH durations AS (
        SELECT ${daysSinceSubmission('e.first_triage_at')} AS triage_days,
               ${daysSinceSubmission('e.first_session_at')} AS first_session_days,
               ${daysSinceSubmission('e.closed_at')} AS close_days
          FROM escalation e
         WHERE ${submittedInScope(input)}
      )
      SELECT ${summary('triage')},
             ${summary('first_session')},
             ${summary('close')}
        FROM durations`,
    values: scopeValues(input),
  };
}
