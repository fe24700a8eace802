import { ROLES, type Role } from '../people/role';

/**
 * Access-log actions of administration (NEN 7513, ASVS 16.3): besides `create` and `update`, the changes a
 * privacy officer must be able to single out. A role grant or revoke names the roles (not personal data) in
 * the event's `fields`, so every grant of a role that reaches case content is visible.
 */
export const ADMIN_AUDIT_ACTIONS = ['deactivate', 'reactivate', 'role-grant', 'role-revoke'] as const;
export type AdminAuditAction = (typeof ADMIN_AUDIT_ACTIONS)[number];

/** What an administrative event is about; the event's `subject` is the row's id. */
export const ADMIN_AUDIT_RESOURCES = ['user', 'organisation', 'region'] as const;
export type AdminAuditResource = (typeof ADMIN_AUDIT_RESOURCES)[number];

export interface RoleChanges {
  granted: Role[];
  revoked: Role[];
}

/** The roles a change grants and revokes, each in the fixed domain order. */
export function roleChanges(before: readonly Role[], after: readonly Role[]): RoleChanges {
  return {
    granted: ROLES.filter((role) => after.includes(role) && !before.includes(role)),
    revoked: ROLES.filter((role) => before.includes(role) && !after.includes(role)),
  };
}
