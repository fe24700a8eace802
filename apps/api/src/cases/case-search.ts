import type { CaseSort } from '@sluitend/domain';

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
  search?: string;
  municipalityId?: string;
  status?: string;
  sort: CaseSort;
  page: number;
  pageSize: number;
}

/** LIKE wildcards in what the user typed are literal characters, not patterns. */
function likePattern(text: string): string {
  return `%${text.toLowerCase().replace(/[\\%_]/g, (char) => `\\${char}`)}%`;
}

/**
 * One statement for a page and its total (COUNT(*) OVER ()), limited to the cases the user
 * is on the team of: a non-member's case cannot appear in a list, a search or a count.
 */
export function caseSearchSql(query: CaseSearch): { sql: string; parameters: unknown[] } {
  const parameters: unknown[] = [query.userId];
  const where: string[] = [];
  const term = query.search?.trim();
  if (term) {
    if (/^\d{9}$/.test(term)) {
      parameters.push(term);
      where.push(`c.bsn = $${parameters.length}`);
    } else {
      parameters.push(likePattern(term));
      where.push(`lower(c.first_name || ' ' || c.last_name) LIKE $${parameters.length}`);
    }
  }
  if (query.municipalityId) {
    parameters.push(query.municipalityId);
    where.push(`c.municipality_id = $${parameters.length}`);
  }
  if (query.status) {
    parameters.push(query.status);
    where.push(`c.status = $${parameters.length}`);
  }
  parameters.push(query.pageSize, (query.page - 1) * query.pageSize);
  // The count is taken in the inner query and the page cut outside it: with ORDER BY … LIMIT next to
  // COUNT(*) OVER (), Postgres 15 walks a name index over every case in the region (bench/README.md).
  const sql = `
    SELECT * FROM (
      SELECT c.id, c.first_name, c.last_name, to_char(c.date_of_birth, 'YYYY-MM-DD') AS date_of_birth,
             c.municipality_id, m.name AS municipality_name, c.status, lead_user.name AS casusregisseur_name,
             c.updated_at, COUNT(*) OVER () AS total
        FROM case_team_member me
        JOIN case_file c ON c.id = me.case_id
        JOIN municipality m ON m.id = c.municipality_id
        JOIN case_team_member lead ON lead.case_id = c.id AND lead.is_casusregisseur
        JOIN app_user lead_user ON lead_user.id = lead.user_id
       WHERE me.user_id = $1 ${where.map((condition) => `AND ${condition}`).join(' ')}
    ) AS c
     ORDER BY ${ORDER[query.sort]}
     LIMIT $${parameters.length - 1} OFFSET $${parameters.length}`;
  return { sql, parameters };
}
