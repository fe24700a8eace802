import type { AuditEntry } from '../audit/audit-entry';
import type { AuthenticatedUser, RequestOrigin } from './authenticated-user';

/*
 * The access log's sign-in events (issue 13), in one place apart from the case-content events. Never a password,
 * never the email typed for an unknown account: a failed sign-in names the account only when it exists, which
 * the answer to the browser never tells.
 */

/** Every event about a session names how the user signed in. */
const METHOD = (method: string) => `method: ${method}`;
const SESSION = 'session';
const ACCOUNT_LOCK = 'sign-in-lock';
const ADDRESS_LOCK = 'sign-in-address-lock';

export const signedIn = (user: AuthenticatedUser, method: string): AuditEntry => ({
  actor: user,
  caseIds: [],
  action: 'sign-in',
  resource: SESSION,
  ground: 'none',
  reason: METHOD(method),
});

export const signedOut = (user: AuthenticatedUser): AuditEntry => ({
  actor: user,
  caseIds: [],
  action: 'sign-out',
  resource: SESSION,
  ground: 'none',
});

export const signInFailed = (account: AuthenticatedUser | null, origin: RequestOrigin, method: string): AuditEntry => ({
  actor: account,
  origin,
  caseIds: [],
  action: 'sign-in-failed',
  resource: SESSION,
  ground: 'none',
  reason: METHOD(method),
});

export const accountLocked = (account: AuthenticatedUser, until: Date): AuditEntry => ({
  actor: account,
  caseIds: [],
  action: 'lock',
  resource: ACCOUNT_LOCK,
  ground: 'none',
  reason: `locked for unknown browsers until ${until.toISOString()}`,
});

export const addressLocked = (origin: RequestOrigin, until: Date): AuditEntry => ({
  actor: null,
  origin,
  caseIds: [],
  action: 'lock',
  resource: ADDRESS_LOCK,
  ground: 'none',
  reason: `address locked for unknown browsers until ${until.toISOString()}`,
});

/** The admin lifts the lock of `userId`: the event is about that user, as the admin's other events are. */
export const accountUnlocked = (admin: AuthenticatedUser, userId: string): AuditEntry => ({
  actor: admin,
  caseIds: [],
  action: 'unlock',
  resource: ACCOUNT_LOCK,
  ground: 'role',
  subjectId: userId,
});
