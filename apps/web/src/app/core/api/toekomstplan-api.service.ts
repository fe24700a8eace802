import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import {
  API_BASE_PATH,
  ActionStatus,
  DomainScoreHistory,
  PlanComparison,
  SaveToekomstplanRequest,
  ToekomstplanVersionResponse,
  ToekomstplanVersionSummary,
} from '@sluitend/domain';
import { Observable } from 'rxjs';
import { CaseAccessProblems } from './case-access-problems';

/** The problem code of GET toekomstplan before the first save: start from an empty plan then. */
export const PLAN_NOT_STARTED = 'toekomstplan-not-started';

/** The versioned toekomstplan of one case. Every save creates a new version. */
@Injectable({ providedIn: 'root' })
export class ToekomstplanApiService {
  private readonly http = inject(HttpClient);
  private readonly problems = inject(CaseAccessProblems);

  /** Answers 404 toekomstplan-not-started while nothing has been saved yet. */
  current(caseId: string): Observable<ToekomstplanVersionResponse> {
    return this.http.get<ToekomstplanVersionResponse>(planUrl(caseId)).pipe(this.problems.watch(caseId));
  }

  /** Answers 409 version-conflict, with `currentVersion`, when someone saved after `basedOnVersion`. */
  save(caseId: string, request: SaveToekomstplanRequest): Observable<ToekomstplanVersionResponse> {
    return this.http.put<ToekomstplanVersionResponse>(planUrl(caseId), request).pipe(this.problems.watch(caseId));
  }

  /** Newest first. */
  versions(caseId: string): Observable<ToekomstplanVersionSummary[]> {
    return this.http.get<ToekomstplanVersionSummary[]>(`${planUrl(caseId)}/versions`).pipe(this.problems.watch(caseId));
  }

  version(caseId: string, number: number): Observable<ToekomstplanVersionResponse> {
    return this.http
      .get<ToekomstplanVersionResponse>(`${planUrl(caseId)}/versions/${number}`)
      .pipe(this.problems.watch(caseId));
  }

  compare(caseId: string, from: number, to: number): Observable<PlanComparison> {
    const params = new HttpParams().set('from', from).set('to', to);
    return this.http.get<PlanComparison>(`${planUrl(caseId)}/comparison`, { params }).pipe(this.problems.watch(caseId));
  }

  scoreHistory(caseId: string): Observable<DomainScoreHistory[]> {
    return this.http.get<DomainScoreHistory[]>(`${planUrl(caseId)}/score-history`).pipe(this.problems.watch(caseId));
  }

  /** For an action's owner: changes only its status, which the API saves as a new version. */
  updateActionStatus(caseId: string, actionId: string, status: ActionStatus): Observable<ToekomstplanVersionResponse> {
    return this.http
      .patch<ToekomstplanVersionResponse>(`${planUrl(caseId)}/actions/${encodeURIComponent(actionId)}`, { status })
      .pipe(this.problems.watch(caseId));
  }
}

function planUrl(caseId: string): string {
  return `${API_BASE_PATH}/cases/${encodeURIComponent(caseId)}/toekomstplan`;
}
