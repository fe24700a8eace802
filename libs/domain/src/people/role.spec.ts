import { hasRole, isRole, primaryRole, ROLES } from './role';

describe('roles', () => {
  it('sends a user with admin among several roles to the admin home', () => {
    expect(primaryRole(['professional', 'admin'])).toBe('admin');
  });

  it('sends an admin who is also privacy officer to the admin home', () => {
    expect(primaryRole(['privacy-officer', 'admin'])).toBe('admin');
  });

  it('sends a privacy officer to the privacy home ahead of any Actietafel or professional home', () => {
    expect(primaryRole(['professional', 'privacy-officer'])).toBe('privacy-officer');
    expect(primaryRole(['actietafel-coordinator', 'privacy-officer', 'actietafel-member'])).toBe('privacy-officer');
  });

  it('prefers the coordinator home over the chair home', () => {
    expect(primaryRole(['actietafel-chair', 'actietafel-coordinator'])).toBe('actietafel-coordinator');
  });

  it('has no home role for a user without roles', () => {
    expect(primaryRole([])).toBeUndefined();
  });

  it('gives every known role a home', () => {
    for (const role of ROLES) expect(primaryRole([role])).toBe(role);
  });

  it('recognises only the six known roles', () => {
    expect(ROLES).toHaveLength(6);
    expect(isRole('actietafel-member')).toBe(true);
    expect(isRole('privacy-officer')).toBe(true);
    expect(isRole('superuser')).toBe(false);
    expect(isRole(42)).toBe(false);
  });

  it('answers whether a role is held', () => {
    expect(hasRole(['professional'], 'admin')).toBe(false);
    expect(hasRole(['professional', 'privacy-officer'], 'privacy-officer')).toBe(true);
  });
});
