export const ROLES = [
  'professional',
  'actietafel-coordinator',
  'actietafel-chair',
  'actietafel-member',
  'admin',
  'privacy-officer',
] as const;
export type Role = (typeof ROLES)[number];

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

/** The page a user lands on after sign-in: the first role in this order wins. */
const HOME_PRIORITY: readonly Role[] = [
  'admin',
  'privacy-officer',
  'actietafel-coordinator',
  'actietafel-chair',
  'actietafel-member',
  'professional',
];

export function primaryRole(roles: readonly Role[]): Role | undefined {
  return HOME_PRIORITY.find((role) => roles.includes(role));
}

export function hasRole(roles: readonly Role[], role: Role): boolean {
  return roles.includes(role);
}
