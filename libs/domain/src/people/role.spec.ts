import { hasRole, isRole, primaryRole } from './role';

describe('roles', () => {
  it('sends a user with admin among several roles to the admin home', () => {
    expect(primaryRole(['professional', 'admin'])).toBe('admin');
  });

  it('prefers the coordinator home over the chair home', () => {
    expect(primaryRole(['actietafel-chair', 'actietafel-coordinator'])).toBe('actietafel-coordinator');
  });

  it('has no home role for a user without roles', () => {
    expect(primaryRole([])).toBeUndefined();
  });

  it('recognises only the five known roles', () => {
    expect(isRole('actietafel-member')).toBe(true);
    expect(isRole('superuser')).toBe(false);
    expect(isRole(42)).toBe(false);
  });

  it('answers whether a role is held', () => {
    expect(hasRole(['professional'], 'admin')).toBe(false);
  });
});
