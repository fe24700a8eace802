/**
 * The SQL form of `consentStatus(...) === 'active' && consentCovers(...)` from libs/domain, for the case list,
 * where a page is cut in SQL and cannot be filtered afterwards. Everywhere else the policy applies the domain
 * rules themselves; consent-sql.integration-spec.ts holds the two to the same answers at every boundary.
 *
 * `$org`, `$sector` and `$today` are placeholders the caller replaces with its own parameter numbers.
 */
export function activeConsentExists(caseIdColumn: string, org: string, sector: string, today: string): string {
  return `EXISTS (
    SELECT 1 FROM consent co
     WHERE co.case_id = ${caseIdColumn}
       AND co.purpose = 'case-collaboration'
       AND co.withdrawn_at IS NULL
       AND co.given_on <= CAST(${today} AS date)
       AND (co.valid_until IS NULL OR co.valid_until >= CAST(${today} AS date))
       AND ((co.scope = 'organisation' AND co.organisation_id = CAST(${org} AS uuid))
         OR (co.scope = 'sector' AND co.sector = ${sector})))`;
}
