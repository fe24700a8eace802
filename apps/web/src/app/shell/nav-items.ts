import { Role } from '@sluitend/domain';

export interface NavItem {
  labelKey: string;
  path: string;
}

/** In menu order. */
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
  [
    'actietafel-coordinator',
    [
      { labelKey: 'nav.escalations', path: '/actietafel/escalations' },
      { labelKey: 'nav.sessions', path: '/actietafel/sessions' },
      { labelKey: 'nav.monitoring', path: '/monitoring' },
    ],
  ],
  [
    'actietafel-chair',
    [
      { labelKey: 'nav.sessions', path: '/actietafel/sessions' },
      { labelKey: 'nav.monitoring', path: '/monitoring' },
    ],
  ],
  ['actietafel-member', [{ labelKey: 'nav.agenda', path: '/actietafel/sessions' }]],
  ['professional', [{ labelKey: 'nav.myCases', path: '/cases' }]],
];

/** A page two of the user's roles share (the coordinator who also chairs) is listed once. */
export function navItemsFor(roles: readonly Role[]): NavItem[] {
  const items = ITEMS_BY_ROLE.filter(([role]) => roles.includes(role)).flatMap(([, roleItems]) => roleItems);
  return items.filter((item, index) => items.findIndex((other) => other.path === item.path) === index);
}
