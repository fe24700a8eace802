import { roleChanges } from './admin-audit.contract';

describe('roleChanges', () => {
  it('names the roles added as granted and the roles dropped as revoked', () => {
    expect(roleChanges(['professional', 'actietafel-member'], ['actietafel-member', 'admin'])).toEqual({
      granted: ['admin'],
      revoked: ['professional'],
    });
  });

  it('lists them in the fixed domain order, whatever order they were given in', () => {
    expect(roleChanges([], ['privacy-officer', 'admin', 'professional']).granted).toEqual([
      'professional',
      'admin',
      'privacy-officer',
    ]);
  });

  it('finds nothing when only the order differs', () => {
    expect(roleChanges(['admin', 'professional'], ['professional', 'admin'])).toEqual({ granted: [], revoked: [] });
  });
});
