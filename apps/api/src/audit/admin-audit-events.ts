import { roleChanges, type AdminAuditResource, type Role } from '@sluitend/domain';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import type { AuditEntry } from './audit-entry';

/** The row an administrative event is about. */
export interface AdminTarget {
  resource: AdminAuditResource;
  id: string;
}

/** What an administered row can have besides plain fields (which are compared as values). */
export interface Administered {
  active?: boolean;
  roles?: readonly Role[];
}

const event = (
  actor: AuthenticatedUser,
  target: AdminTarget,
  action: AuditEntry['action'],
  fields: readonly string[],
): AuditEntry => ({
  actor,
  caseIds: [],
  action,
  resource: target.resource,
  subjectId: target.id,
  fields,
  // An admin acts on their role; no case, so no consent or legal ground.
  ground: 'role',
});

/**
 * Creating names the fields set (never their values), and the initial roles as a grant, so the privacy officer
 * finds every grant of a role under one action whether it came at creation or later.
 */
export function adminCreateEvents(
  actor: AuthenticatedUser,
  target: AdminTarget,
  fields: readonly string[],
  roles: readonly Role[] = [],
): AuditEntry[] {
  const events = [event(actor, target, 'create', fields)];
  const { granted } = roleChanges([], roles);
  if (granted.length > 0) events.push(event(actor, target, 'role-grant', granted));
  return events;
}

/**
 * The events of one change, in a fixed order: the other fields changed, deactivation or reactivation, the roles
 * granted, the roles revoked. Role names are written (they are not personal data and the privacy officer must
 * see them); of every other field only its name. A value sent unchanged is no change and writes nothing.
 */
export function adminChangeEvents<T extends object>(
  actor: AuthenticatedUser,
  target: AdminTarget,
  before: T,
  changes: Partial<T>,
): AuditEntry[] {
  const { active, roles, ...others } = changes as Administered & Record<string, unknown>;
  const previous = before as Administered & Record<string, unknown>;
  const events: AuditEntry[] = [];
  const changed = Object.keys(others)
    .filter((field) => others[field] !== undefined && !sameValue(previous[field], others[field]))
    .sort();
  if (changed.length > 0) events.push(event(actor, target, 'update', changed));
  if (active !== undefined && active !== previous.active) {
    events.push(event(actor, target, active ? 'reactivate' : 'deactivate', ['active']));
  }
  if (roles) {
    const { granted, revoked } = roleChanges(previous.roles ?? [], roles);
    if (granted.length > 0) events.push(event(actor, target, 'role-grant', granted));
    if (revoked.length > 0) events.push(event(actor, target, 'role-revoke', revoked));
  }
  return events;
}

function sameValue(a: unknown, b: unknown): boolean {
  return a === b || JSON.stringify(a) === JSON.stringify(b);
}
