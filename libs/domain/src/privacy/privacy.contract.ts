import type { EscalationResponse } from '../actietafel/escalation.contract';
import type { CaseResponse, NetworkMemberResponse, TeamMemberResponse, TimelineEntry } from '../cases/case.contract';
import type { Role } from '../people/role';
import type { Sector } from '../people/sector';
import type { ToekomstplanVersionResponse } from '../toekomstplan/toekomstplan.contract';
import { ADMIN_AUDIT_ACTIONS } from './admin-audit.contract';
import type { AuditAnchorStatus } from './audit-anchor';
import { SIGN_IN_AUDIT_ACTIONS } from '../auth/sign-in-lock.contract';

/** Who may give consent: the jongere, and (by age, see consent-rules.ts) a parent or guardian. */
export const CONSENT_GIVERS = ['jongere', 'parent-or-guardian'] as const;
export type ConsentGiver = (typeof CONSENT_GIVERS)[number];

/**
 * What the sharing is for. Working on the case in its team (dossier, toekomstplan) needs
 * `case-collaboration`; discussing it at the Actietafel needs `actietafel`.
 */
export const CONSENT_PURPOSES = ['case-collaboration', 'actietafel'] as const;
export type ConsentPurpose = (typeof CONSENT_PURPOSES)[number];

/** Sharing rests either on consent or on a legal ground recorded instead of it. */
export const CONSENT_BASES = ['consent', 'legal-ground'] as const;
export type ConsentBasis = (typeof CONSENT_BASES)[number];

/**
 * Legal grounds that allow sharing without consent: a child-protection measure (ondertoezichtstelling,
 * voogdij), youth probation (jeugdreclassering), a court order, or a vital interest (AVG art. 6(1)(d)).
 */
export const LEGAL_GROUNDS = ['child-protection-measure', 'youth-probation', 'court-order', 'vital-interest'] as const;
export type LegalGround = (typeof LEGAL_GROUNDS)[number];

/** `organisation` names one organisation; `sector` covers every organisation of that sector. */
export const CONSENT_SCOPES = ['organisation', 'sector'] as const;
export type ConsentScope = (typeof CONSENT_SCOPES)[number];

/** Derived, never stored: see `consentStatus` in consent-rules.ts. */
export const CONSENT_STATUSES = ['active', 'not-yet-valid', 'expired', 'withdrawn'] as const;
export type ConsentStatus = (typeof CONSENT_STATUSES)[number];

export interface ConsentResponse {
  id: string;
  caseId: string;
  scope: ConsentScope;
  organisationId: string | null;
  organisationName: string | null;
  sector: Sector | null;
  purpose: ConsentPurpose;
  basis: ConsentBasis;
  /** Empty for a legal ground. */
  givenBy: ConsentGiver[];
  legalGround: LegalGround | null;
  /** E.g. the court decision's reference, or how and where consent was given. */
  note: string | null;
  givenOn: string;
  validUntil: string | null;
  status: ConsentStatus;
  recordedBy: { userId: string; name: string };
  recordedAt: string;
  withdrawnAt: string | null;
  withdrawnReason: string | null;
  withdrawnBy: { userId: string; name: string } | null;
}

export interface CreateConsentRequest {
  scope: ConsentScope;
  /** Required when scope is `organisation`. */
  organisationId?: string;
  /** Required when scope is `sector`. */
  sector?: Sector;
  purpose: ConsentPurpose;
  basis: ConsentBasis;
  /** Required (and checked against the jongere's age on `givenOn`) when basis is `consent`. */
  givenBy?: ConsentGiver[];
  /** Required when basis is `legal-ground`. */
  legalGround?: LegalGround;
  note?: string;
  givenOn: string;
  validUntil?: string;
}

export interface WithdrawConsentRequest {
  reason: string;
}

/** On what a decision to show case data rests. */
export const ACCESS_GROUNDS = [
  'consent',
  'legal-ground',
  'break-the-glass',
  'actietafel-agenda',
  'role',
  'none',
] as const;
export type AccessGround = (typeof ACCESS_GROUNDS)[number];

/**
 * `full`: the dossier may be read (and, for a team member, changed).
 * `existence-only`: a team member whose organisation has no valid consent or legal ground: they see
 * that the case exists and who leads it, nothing more.
 */
export const CASE_ACCESS_LEVELS = ['full', 'existence-only'] as const;
export type CaseAccessLevel = (typeof CASE_ACCESS_LEVELS)[number];

/** GET /cases/{id}/access: what the signed-in user may do with one case, and why. */
export interface CaseAccessResponse {
  caseId: string;
  level: CaseAccessLevel;
  ground: AccessGround;
  /** The consent id or emergency-access id the access rests on, when it rests on one. */
  groundReference: string | null;
  isTeamMember: boolean;
  isCasusregisseur: boolean;
  /** Team members may change the dossier; emergency access only reads. */
  canChange: boolean;
  /** The casusregisseur and team members with full access register and withdraw consents. */
  canManageConsents: boolean;
  /** The casusregisseur: the access log of the case, the inzage export, restriction and erasure. */
  canViewAccessLog: boolean;
  casusregisseur: { userId: string; name: string; organisationName: string };
  /** Set while emergency access is what the access rests on. */
  emergencyAccessExpiresAt: string | null;
  /** AVG art. 18: while restricted the dossier can be read but not changed. */
  restricted: boolean;
}

