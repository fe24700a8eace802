import { AUDIT_ANCHOR_STATUSES, isAnchorIntact } from './audit-anchor';

describe('isAnchorIntact', () => {
  it('holds for an anchored log and for one never anchored, and for nothing else', () => {
    expect(AUDIT_ANCHOR_STATUSES.filter(isAnchorIntact)).toEqual(['anchored', 'not-anchored-yet']);
  });
});
