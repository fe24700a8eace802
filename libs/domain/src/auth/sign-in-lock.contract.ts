/**
 * GET /sign-in-locks: an account that browsers it never signed in from cannot sign in to for now, after too
 * many wrong passwords. The user's own known browser still signs in; an admin can lift the lock early.
 */
export interface SignInLockResponse {
  userId: string;
  email: string;
  name: string;
  lockedUntil: string;
  /** Wrong passwords from unknown browsers since the last successful sign-in (within the counting window). */
  failedAttempts: number;
}

/**
 * The access log's events of signing in and out (NEN 7513, ASVS 16.3). Kept apart from the case-content
 * actions of privacy.contract so each list says what it is about.
 */
export const SIGN_IN_AUDIT_ACTIONS = ['sign-in', 'sign-out', 'sign-in-failed', 'lock', 'unlock'] as const;
export type SignInAuditAction = (typeof SIGN_IN_AUDIT_ACTIONS)[number];
