import { caseSearchSql } from './case-search';

const base = { userId: 'u1', sort: 'lastName' as const, page: 1, pageSize: 20 };

describe('caseSearchSql', () => {
  it('always limits the result to cases the user is on the team of', () => {
    const { sql, parameters } = caseSearchSql(base);
    expect(sql).toContain('WHERE me.user_id = $1');
    expect(parameters[0]).toBe('u1');
  });

  it('searches a whole BSN exactly and a name by its parts, case-insensitively', () => {
    expect(caseSearchSql({ ...base, search: '111222333' }).sql).toContain('c.bsn = $2');
    const byName = caseSearchSql({ ...base, search: 'De Jong' });
    expect(byName.sql).toContain("lower(c.first_name || ' ' || c.last_name) LIKE $2");
    expect(byName.parameters[1]).toBe('%de jong%');
  });

  it('treats % and _ typed by the user as literal characters', () => {
    expect(caseSearchSql({ ...base, search: '50%_x' }).parameters[1]).toBe('%50\\%\\_x%');
  });

  it('pages with limit and offset as the last two parameters', () => {
    const { sql, parameters } = caseSearchSql({ ...base, page: 3, pageSize: 10, status: 'open' });
    expect(parameters.slice(-2)).toEqual([10, 20]);
    expect(sql).toMatch(/LIMIT \$3 OFFSET \$4/);
  });

  it('orders descending for a sort with a leading minus, with the id as tie-breaker', () => {
    expect(caseSearchSql({ ...base, sort: '-updatedAt' }).sql).toContain('ORDER BY c.updated_at DESC, c.id DESC');
    expect(caseSearchSql({ ...base, sort: '-lastName' }).sql).toMatch(
      /ORDER BY lower\(regexp_replace\(c.last_name, .*\) DESC, lower\(c.first_name\) DESC, c.id DESC/,
    );
  });
});
