import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import {
  API_BASE_PATH,
  CaseListQuery,
  CasePage,
  CaseResponse,
  CreateCaseRequest,
  TimelineEntry,
  UpdateCaseRequest,
} from '@sluitend/domain';
import { Observable } from 'rxjs';
import { CaseAccessProblems } from './case-access-problems';
import { caseListParams } from './case-list-params';
import { idempotent } from '../http/idempotency';

/** The dossier itself; its team, network and plan each have their own service. */
@Injectable({ providedIn: 'root' })
export class CasesApiService {
  private readonly http = inject(HttpClient);
  private readonly problems = inject(CaseAccessProblems);
  private readonly url = `${API_BASE_PATH}/cases`;

  /** Only cases the user is a team member of. */
  list(query: CaseListQuery): Observable<CasePage> {
    return this.http.get<CasePage>(this.url, { params: caseListParams(query) });
  }

  /** Answers 400 with field errors, e.g. a BSN failing the elfproef. */
  create(request: CreateCaseRequest, key?: string): Observable<CaseResponse> {
    return this.http.post<CaseResponse>(this.url, request, { context: idempotent(key) });
  }

  /** Answers 404 for non-members as well, so nobody learns that a case exists. */
  get(id: string): Observable<CaseResponse> {
    return this.http.get<CaseResponse>(this.caseUrl(id)).pipe(this.problems.watch(id));
  }

  /** Answers 409 version-conflict when `request.version` is no longer the stored version. */
  update(id: string, request: UpdateCaseRequest): Observable<CaseResponse> {
    return this.http.patch<CaseResponse>(this.caseUrl(id), request).pipe(this.problems.watch(id));
  }

  /** Newest first. */
  timeline(id: string): Observable<TimelineEntry[]> {
    return this.http.get<TimelineEntry[]>(`${this.caseUrl(id)}/timeline`).pipe(this.problems.watch(id));
  }

  private caseUrl(id: string): string {
    return `${this.url}/${encodeURIComponent(id)}`;
  }
}
