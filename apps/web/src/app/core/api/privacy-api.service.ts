import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import {
  API_BASE_PATH,
  AuditChainVerification,
  AuditEventPage,
  AuditEventQuery,
  ErasureRecordResponse,
  RetentionRunRequest,
  RetentionRunResponse,
} from '@sluitend/domain';
import { Observable } from 'rxjs';

/**
 * The query string of the access log. Empty values are left out, so the API applies its own
 * defaults and the URL in the network log shows only what the privacy officer chose.
 */
export function auditEventParams(query: AuditEventQuery): HttpParams {
  let params = new HttpParams();
  const caseId = query.caseId?.trim();
  if (caseId) params = params.set('caseId', caseId);
  const userId = query.userId?.trim();
  if (userId) params = params.set('userId', userId);
  const user = query.user?.trim();
  if (user) params = params.set('user', user);
  if (query.action) params = params.set('action', query.action);
  if (query.from) params = params.set('from', query.from);
  if (query.to) params = params.set('to', query.to);
  if (query.page !== undefined) params = params.set('page', query.page);
  if (query.pageSize !== undefined) params = params.set('pageSize', query.pageSize);
  return params;
}

/**
 * What the privacy officer sees: the access log, its hash chain, erased cases and retention runs
 * (never case content).
 */
@Injectable({ providedIn: 'root' })
export class PrivacyApiService {
  private readonly http = inject(HttpClient);

  /** Privacy officer only; anyone else gets 403 `forbidden`. */
  auditEvents(query: AuditEventQuery): Observable<AuditEventPage> {
    return this.http.get<AuditEventPage>(`${API_BASE_PATH}/audit-events`, { params: auditEventParams(query) });
  }

  /** Recomputes the hash chain of the access log and names the first event that does not fit. */
  verifyAuditChain(): Observable<AuditChainVerification> {
    return this.http.get<AuditChainVerification>(`${API_BASE_PATH}/audit-events/verification`);
  }

  /** Newest first. */
  erasureRecords(): Observable<ErasureRecordResponse[]> {
    return this.http.get<ErasureRecordResponse[]>(`${API_BASE_PATH}/erasure-records`);
  }

  /** With `dryRun: true` nothing is removed; the answer shows what would go. */
  runRetention(request: RetentionRunRequest): Observable<RetentionRunResponse> {
    return this.http.post<RetentionRunResponse>(`${API_BASE_PATH}/retention-runs`, request);
  }
}
