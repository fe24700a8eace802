import { ROLES, type Role } from './role';
import { CASE_CONTENT_ROLES, reachesCaseContent, roleCombinationProblem, rolesDiffer } from './role-rules';

describe('role rules', () => {
  it('counts the case team and every Actietafel role as reaching case content, never admin or privacy officer', () => {
    expect(ROLES.filter(reachesCaseContent)).toEqual([
      'professional',
      'actietafel-coordinator',
      'actietafel-chair',
      'actietafel-member',
    ]);
    expect(reachesCaseContent('admin')).toBe(false);
    expect(reachesCaseContent('privacy-officer')).toBe(false);
  });

  it.each(CASE_CONTENT_ROLES)('refuses admin together with %s on one account', (role) => {
    expect(roleCombinationProblem(['admin', role])).toBe('admin-with-case-content');
    expect(roleCombinationProblem([role, 'privacy-officer', 'admin'])).toBe('admin-with-case-content');
  });

  it('refuses admin together with privacy officer: nobody checks their own grants', () => {
    expect(roleCombinationProblem(['privacy-officer', 'admin'])).toBe('admin-with-privacy-officer');
  });

  it('allows admin alone and every combination without admin', () => {
    expect(roleCombinationProblem(['admin'])).toBeNull();
    const withoutAdmin = ROLES.filter((role) => role !== 'admin');
    for (const role of withoutAdmin) expect(roleCombinationProblem([role])).toBeNull();
    expect(roleCombinationProblem(withoutAdmin)).toBeNull();
    expect(roleCombinationProblem([])).toBeNull();
  });

  it('sees a change of roles only when the set differs, not when order or duplicates do', () => {
    const roles: Role[] = ['professional', 'actietafel-member'];
    expect(rolesDiffer(roles, ['actietafel-member', 'professional'])).toBe(false);
    expect(rolesDiffer(roles, ['professional', 'professional', 'actietafel-member'])).toBe(false);
    expect(rolesDiffer(roles, ['professional'])).toBe(true);
    expect(rolesDiffer(roles, [...roles, 'actietafel-chair'])).toBe(true);
    expect(rolesDiffer(['admin'], ['privacy-officer'])).toBe(true);
    expect(rolesDiffer(['admin', 'professional'], ['privacy-officer', 'professional'])).toBe(true);
  });
});
