import type { AccessGround, AuditAction, Role } from '@sluitend/domain';
import type { AuthenticatedUser, RequestOrigin } from '../auth/authenticated-user';

/** What one access-log event says. Field names only in `fields`: never the values of personal data. */
export interface AuditEntry {
  actor: AuthenticatedUser | null;
  caseIds: readonly string[];
  action: AuditAction;
  resource: string;
  fields?: readonly string[];
  ground: AccessGround;
  groundReference?: string | null;
  reason?: string | null;
  /** The user, organisation or region an administrative event is about. */
  subjectId?: string | null;
  /** Where an event without a signed-in actor came from (a failed sign-in): the address is still worth keeping. */
  origin?: RequestOrigin;
}

/** The stored form of an event, as hashed: the hash covers exactly these values. */
export interface AuditRecord {
  sequence: number;
  at: Date;
  userId: string | null;
  organisationId: string | null;
  roles: readonly Role[];
  onBehalfOf: string | null;
  caseIds: readonly string[];
  action: AuditAction;
  resource: string;
  fields: readonly string[];
  ground: AccessGround;
  groundReference: string | null;
  reason: string | null;
  ip: string | null;
  sessionDigest: string | null;
  subjectId: string | null;
  previousHash: string;
}
