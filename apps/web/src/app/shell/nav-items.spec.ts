import { navItemsFor } from './nav-items';

describe('navItemsFor', () => {
  const labels = (roles: Parameters<typeof navItemsFor>[0]) => navItemsFor(roles).map((item) => item.labelKey);

  it('gives an admin the management pages', () => {
    expect(navItemsFor(['admin'])).toEqual([
      { labelKey: 'nav.organisations', path: '/admin/organisations' },
      { labelKey: 'nav.users', path: '/admin/users' },
      { labelKey: 'nav.lifeDomains', path: '/admin/life-domains' },
    ]);
  });

  it.each([
    ['privacy-officer', 'privacy.officer.nav'],
    ['actietafel-member', 'nav.agenda'],
    ['professional', 'nav.myCases'],
  ] as const)('gives a %s the item %s', (role, label) => {
    expect(labels([role])).toEqual([label]);
  });

  it('gives a coordinator the triage queue, the sessions and the monitoring', () => {
    expect(navItemsFor(['actietafel-coordinator'])).toEqual([
      { labelKey: 'nav.escalations', path: '/actietafel/escalations' },
      { labelKey: 'nav.sessions', path: '/actietafel/sessions' },
      { labelKey: 'nav.monitoring', path: '/monitoring' },
    ]);
  });

  it('gives a chair the sessions and the monitoring', () => {
    expect(navItemsFor(['actietafel-chair'])).toEqual([
      { labelKey: 'nav.sessions', path: '/actietafel/sessions' },
      { labelKey: 'nav.monitoring', path: '/monitoring' },
    ]);
  });

  it('shows the monitoring to nobody but the coordinator and the chair', () => {
    expect(labels(['admin', 'privacy-officer', 'actietafel-member', 'professional'])).not.toContain('nav.monitoring');
  });

  it('lists a page shared by two of the roles once', () => {
    expect(labels(['actietafel-coordinator', 'actietafel-chair'])).toEqual([
      'nav.escalations',
      'nav.sessions',
      'nav.monitoring',
    ]);
  });

  it('leads a professional to the case list', () => {
    expect(navItemsFor(['professional'])).toEqual([{ labelKey: 'nav.myCases', path: '/cases' }]);
  });

  it('leads a privacy officer to the privacy pages', () => {
    expect(navItemsFor(['privacy-officer'])).toEqual([{ labelKey: 'privacy.officer.nav', path: '/privacy' }]);
  });

  it('shows the privacy pages to nobody but a privacy officer', () => {
    expect(labels(['admin', 'professional', 'actietafel-chair'])).not.toContain('privacy.officer.nav');
  });

  it('shows no admin pages to non-admins', () => {
    expect(labels(['professional', 'actietafel-chair'])).not.toContain('nav.users');
  });

  it('lists the items of every role in a fixed order, whatever the order of the roles', () => {
    expect(labels(['professional', 'privacy-officer', 'admin'])).toEqual([
      'nav.organisations',
      'nav.users',
      'nav.lifeDomains',
      'privacy.officer.nav',
      'nav.myCases',
    ]);
  });
});