export const EMERGENCY_ACCESS_HOURS_DEFAULT = 4;

/**
 * Break-the-glass: a professional who is not on the team names the jongere by BSN, or by last name and
 * date of birth, and states why. Access is read-only and ends after a few hours.
 */
export interface CreateEmergencyAccessRequest {
  bsn?: string;
  lastName?: string;
  dateOfBirth?: string;
  reason: string;
}

export interface EmergencyAccessResponse {
  id: string;
  caseId: string;
  user: { userId: string; name: string; organisationName: string };
  reason: string;
  grantedAt: string;
  expiresAt: string;
  active: boolean;
}

export const AUDIT_ACTIONS = [
  'read',
  'search',
  'create',
  'update',
  'delete',
  'export',
  'print',
  'break-the-glass',
  'denied',
  ...ADMIN_AUDIT_ACTIONS,
  ...SIGN_IN_AUDIT_ACTIONS,
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/** One event of the access log (NEN 7513). Never holds the values of personal data. */
export interface AuditEventResponse {
  sequence: number;
  at: string;
  user: { userId: string; name: string } | null;
  organisation: { organisationId: string; name: string } | null;
  roles: Role[];
  onBehalfOf: string | null;
  caseIds: string[];
  action: AuditAction;
  resource: string;
  fields: string[];
  ground: AccessGround;
  groundReference: string | null;
  reason: string | null;
  ip: string | null;
  /** A digest of the session id, never the session id itself. */
  sessionDigest: string | null;
  /** The user, organisation or region an administrative event is about (see `resource`). */
  subject: { id: string; name: string } | null;
}

export interface AuditEventPage {
  items: AuditEventResponse[];
  total: number;
  page: number;
  pageSize: number;
}

export interface AuditEventQuery {
  caseId?: string;
  userId?: string;
  /** Part of the name or e-mail of the user who acted, or of the user an event is about; any case. */
  user?: string;
  action?: AuditAction;
  /** Calendar dates, inclusive, in Europe/Amsterdam. */
  from?: string;
  to?: string;
  page?: number;
  pageSize?: number;
}

export interface AuditAnchorVerification {
  status: AuditAnchorStatus;
  /** The newest checkpoint read from the checkpoint file, if any. */
  checkpointNumber: number | null;
  checkpointSequence: number | null;
  checkpointAt: string | null;
  /** How many checkpoints the database records as written; the file must hold at least these. */
  recordedCheckpoints: number;
  /** The sequence of the chain's head in the database. */
  headSequence: number;
}

export interface AuditChainVerification {
  /** The chain is unbroken and reaches its newest checkpoint. */
  valid: boolean;
  checkedEvents: number;
  /** The first event whose hash does not match its content or its predecessor, or the first one missing. */
  firstBrokenSequence: number | null;
  verifiedAt: string;
  anchor: AuditAnchorVerification;
}

/** A signed checkpoint as the API reports it after writing one (or finding the head already anchored). */
export interface AuditCheckpointResponse {
  number: number;
  sequence: number;
  hash: string;
  at: string;
  keyId: string;
  /** False when the head had not moved since the newest checkpoint, which is then returned. */
  written: boolean;
}

/** An escalation as the inzage shows it: everything held, without what the reader may do with it. */
export type SubjectAccessEscalation = Omit<EscalationResponse, 'availableTransitions'>;

/** AVG art. 15: everything Sluitend holds about one jongere. */
export interface SubjectAccessReport {
  generatedAt: string;
  generatedBy: { userId: string; name: string };
  case: CaseResponse;
  team: TeamMemberResponse[];
  network: NetworkMemberResponse[];
  toekomstplanVersions: ToekomstplanVersionResponse[];
  consents: ConsentResponse[];
  emergencyAccesses: EmergencyAccessResponse[];
  timeline: TimelineEntry[];
  /** The escalations to the Actietafel, oldest first, with their history, ladder, decisions and agreements. */
  escalations: SubjectAccessEscalation[];
  accessLog: AuditEventResponse[];
}

/** AVG art. 18: while restricted, data are kept and read but not changed. */
export interface RestrictionRequest {
  reason: string;
}

/** AVG art. 17 / Jeugdwet art. 7.3.9: erasure on request, refused while a legal ground applies. */
export interface ErasureRequest {
  reason: string;
}

export interface ErasureRecordResponse {
  id: string;
  caseId: string;
  reason: string;
  kind: 'request' | 'retention';
  erasedBy: { userId: string; name: string } | null;
  erasedAt: string;
}

export const RETENTION_KINDS = ['case-file', 'access-log'] as const;
export type RetentionKind = (typeof RETENTION_KINDS)[number];

export interface RetentionRunRequest {
  dryRun: boolean;
}

/** problem+json of a team member whose organisation lacks consent (403, code `consent-required`). */
export interface ConsentRequiredProblemExtension {
  casusregisseur: { userId: string; name: string; organisationName: string };
}

export interface RetentionRunResponse {
  dryRun: boolean;
  ranAt: string;
  /** Per kind: the cutoff (records older than this go) and what went; ids only, never content. */
  kinds: Array<{ kind: RetentionKind; retentionYears: number; cutoff: string; count: number; caseIds: string[] }>;
}
