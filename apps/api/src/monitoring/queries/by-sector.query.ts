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

/**
 * Per sector needed at the table: the escalations submitted in the period that need it. A sector listed twice
 * counts once, at its first position: the same as a distinct count per escalation without its sort.
 */
export function bySectorQuery(input: MonitoringQueryInput): MonitoringQuery {
  return {
    text: `
      SELECT s.sector, count(*)::int AS count
        FROM escalation e
       CROSS JOIN LATERAL unnest(e.sectors_needed) WITH ORDINALITY AS s(sector, position)
       WHERE ${submittedInScope(input)} AND array_position(e.sectors_needed, s.sector) = s.position
       GROUP BY s.sector`,
    values: scopeValues(input),
  };
}
