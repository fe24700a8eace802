import {
  scopeValues,
  submittedInScope,
  type MonitoringQuery,
  type MonitoringQueryInput,
} from './monitoring-query-input';

export interface ReasonCodeRow {
  reason_code: string | null;
  count: number;
}

/** Per stored reason code (null: none given), the escalations submitted in the period. */
export function reasonCodesQuery(input: MonitoringQueryInput): MonitoringQuery {
  return {
    text: `
      SELECT e.reason_code, count(*)::int AS count
        FROM escalation e
       WHERE ${submittedInScope(input)}
       GROUP BY e.reason_code`,
    values: scopeValues(input),
  };
}
