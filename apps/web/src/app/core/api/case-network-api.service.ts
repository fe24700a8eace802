import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { API_BASE_PATH, NetworkMemberRequest, NetworkMemberResponse } from '@sluitend/domain';
import { Observable, map } from 'rxjs';
import { CaseAccessProblems } from './case-access-problems';
import { idempotent } from '../http/idempotency';

/** The jongere's informal network: parents, a JIM, family, friends. */
@Injectable({ providedIn: 'root' })
export class CaseNetworkApiService {
  private readonly http = inject(HttpClient);
  private readonly problems = inject(CaseAccessProblems);

  list(caseId: string): Observable<NetworkMemberResponse[]> {
    return this.http.get<NetworkMemberResponse[]>(this.membersUrl(caseId)).pipe(this.problems.watch(caseId));
  }

  add(caseId: string, request: NetworkMemberRequest, key?: string): Observable<NetworkMemberResponse> {
    return this.http
      .post<NetworkMemberResponse>(this.membersUrl(caseId), request, { context: idempotent(key) })
      .pipe(this.problems.watch(caseId));
  }

  update(caseId: string, memberId: string, request: NetworkMemberRequest): Observable<NetworkMemberResponse> {
    return this.http
      .patch<NetworkMemberResponse>(this.memberUrl(caseId, memberId), request)
      .pipe(this.problems.watch(caseId));
  }

  remove(caseId: string, memberId: string): Observable<void> {
    return this.http.delete<unknown>(this.memberUrl(caseId, memberId)).pipe(
      map(() => undefined),
      this.problems.watch(caseId),
    );
  }

  private membersUrl(caseId: string): string {
    return `${API_BASE_PATH}/cases/${encodeURIComponent(caseId)}/network-members`;
  }

  private memberUrl(caseId: string, memberId: string): string {
    return `${this.membersUrl(caseId)}/${encodeURIComponent(memberId)}`;
  }
}
