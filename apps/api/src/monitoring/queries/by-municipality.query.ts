import {
  scopeValues,
  submittedInScope,
  type MonitoringQuery,
  type MonitoringQueryInput,
} from './monitoring-query-input';

export interface ByMunicipalityRow {
  id: string;
  name: string;
  submitted: number;
}

/** Every municipality in scope, by name, with the escalations submitted in the period
 * counted for it (0 too). */
export function byMunicipalityQuery(input: MonitoringQueryInput): MonitoringQuery {
  return {
    text: `
      SELECT m.id, m.name, coalesce(x.submitted, 0)::int AS submitted
        FROM municipality m
        LEFT JOIN (SELECT e.municipality_id, count(*) AS submitted
                     FROM escalation e
                    WHERE ${submittedInScope(input)}
                    GROUP BY 1) x ON x.municipality_id = m.id
       WHERE m.region_id = $1 AND m.id = ANY($2::uuid[])
       ORDER BY m.name, m.id`,
    values: scopeValues(input),
  };
}
