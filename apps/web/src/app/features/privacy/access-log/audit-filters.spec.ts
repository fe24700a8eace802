import { FormControl, FormGroup } from '@angular/forms';
import { anAuditEvent } from '../privacy-testing';
import { auditFlag, auditQuery, dateRange, hasAuditFilters } from './audit-filters';

describe('audit filters', () => {
  const none = { caseId: '', userId: '', user: '', action: '', from: '', to: '' } as const;

  it('asks for the first page of everything when no filter is set', () => {
    expect(auditQuery(none)).toEqual({ page: 1, pageSize: 25 });
    expect(hasAuditFilters(auditQuery(none))).toBe(false);
  });

  it('trims the ids and keeps every filter that is set', () => {
    const query = auditQuery({ ...none, caseId: ' case-1 ', userId: 'user-2', action: 'denied', from: '2026-03-01' });
    expect(query).toEqual({
      caseId: 'case-1',
      userId: 'user-2',
      action: 'denied',
      from: '2026-03-01',
      page: 1,
      pageSize: 25,
    });
    expect(hasAuditFilters(query)).toBe(true);
  });

  it('searches by part of a name or e-mail, trimmed, and counts it as a filter', () => {
    const query = auditQuery({ ...none, user: '  anouk@demo ' });
    expect(query).toEqual({ user: 'anouk@demo', page: 1, pageSize: 25 });
    expect(hasAuditFilters(query)).toBe(true);
    expect(auditQuery({ ...none, user: '   ' })).toEqual({ page: 1, pageSize: 25 });
  });

  it('refuses an end date before the start date, and allows the same day or an open end', () => {
    const group = (from: string, to: string) => new FormGroup({ from: new FormControl(from), to: new FormControl(to) });
    expect(dateRange(group('2026-03-05', '2026-03-01'))).toEqual({ dateRange: true });
    expect(dateRange(group('2026-03-05', '2026-03-05'))).toBeNull();
    expect(dateRange(group('2026-03-05', ''))).toBeNull();
    expect(dateRange(group('', '2026-03-01'))).toBeNull();
  });

  it('flags refusals, emergency access and reads that rest on emergency access', () => {
    expect(auditFlag(anAuditEvent({ action: 'denied', ground: 'none' }))).toBe('denied');
    expect(auditFlag(anAuditEvent({ action: 'break-the-glass', ground: 'break-the-glass' }))).toBe('break-the-glass');
    expect(auditFlag(anAuditEvent({ action: 'read', ground: 'break-the-glass' }))).toBe('break-the-glass');
    expect(auditFlag(anAuditEvent({ action: 'read', ground: 'consent' }))).toBeNull();
  });
});
