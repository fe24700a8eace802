import { caseSearchSql } from './case-search';

const base = {
  userId: 'u1',
  organisationId: 'o1',
  sector: 'welzijn' as const,
  today: '2026-11-23',
  sort: 'lastName' as const,
  page: 1,
  pageSize: 20,
};

describe('caseSearchSql', () => {
  it('always limits the result to cases the user is on the team of', () => {
    const { sql, parameters } = caseSearchSql(base);
    expect(sql).toContain('WHERE me.user_id = $1');
    expect(parameters[0]).toBe('u1');
  });

  it("judges each case's consent for the user's organisation and sector on the Dutch day", () => {
    const { sql, parameters } = caseSearchSql(base);
    expect(parameters.slice(1, 4)).toEqual(['o1', 'welzijn', '2026-11-23']);
    expect(sql).toContain("co.purpose = 'case-collaboration'");
    expect(sql).toContain('co.withdrawn_at IS NULL');
  });

  it('masks the name, date of birth and municipality of a case without consent', () => {
    const { sql } = caseSearchSql(base);
    for (const column of ['first_name', 'last_name', 'date_of_birth', 'municipality_id', 'municipality_name'])
      expect(sql).toMatch(new RegExp(`CASE WHEN fa.full_access THEN .* END AS ${column}`));
  });

  it('searches a whole BSN exactly and a name by its parts, only among cases with consent', () => {
    expect(caseSearchSql({ ...base, search: '111222333' }).sql).toContain('c.bsn = $5 AND fa.full_access');
    const byName = caseSearchSql({ ...base, search: 'De Jong' });
    expect(byName.sql).toContain("lower(c.first_name || ' ' || c.last_name) LIKE $5 AND fa.full_access");
    expect(byName.parameters[4]).toBe('%de jong%');
  });

  it('treats % and _ typed by the user as literal characters', () => {
    expect(caseSearchSql({ ...base, search: '50%_x' }).parameters[4]).toBe('%50\\%\\_x%');
  });

  it('pages with limit and offset as the last two parameters', () => {
    const { sql, parameters } = caseSearchSql({ ...base, page: 3, pageSize: 10, status: 'open' });
    expect(parameters.slice(-2)).toEqual([10, 20]);
    expect(sql).toMatch(/LIMIT \$6 OFFSET \$7/);
  });

  it('puts cases without consent last and orders descending for a leading minus, with the id as tie-breaker', () => {
    expect(caseSearchSql({ ...base, sort: '-updatedAt' }).sql).toContain(
      'ORDER BY c.full_access DESC, c.updated_at DESC, c.id DESC',
    );
    expect(caseSearchSql({ ...base, sort: '-lastName' }).sql).toMatch(
      /ORDER BY c.full_access DESC, lower\(regexp_replace\(c.last_name, .*\) DESC, lower\(c.first_name\) DESC, c.id DESC/,
    );
  });
});
