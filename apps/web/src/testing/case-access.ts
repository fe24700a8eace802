import { HttpTestingController } from '@angular/common/http/testing';
import { AuditEventResponse, CaseAccessResponse, ConsentResponse } from '@sluitend/domain';

/** What the casusregisseur of aCase() may do: everything, on the ground of a consent. */
export function anAccess(overrides: Partial<CaseAccessResponse> = {}): CaseAccessResponse {
  return {
    caseId: 'case-1',
    level: 'full',
    ground: 'consent',
    groundReference: 'consent-1',
    isTeamMember: true,
    isCasusregisseur: true,
    canChange: true,
    canManageConsents: true,
    canViewAccessLog: true,
    casusregisseur: { userId: 'user-1', name: 'Anne de Vries', organisationName: 'Gemeente Utrecht' },
    emergencyAccessExpiresAt: null,
    restricted: false,
    ...overrides,
  };
}

/** A team member of another organisation. */
export function aMemberAccess(overrides: Partial<CaseAccessResponse> = {}): CaseAccessResponse {
  return anAccess({ isCasusregisseur: false, canManageConsents: false, canViewAccessLog: false, ...overrides });
}

/** A professional outside the team who broke the glass: read-only until 14:30 Dutch time. */
export function anEmergencyAccess(overrides: Partial<CaseAccessResponse> = {}): CaseAccessResponse {
  return anAccess({
    ground: 'break-the-glass',
    groundReference: 'ea-1',
    isTeamMember: false,
    isCasusregisseur: false,
    canChange: false,
    canManageConsents: false,
    canViewAccessLog: false,
    emergencyAccessExpiresAt: '2026-03-05T13:30:00Z',
    ...overrides,
  });
}

export function aConsent(overrides: Partial<ConsentResponse> = {}): ConsentResponse {
  return {
    id: 'consent-1',
    caseId: 'case-1',
    scope: 'organisation',
    organisationId: 'org-1',
    organisationName: 'Gemeente Utrecht',
    sector: null,
    purpose: 'case-collaboration',
    basis: 'consent',
    givenBy: ['jongere'],
    legalGround: null,
    note: null,
    givenOn: '2026-01-10',
    validUntil: null,
    status: 'active',
    recordedBy: { userId: 'user-1', name: 'Anne de Vries' },
    recordedAt: '2026-01-10T09:00:00Z',
    withdrawnAt: null,
    withdrawnReason: null,
    withdrawnBy: null,
    ...overrides,
  };
}

export function anAuditEvent(overrides: Partial<AuditEventResponse> = {}): AuditEventResponse {
  return {
    sequence: 1,
    at: '2026-03-04T10:15:00Z',
    user: { userId: 'user-2', name: 'Linda Verhoef' },
    organisation: { organisationId: 'org-2', name: 'Jeugdhulp Rivierenland' },
    roles: ['professional'],
    onBehalfOf: null,
    caseIds: ['case-1'],
    action: 'read',
    resource: 'case',
    fields: [],
    ground: 'consent',
    groundReference: 'consent-1',
    reason: null,
    ip: null,
    sessionDigest: null,
    ...overrides,
  };
}

export const CONSENT_REQUIRED_PROBLEM = {
  type: 'https://sluitend.nl/problems/consent-required',
  title: 'Forbidden',
  status: 403,
  detail: 'Your organisation has no valid consent for this case.',
  casusregisseur: { userId: 'user-1', name: 'Anne de Vries', organisationName: 'Gemeente Utrecht' },
};

/** Answers the case page's first call: what the user may do with case-1. */
export function answerAccess(http: HttpTestingController, access: CaseAccessResponse = anAccess()): void {
  http.expectOne(`/api/v1/cases/${access.caseId}/access`).flush(access);
}
