import type { Role } from '@sluitend/domain';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { adminChangeEvents, adminCreateEvents } from './admin-audit-events';

const ADMIN: AuthenticatedUser = {
  id: 'admin-1',
  email: 'admin@example.nl',
  name: 'Anouk Beheer',
  roles: ['admin'],
  organisation: { id: 'org-1', name: 'Gemeente', sector: 'gemeente', regionId: 'region-1' },
  origin: { ip: '10.0.0.1', sessionDigest: 'abc' },
};
const USER = { resource: 'user', id: 'user-7' } as const;
const summary = (events: ReturnType<typeof adminChangeEvents>) => events.map((e) => [e.action, e.fields]);

describe('adminCreateEvents', () => {
  it('writes the created fields and the initial roles as a grant, about the new row, on the role ground', () => {
    const events = adminCreateEvents(ADMIN, USER, ['email', 'name'], ['admin', 'professional']);
    expect(summary(events)).toEqual([
      ['create', ['email', 'name']],
      ['role-grant', ['professional', 'admin']],
    ]);
    for (const e of events) {
      expect(e).toMatchObject({ actor: ADMIN, caseIds: [], resource: 'user', subjectId: 'user-7', ground: 'role' });
    }
  });

  it('writes no grant for a row without roles', () => {
    expect(summary(adminCreateEvents(ADMIN, { resource: 'organisation', id: 'o' }, ['name']))).toEqual([
      ['create', ['name']],
    ]);
  });
});

describe('adminChangeEvents', () => {
  interface User {
    name: string;
    organisationId: string;
    active: boolean;
    roles: Role[];
  }
  const before: User = { name: 'Gijs', organisationId: 'org-1', active: true, roles: ['professional'] };

  it('names changed fields only, never their values, sorted', () => {
    const events = adminChangeEvents(ADMIN, USER, before, { organisationId: 'org-2', name: 'Gijs Anders' });
    expect(summary(events)).toEqual([['update', ['name', 'organisationId']]]);
    expect(JSON.stringify(events)).not.toContain('Anders');
  });

  it('orders a combined change: fields, (de)activation, grants, revokes', () => {
    const events = adminChangeEvents(ADMIN, USER, before, {
      roles: ['actietafel-chair', 'admin'],
      active: false,
      name: 'Ander',
    });
    expect(summary(events)).toEqual([
      ['update', ['name']],
      ['deactivate', ['active']],
      ['role-grant', ['actietafel-chair', 'admin']],
      ['role-revoke', ['professional']],
    ]);
  });

  it('writes a reactivation', () => {
    expect(summary(adminChangeEvents(ADMIN, USER, { ...before, active: false } as User, { active: true }))).toEqual([
      ['reactivate', ['active']],
    ]);
  });

  it('writes nothing for values sent unchanged or left out', () => {
    expect(
      adminChangeEvents(ADMIN, USER, before, {
        name: 'Gijs',
        organisationId: undefined,
        active: true,
        roles: ['professional'],
      }),
    ).toEqual([]);
  });
});
