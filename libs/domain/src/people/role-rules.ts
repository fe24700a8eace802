import type { Role } from './role';

/**
 * Roles whose work reads a jongere's dossier: the case team's, and the Actietafel's (the coordinator and chair
 * by role within their region, members on a session's agenda). Admin and privacy officer reach none of it.
 */
export const CASE_CONTENT_ROLES: readonly Role[] = [
  'professional',
  'actietafel-coordinator',
  'actietafel-chair',
  'actietafel-member',
];

export function reachesCaseContent(role: Role): boolean {
  return CASE_CONTENT_ROLES.includes(role);
}

/**
 * Why a set of roles cannot be held by one account, or null when it can:
 * - `admin-with-case-content`: whoever manages accounts could otherwise hand themselves a dossier (or have
 *   one handed by a colleague admin without anyone noticing a second job); an admin who also does case work
 *   gets a second account, whose roles another admin grants and the privacy officer sees.
 * - `admin-with-privacy-officer`: the privacy officer checks what admins grant; nobody checks themselves.
 */
export type RoleCombinationProblem = 'admin-with-case-content' | 'admin-with-privacy-officer';

export function roleCombinationProblem(roles: readonly Role[]): RoleCombinationProblem | null {
  if (!roles.includes('admin')) return null;
  if (roles.some(reachesCaseContent)) return 'admin-with-case-content';
  if (roles.includes('privacy-officer')) return 'admin-with-privacy-officer';
  return null;
}

/** Whether a change of `from` into `to` changes anything (order and duplicates do not count). */
export function rolesDiffer(from: readonly Role[], to: readonly Role[]): boolean {
  const before = new Set(from);
  const after = new Set(to);
  return before.size !== after.size || [...after].some((role) => !before.has(role));
}
