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

const daysSinceSubmission = (column: string) => `extract(epoch FROM ${column} - scoped.submitted_at)::float8 / 86400`;

/**
 * Lead times from submission, in fractional days, over the escalations submitted in the period that reached
 * the stage (an ordered-set aggregate skips the others' nulls). Triage ends at the first accept, return or
 * reject: `triaged_at` holds the accept or reject, a return is only in the transitions. The first session is
 * the earliest start of a session at which the escalation was discussed (its agenda item marked discussed,
 * as ending a session does). Joined as sets, not looked up per escalation: a few thousand escalations
 * in a year made the correlated lookups the dashboard's slowest query.
 */
export function leadTimesQuery(input: MonitoringQueryInput): MonitoringQuery {
  return {
    text: `
      WITH scoped AS (
        SELECT e.id, e.submitted_at, e.triaged_at, e.closed_at
          FROM escalation e
         WHERE ${submittedInScope(input)}
      ), returned AS (
        SELECT t.escalation_id, min(t.at) AS at
          FROM escalation_transition t JOIN scoped ON scoped.id = t.escalation_id
         WHERE t.transition = 'return'
         GROUP BY t.escalation_id
      ), discussed AS (
        SELECT ai.escalation_id, min(s.starts_at) AS at
          FROM agenda_item ai
          JOIN scoped ON scoped.id = ai.escalation_id
          JOIN actietafel_session s ON s.id = ai.session_id
         WHERE ai.phase = 'discussed'
         GROUP BY ai.escalation_id
      ), durations AS (
        SELECT ${daysSinceSubmission('LEAST(scoped.triaged_at, returned.at)')} AS triage_days,
               ${daysSinceSubmission('discussed.at')} AS first_session_days,
               ${daysSinceSubmission('scoped.closed_at')} AS close_days
          FROM scoped
          LEFT JOIN returned ON returned.escalation_id = scoped.id
          LEFT JOIN discussed ON discussed.escalation_id = scoped.id
      )
      SELECT ${summary('triage')},
             ${summary('first_session')},
             ${summary('close')}
        FROM durations`,
    values: scopeValues(input),
  };
}
