import {
  closedInScope,
  scopeValues,
  submittedInScope,
  type MonitoringQuery,
  type MonitoringQueryInput,
} from './monitoring-query-input';

export interface ThroughputRow {
  kind: 'submitted' | 'closed';
  /** YYYY-MM in Amsterdam. */
  month: string;
  outcome: string | null;
  count: number;
}

/** Submitted per month of submission, and closed per month of closing and outcome, both inside the period. */
export function throughputQuery(input: MonitoringQueryInput): MonitoringQuery {
  return {
    text: `
      SELECT 'submitted' AS kind, to_char(e.submitted_at AT TIME ZONE 'Europe/Amsterdam', 'YYYY-MM') AS month,
             NULL::varchar AS outcome, count(*)::int AS count
        FROM escalation e
       WHERE ${submittedInScope(input)}
       GROUP BY 2
      UNION ALL
      SELECT 'closed', to_char(e.closed_at AT TIME ZONE 'Europe/Amsterdam', 'YYYY-MM'), e.outcome, count(*)::int
        FROM escalation e
       WHERE ${closedInScope(input)}
       GROUP BY 2, 3`,
    values: scopeValues(input),
  };
}
