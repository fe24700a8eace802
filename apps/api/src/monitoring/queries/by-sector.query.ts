import {
  scopeValues,
  submittedInScope,
  type MonitoringQuery,
  type MonitoringQueryInput,
} from './monitoring-query-input';

export interface BySectorRow {
  sector: string;
  count: number;
}

/** Per sector needed at the table: the escalations submitted in the period that need it. */
export function bySectorQuery(input: MonitoringQueryInput): MonitoringQuery {
  return {
    text: `
      SELECT s.sector, count(DISTINCT e.id)::int AS count
        FROM escalation e
       CROSS JOIN LATERAL unnest(e.sectors_needed) AS s(sector)
       WHERE ${submittedInScope(input)}
       GROUP BY s.sector`,
    values: scopeValues(input),
  };
}
