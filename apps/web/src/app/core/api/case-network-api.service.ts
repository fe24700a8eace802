import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { API_BASE_PATH, NetworkMemberRequest, NetworkMemberResponse } from '@sluitend/domain';
import { Observable, map } from 'rxjs';

/** The jongere's informal network: parents, a JIM, family, friends. */
@Injectable({ providedIn: 'root' })
export class CaseNetworkApiService {
  private readonly http = inject(HttpClient);

  list(caseId: string): Observable<NetworkMemberResponse[]> {
    return this.http.get<NetworkMemberResponse[]>(this.membersUrl(caseId));
  }

  add(caseId: string, request: NetworkMemberRequest): Observable<NetworkMemberResponse> {
    return this.http.post<NetworkMemberResponse>(this.membersUrl(caseId), request);
  }

  update(caseId: string, memberId: string, request: NetworkMemberRequest): Observable<NetworkMemberResponse> {
    return this.http.patch<NetworkMemberResponse>(this.memberUrl(caseId, memberId), request);
  }

  remove(caseId: string, memberId: string): Observable<void> {
    return this.http.delete<unknown>(this.memberUrl(caseId, memberId)).pipe(map(() => undefined));
  }

  private membersUrl(caseId: string): string {
    return `${API_BASE_PATH}/cases/${encodeURIComponent(caseId)}/network-members`;
  }

  private memberUrl(caseId: string, memberId: string): string {
    return `${this.membersUrl(caseId)}/${encodeURIComponent(memberId)}`;
  }
}
