import type { Sector } from '../people/sector';
import type { LifeDomainDefinition } from '../toekomstplan/toekomstplan.contract';

export const CASE_STATUSES = ['open', 'closed'] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];

export const CASE_SORTS = ['lastName', '-lastName', 'dateOfBirth', '-dateOfBirth', 'updatedAt', '-updatedAt'] as const;
export type CaseSort = (typeof CASE_SORTS)[number];

export const NETWORK_RELATIONS = ['parent', 'guardian', 'jim', 'family', 'friend', 'other'] as const;
export type NetworkRelation = (typeof NETWORK_RELATIONS)[number];

export interface CaseContact {
  phone: string | null;
  email: string | null;
  address: string | null;
}

/**
 * A dossier in a list: enough to recognise the jongere, nothing more. With `access: 'existence-only'`
 * (a team member whose organisation has no valid consent) the jongere's name, date of birth and
 * municipality are null: only that the case exists and who leads it.
 */
export interface CaseSummary {
  id: string;
  access: 'full' | 'existence-only';
  firstName: string | null;
  lastName: string | null;
  dateOfBirth: string | null;
  municipalityId: string | null;
  municipalityName: string | null;
  status: CaseStatus;
  casusregisseurName: string;
  updatedAt: string;
}

export interface CasePage {
  items: CaseSummary[];
  total: number;
  page: number;
  pageSize: number;
}

export interface CaseListQuery {
  search?: string;
  municipalityId?: string;
  status?: CaseStatus;
  sort?: CaseSort;
  page?: number;
  pageSize?: number;
}

export interface TeamMemberResponse {
  id: string;
  userId: string;
  name: string;
  email: string;
  organisationId: string;
  organisationName: string;
  sector: Sector;
  part: string;
  isCasusregisseur: boolean;
  addedAt: string;
}

export interface NetworkMemberResponse {
  id: string;
  name: string;
  relation: NetworkRelation;
  phone: string | null;
  email: string | null;
  note: string | null;
}

export interface CaseResponse {
  id: string;
  firstName: string;
  lastName: string;
  dateOfBirth: string;
  bsn: string | null;
  municipalityId: string;
  municipalityName: string;
  schoolOrWork: string | null;
  contact: CaseContact;
  status: CaseStatus;
  closedReason: string | null;
  closedAt: string | null;
  casusregisseur: { userId: string; name: string };
  /** AVG art. 18: while restricted the dossier is kept and read, but not changed. */
  restriction: { reason: string; since: string } | null;
  /** The life domains of the case's region, in order: what a new toekomstplan starts from. */
  lifeDomains: LifeDomainDefinition[];
  version: number;
  createdAt: string;
  updatedAt: string;
}

export interface CreateCaseRequest {
  firstName: string;
  lastName: string;
  dateOfBirth: string;
  bsn?: string;
  municipalityId: string;
  schoolOrWork?: string;
  contact?: Partial<CaseContact>;
  /** Defaults to the professional who opens the case. */
  casusregisseurUserId?: string;
  /** The part the casusregisseur plays, e.g. "trajectbegeleider". */
  casusregisseurPart?: string;
  /**
   * The jongere's consent for the opening professional's organisation to work on the case
   * (purpose `case-collaboration`). Without it the case opens, but its content stays closed even
   * to its own team until a consent or legal ground is registered.
   */
  consent?: InitialConsentRequest;
}

export interface InitialConsentRequest {
  givenBy: Array<'jongere' | 'parent-or-guardian'>;
  givenOn: string;
  validUntil?: string;
  note?: string;
}

/** Closing needs `status: 'closed'` and a `closedReason`; reopening sets `status: 'open'`. */
export interface UpdateCaseRequest {
  version: number;
  firstName?: string;
  lastName?: string;
  dateOfBirth?: string;
  bsn?: string | null;
  municipalityId?: string;
  schoolOrWork?: string | null;
  contact?: Partial<CaseContact>;
  status?: CaseStatus;
  closedReason?: string;
}

export interface AddTeamMemberRequest {
  userId: string;
  part: string;
}

export interface UpdateTeamMemberRequest {
  part: string;
}

/** Handing over the lead is one action. */
export interface HandOverCasusregisseurRequest {
  userId: string;
}

export interface NetworkMemberRequest {
  name: string;
  relation: NetworkRelation;
  phone?: string | null;
  email?: string | null;
  note?: string | null;
}

export interface TimelineEntry {
  id: string;
  at: string;
  actor: { userId: string; name: string } | null;
  kind: string;
  summary: string;
  details: Record<string, unknown>;
}

/** The roles `GET /colleagues` searches by: case-team work, and the parts people play at the Actietafel. */
export const COLLEAGUE_ROLES = [
  'professional',
  'actietafel-chair',
  'actietafel-member',
  'actietafel-coordinator',
] as const;
export type ColleagueRole = (typeof COLLEAGUE_ROLES)[number];

/** A colleague one can add to a team or a session: active users of any organisation, searchable. */
export interface ColleagueResponse {
  userId: string;
  name: string;
  organisationName: string;
  sector: Sector;
}
