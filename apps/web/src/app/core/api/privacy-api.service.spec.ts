import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { AuditChainVerification, AuditEventPage, ErasureRecordResponse, RetentionRunResponse } from '@sluitend/domain';
import { PrivacyApiService } from './privacy-api.service';

describe('PrivacyApiService', () => {
  let service: PrivacyApiService;
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    service = TestBed.inject(PrivacyApiService);
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  it('asks for a page of the access log with every chosen filter in the url', () => {
    const page: AuditEventPage = { items: [], total: 0, page: 2, pageSize: 25 };
    let result: AuditEventPage | undefined;
    service
      .auditEvents({
        caseId: ' case-1 ',
        userId: 'user-2',
        action: 'break-the-glass',
        from: '2026-03-01',
        to: '2026-03-05',
        page: 2,
        pageSize: 25,
      })
      .subscribe((answer) => (result = answer));
    const request = http.expectOne((r) => r.url === '/api/v1/audit-events');
    expect(request.request.method).toBe('GET');
    expect(request.request.urlWithParams).toBe(
      '/api/v1/audit-events?caseId=case-1&userId=user-2&action=break-the-glass&from=2026-03-01&to=2026-03-05&page=2&pageSize=25',
    );
    request.flush(page);
    expect(result).toEqual(page);
  });

  it('sends the name or e-mail to search for, trimmed', () => {
    service.auditEvents({ user: '  Anouk Beheer ', page: 1, pageSize: 25 }).subscribe();
    expect(http.expectOne((r) => r.url === '/api/v1/audit-events').request.urlWithParams).toBe(
      '/api/v1/audit-events?user=Anouk%20Beheer&page=1&pageSize=25',
    );
  });

  it('leaves empty filters out of the access-log url', () => {
    service.auditEvents({ caseId: '  ', userId: '', page: 1, pageSize: 25 }).subscribe();
    const request = http.expectOne((r) => r.url === '/api/v1/audit-events');
    expect(request.request.urlWithParams).toBe('/api/v1/audit-events?page=1&pageSize=25');
    request.flush({ items: [], total: 0, page: 1, pageSize: 25 });
  });

  it('asks the API to verify the hash chain of the access log', () => {
    const verification: AuditChainVerification = {
      valid: false,
      checkedEvents: 12,
      firstBrokenSequence: 7,
      verifiedAt: '2026-03-05T10:00:00Z',
      anchor: {
        status: 'missing-tail',
        checkpointNumber: 3,
        checkpointSequence: 12,
        checkpointAt: '2026-03-05T09:55:00Z',
        recordedCheckpoints: 3,
        headSequence: 6,
      },
    };
    let result: AuditChainVerification | undefined;
    service.verifyAuditChain().subscribe((answer) => (result = answer));
    http.expectOne({ method: 'GET', url: '/api/v1/audit-events/verification' }).flush(verification);
    expect(result).toEqual(verification);
  });

  it('lists the erasure records', () => {
    const record: ErasureRecordResponse = {
      id: 'er-1',
      caseId: 'case-1',
      reason: 'Verzoek van de jongere',
      kind: 'request',
      erasedBy: { userId: 'user-1', name: 'Anne de Vries' },
      erasedAt: '2026-03-05T10:00:00Z',
    };
    let result: ErasureRecordResponse[] | undefined;
    service.erasureRecords().subscribe((answer) => (result = answer));
    http.expectOne({ method: 'GET', url: '/api/v1/erasure-records' }).flush([record]);
    expect(result).toEqual([record]);
  });

  it.each([true, false])('starts a retention run with dryRun %s in the body', (dryRun) => {
    const run: RetentionRunResponse = { dryRun, ranAt: '2026-03-05T10:00:00Z', kinds: [] };
    let result: RetentionRunResponse | undefined;
    service.runRetention({ dryRun }).subscribe((answer) => (result = answer));
    const request = http.expectOne({ method: 'POST', url: '/api/v1/retention-runs' });
    expect(request.request.body).toEqual({ dryRun });
    request.flush(run, { status: 201, statusText: 'Created' });
    expect(result).toEqual(run);
  });

  it('passes a 403 of a non-officer on to the caller', () => {
    let status: number | undefined;
    service.erasureRecords().subscribe({ error: (error: { status: number }) => (status = error.status) });
    http
      .expectOne('/api/v1/erasure-records')
      .flush(
        { type: 'https://sluitend.nl/problems/forbidden', title: 'Forbidden', status: 403 },
        { status: 403, statusText: 'Forbidden' },
      );
    expect(status).toBe(403);
  });
});
