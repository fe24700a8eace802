import type { CaseSort, Sector } from '@sluitend/domain';
import { activeConsentExists } from '../access/consent-sql';
import { likePattern } from '../common/persistence/like-pattern';

/**
 * Dutch lists sort "de Jong" under J: the sort key drops the tussenvoegsels and ignores case.
 */
export const SURNAME_SORT_KEY = `lower(regexp_replace(c.last_name, '^((van|von|de|der|den|het|ter|ten|te|in|op|la|le|du|''t)\\s+)+', '', 'i'))`;

const ORDER: Record<CaseSort, string> = {
  lastName: `${SURNAME_SORT_KEY}, lower(c.first_name), c.id`,
  '-lastName': `${SURNAME_SORT_KEY} DESC, lower(c.first_name) DESC, c.id DESC`,
  dateOfBirth: 'c.date_of_birth ASC, c.id ASC',
  '-dateOfBirth': 'c.date_of_birth DESC, c.id DESC',
  updatedAt: 'c.updated_at ASC, c.id ASC',
  '-updatedAt': 'c.updated_at DESC, c.id DESC',
};

export interface CaseSearch {
  userId: string;
  organisationId: string;
  sector: Sector;
  /** The Dutch calendar day on which consents are judged. */
  today: string;
  search?: string;
  municipalityId?: string;
  status?: string;
  sort: CaseSort;
  page: number;
  pageSize: number;
}

/**
 * One statement for a page and its total (COUNT(*) OVER ()), limited to the cases the user
 * is on the team of: a non-member's case cannot appear in a list, a search or a count.
 */
export function caseSearchSql(query: CaseSearch): { sql: string; parameters: unknown[] } {
  const parameters: unknown[] = [query.userId, query.organisationId, query.sector, query.today];
  const fullAccess = activeConsentExists('c.id', '$2', '$3', '$4');
  const where: string[] = [];
  const term = query.search?.trim();
  // A search by name or BSN matches only cases the user may see in full: a hit on a case without consent
  // would tell them who it is about.
  if (term) {
    if (/^\d{9}$/.test(term)) {
      parameters.push(term);
      where.push(`c.bsn = $${parameters.length} AND fa.full_access`);
    } else {
      parameters.push(likePattern(term));
      where.push(`lower(c.first_name || ' ' || c.last_name) LIKE $${parameters.length} AND fa.full_access`);
    }
  }
  if (query.municipalityId) {
    parameters.push(query.municipalityId);
    // The municipality of a case without consent is hidden, so filtering on it cannot find that case either.
    where.push(`c.municipality_id = $${parameters.length} AND fa.full_access`);
  }
  if (query.status) {
    parameters.push(query.status);
    where.push(`c.status = $${parameters.length}`);
  }
  parameters.push(query.pageSize, (query.page - 1) * query.pageSize);
  // OFFSET 0 keeps the lateral consent check a subquery evaluated once per row; inlined, Postgres copied it into
  // each of the six places that read it and scanned every consent for each (bench/README.md).
  // Names and dates are masked inside, so cases without consent come last in an order that does not
  // depend on what is hidden.
  // The count is taken in the inner query and the page cut outside it: with ORDER BY … LIMIT next to
  // COUNT(*) OVER (), Postgres 15 walks a name index over every case in the region (bench/README.md).
  const sql = `
    SELECT * FROM (
      SELECT c.id, c.status, lead_user.name AS casusregisseur_name, c.updated_at, COUNT(*) OVER () AS total,
             fa.full_access,
             CASE WHEN fa.full_access THEN c.first_name END AS first_name,
             CASE WHEN fa.full_access THEN c.last_name END AS last_name,
             CASE WHEN fa.full_access THEN to_char(c.date_of_birth, 'YYYY-MM-DD') END AS date_of_birth,
             CASE WHEN fa.full_access THEN c.municipality_id END AS municipality_id,
             CASE WHEN fa.full_access THEN m.name END AS municipality_name
        FROM case_team_member me
        JOIN case_file c ON c.id = me.case_id
        JOIN municipality m ON m.id = c.municipality_id
        JOIN case_team_member lead ON lead.case_id = c.id AND lead.is_casusregisseur
        JOIN app_user lead_user ON lead_user.id = lead.user_id
        CROSS JOIN LATERAL (SELECT ${fullAccess} AS full_access OFFSET 0) fa
       WHERE me.user_id = $1 ${where.map((condition) => `AND ${condition}`).join(' ')}
    ) AS c
     ORDER BY c.full_access DESC, ${ORDER[query.sort]}
     LIMIT $${parameters.length - 1} OFFSET $${parameters.length}`;
  return { sql, parameters };
}
