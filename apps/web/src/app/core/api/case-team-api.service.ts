import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import {
  API_BASE_PATH,
  AddTeamMemberRequest,
  CaseResponse,
  TeamMemberResponse,
  UpdateTeamMemberRequest,
} from '@sluitend/domain';
import { Observable, map } from 'rxjs';
import { CaseAccessProblems } from './case-access-problems';
import { idempotent } from '../http/idempotency';

/** The professionals on a case team. Only the casusregisseur may change the team. */
@Injectable({ providedIn: 'root' })
export class CaseTeamApiService {
  private readonly http = inject(HttpClient);
  private readonly problems = inject(CaseAccessProblems);

  list(caseId: string): Observable<TeamMemberResponse[]> {
    return this.http.get<TeamMemberResponse[]>(this.membersUrl(caseId)).pipe(this.problems.watch(caseId));
  }

  /** Answers 409 already-team-member when the colleague is on the team already. */
  add(caseId: string, request: AddTeamMemberRequest, key?: string): Observable<TeamMemberResponse> {
    return this.http
      .post<TeamMemberResponse>(this.membersUrl(caseId), request, { context: idempotent(key) })
      .pipe(this.problems.watch(caseId));
  }

  update(caseId: string, memberId: string, request: UpdateTeamMemberRequest): Observable<TeamMemberResponse> {
    return this.http
      .patch<TeamMemberResponse>(this.memberUrl(caseId, memberId), request)
      .pipe(this.problems.watch(caseId));
  }

  /** Answers 409 casusregisseur-cannot-leave for the casusregisseur: hand over first. */
  remove(caseId: string, memberId: string): Observable<void> {
    return this.http.delete<unknown>(this.memberUrl(caseId, memberId)).pipe(
      map(() => undefined),
      this.problems.watch(caseId),
    );
  }

  /** One request, so the case never has zero or two casusregisseurs. */
  handOver(caseId: string, userId: string): Observable<CaseResponse> {
    return this.http
      .put<CaseResponse>(`${caseUrl(caseId)}/casusregisseur`, { userId })
      .pipe(this.problems.watch(caseId));
  }

  private membersUrl(caseId: string): string {
    return `${caseUrl(caseId)}/team-members`;
  }

  private memberUrl(caseId: string, memberId: string): string {
    return `${this.membersUrl(caseId)}/${encodeURIComponent(memberId)}`;
  }
}

function caseUrl(caseId: string): string {
  return `${API_BASE_PATH}/cases/${encodeURIComponent(caseId)}`;
}
