import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import {
  API_BASE_PATH,
  AgreementListItem,
  AgreementListQuery,
  AgreementResponse,
  UpdateAgreementRequest,
} from '@sluitend/domain';
import { Observable } from 'rxjs';
import { CaseAccessProblems } from './case-access-problems';

export function agreementListParams(query: AgreementListQuery): HttpParams {
  let params = new HttpParams();
  if (query.owner) params = params.set('owner', query.owner);
  if (query.status) params = params.set('status', query.status);
  if (query.overdue !== undefined) params = params.set('overdue', String(query.overdue));
  return params;
}

/** The agreements (afspraken) made at the Actietafel: on the owner's home, on the case, and the overdue ones. */
@Injectable({ providedIn: 'root' })
export class AgreementsApiService {
  private readonly http = inject(HttpClient);
  private readonly problems = inject(CaseAccessProblems);

  /** Owned by me, or by my organisation without a named person; with the jongere's name. */
  listMine(query: Omit<AgreementListQuery, 'owner'> = {}): Observable<AgreementListItem[]> {
    return this.http.get<AgreementListItem[]>(agreementsUrl(), {
      params: agreementListParams({ ...query, owner: 'mine' }),
    });
  }

  /** The case's agreements, for its team. */
  listForCase(caseId: string): Observable<AgreementResponse[]> {
    return this.http
      .get<AgreementResponse[]>(`${API_BASE_PATH}/cases/${encodeURIComponent(caseId)}/agreements`)
      .pipe(this.problems.watch(caseId));
  }

  /** Coordinator only: the open agreements of the own region whose deadline has passed. */
  listOverdue(): Observable<AgreementListItem[]> {
    return this.http.get<AgreementListItem[]>(agreementsUrl(), {
      params: agreementListParams({ status: 'open', overdue: true }),
    });
  }

  /** The owner marks it done (note required) or open; the coordinator may also drop it or move its deadline. */
  update(id: string, request: UpdateAgreementRequest): Observable<AgreementResponse> {
    return this.http.patch<AgreementResponse>(`${agreementsUrl()}/${encodeURIComponent(id)}`, request);
  }
}

function agreementsUrl(): string {
  return `${API_BASE_PATH}/agreements`;
}
