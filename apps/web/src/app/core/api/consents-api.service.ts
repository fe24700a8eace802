import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { API_BASE_PATH, ConsentResponse, CreateConsentRequest, WithdrawConsentRequest } from '@sluitend/domain';
import { Observable } from 'rxjs';
import { idempotent } from '../http/idempotency';

/**
 * The consents and legal grounds a case's data are shared on. The casusregisseur may always
 * read and register them, also while their own organisation lacks consent.
 */
@Injectable({ providedIn: 'root' })
export class ConsentsApiService {
  private readonly http = inject(HttpClient);

  /** Newest first. */
  list(caseId: string): Observable<ConsentResponse[]> {
    return this.http.get<ConsentResponse[]>(this.consentsUrl(caseId));
  }

  /** Answers 400 with field errors from `consentDraftProblems`, e.g. a giver missing for the jongere's age. */
  create(caseId: string, request: CreateConsentRequest, key?: string): Observable<ConsentResponse> {
    return this.http.post<ConsentResponse>(this.consentsUrl(caseId), request, { context: idempotent(key) });
  }

  /** Acts at once. Answers 409 consent-already-withdrawn for a consent withdrawn before. */
  withdraw(caseId: string, consentId: string, request: WithdrawConsentRequest): Observable<ConsentResponse> {
    return this.http.post<ConsentResponse>(
      `${this.consentsUrl(caseId)}/${encodeURIComponent(consentId)}/withdrawal`,
      request,
    );
  }

  private consentsUrl(caseId: string): string {
    return `${API_BASE_PATH}/cases/${encodeURIComponent(caseId)}/consents`;
  }
}
