import {
  inMunicipalities,
  inPeriod,
  scopeValues,
  type MonitoringQuery,
  type MonitoringQueryInput,
} from './monitoring-query-input';

export interface OverdueByOrganisationRow {
  id: string;
  name: string;
  overdue: number;
}

/**
 * The organisation an agreement is counted for: its owning organisation, which for a person is their
 * organisation when it was made; a row without one falls back to the person's organisation now. Expects `a`
 * (agreement) left-joined to `owner` (app_user) on the owning person.
 */
export const AGREEMENT_ORGANISATION = `COALESCE(a.owner_organisation_id, owner.organisation_id)`;

/**
 * The municipality an agreement counts for: its escalation's (the case's when the escalation was submitted),
 * looked up by primary key. The agreements list filters by the same.
 */
export const AGREEMENT_MUNICIPALITY = `(SELECT e.municipality_id FROM escalation e WHERE e.id = a.escalation_id)`;

/**
 * The agreements behind "overdue": of the region's escalations counted for the municipalities, made in the
 * period, still open with their deadline day over ($5: today). The region is the one of the session that made
 * the agreement, which is the escalation's: a hash join with the region's few sessions instead of a lookup of
 * the escalation per agreement. Expects `a` and `s` (actietafel_session).
 */
export const overdueAgreementInScope = (input: MonitoringQueryInput) => `a.status = 'open'
         AND ${inPeriod('a.created_at', '$3', '$4')} AND a.deadline < $5::date
         AND s.region_id = $1 AND ${inMunicipalities(input, AGREEMENT_MUNICIPALITY)}`;

/** Overdue agreements per owning organisation, most first; organisations without any are left out. */
export function overdueByOrganisationQuery(input: MonitoringQueryInput): MonitoringQuery {
  return {
    text: `
      SELECT o.id, o.name, count(*)::int AS overdue
        FROM agreement a
        JOIN actietafel_session s ON s.id = a.session_id
        LEFT JOIN app_user owner ON owner.id = a.owner_user_id
        JOIN organisation o ON o.id = ${AGREEMENT_ORGANISATION}
       WHERE ${overdueAgreementInScope(input)}
       GROUP BY o.id, o.name
       ORDER BY overdue DESC, o.name, o.id`,
    values: [...scopeValues(input), input.today],
  };
}
