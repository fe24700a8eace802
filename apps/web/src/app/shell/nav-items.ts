import { Role } from '@sluitend/domain';

export interface NavItem {
  labelKey: string;
  path: string;
}

/** In menu order. Features that do not exist yet lead to the home page. */
const ITEMS_BY_ROLE: readonly (readonly [Role, readonly NavItem[]])[] = [
  [
    'admin',
    [
      { labelKey: 'nav.organisations', path: '/admin/organisations' },
      { labelKey: 'nav.users', path: '/admin/users' },
      { labelKey: 'nav.lifeDomains', path: '/admin/life-domains' },
    ],
  ],
  ['privacy-officer', [{ labelKey: 'privacy.officer.nav', path: '/privacy' }]],
  ['actietafel-coordinator', [{ labelKey: 'nav.escalations', path: '/home' }]],
  ['actietafel-chair', [{ labelKey: 'nav.sessions', path: '/home' }]],
  ['actietafel-member', [{ labelKey: 'nav.agenda', path: '/home' }]],
  ['professional', [{ labelKey: 'nav.myCases', path: '/cases' }]],
];

export function navItemsFor(roles: readonly Role[]): NavItem[] {
  return ITEMS_BY_ROLE.filter(([role]) => roles.includes(role)).flatMap(([, items]) => items);
}
