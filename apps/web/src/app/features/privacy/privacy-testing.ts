import { AuditEventPage, AuditEventResponse } from '@sluitend/domain';

export function anAuditEvent(overrides: Partial<AuditEventResponse> = {}): AuditEventResponse {
  return {
    sequence: 41,
    at: '2026-03-05T09:15:00Z',
    user: { userId: 'user-2', name: 'Linda Verhoef' },
    organisation: { organisationId: 'org-2', name: 'Buurtteam Noord' },
    roles: ['professional'],
    onBehalfOf: null,
    caseIds: ['case-1'],
    action: 'read',
    resource: 'case',
    fields: ['firstName', 'dateOfBirth'],
    ground: 'consent',
    groundReference: 'consent-7',
    reason: null,
    ip: '10.0.0.8',
    sessionDigest: 'abc',
    subject: null,
    ...overrides,
  };
}

export function anAuditPage(items: AuditEventResponse[], overrides: Partial<AuditEventPage> = {}): AuditEventPage {
  return { items, total: items.length, page: 1, pageSize: 25, ...overrides };
}
