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

/** The problem code of GET toekomstplan before the first save: start from an empty plan then. */
export const PLAN_NOT_STARTED = 'toekomstplan-not-started';

/** The versioned toekomstplan of one case. Every save creates a new version. */
@Injectable({ providedIn: 'root' })
export class ToekomstplanApiService {
  private readonly http = inject(HttpClient);

  /** Answers 404 toekomstplan-not-started while nothing has been saved yet. */
  current(caseId: string): Observable<ToekomstplanVersionResponse> {
    return this.http.get<ToekomstplanVersionResponse>(planUrl(caseId));
  }

  /** Answers 409 version-conflict, with `currentVersion`, when someone saved after `basedOnVersion`. */
  save(caseId: string, request: SaveToekomstplanRequest): Observable<ToekomstplanVersionResponse> {
    return this.http.put<ToekomstplanVersionResponse>(planUrl(caseId), request);
  }

  /** Newest first. */
  versions(caseId: string): Observable<ToekomstplanVersionSummary[]> {
    return this.http.get<ToekomstplanVersionSummary[]>(`${planUrl(caseId)}/versions`);
  }

  version(caseId: string, number: number): Observable<ToekomstplanVersionResponse> {
    return this.http.get<ToekomstplanVersionResponse>(`${planUrl(caseId)}/versions/${number}`);
  }

  compare(caseId: string, from: number, to: number): Observable<PlanComparison> {
    const params = new HttpParams().set('from', from).set('to', to);
    return this.http.get<PlanComparison>(`${planUrl(caseId)}/comparison`, { params });
  }

  scoreHistory(caseId: string): Observable<DomainScoreHistory[]> {
    return this.http.get<DomainScoreHistory[]>(`${planUrl(caseId)}/score-history`);
  }

  /** For an action's owner: changes only its status, which the API saves as a new version. */
  updateActionStatus(caseId: string, actionId: string, status: ActionStatus): Observable<ToekomstplanVersionResponse> {
    return this.http.patch<ToekomstplanVersionResponse>(`${planUrl(caseId)}/actions/${encodeURIComponent(actionId)}`, {
      status,
    });
  }
}

function planUrl(caseId: string): string {
  return `${API_BASE_PATH}/cases/${encodeURIComponent(caseId)}/toekomstplan`;
}
