import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import {
  API_BASE_PATH,
  CreateEscalationRequest,
  EscalationListQuery,
  EscalationPage,
  EscalationResponse,
  EscalationSummary,
  EscalationTransitionRequest,
  ToekomstplanVersionResponse,
  UpdateEscalationDraftRequest,
} from '@sluitend/domain';
import { Observable } from 'rxjs';
import { CaseAccessProblems } from './case-access-problems';
import { idempotent } from '../http/idempotency';

/** The list's filters, with several municipalities at once as the monitoring dashboard's figures need them. */
export interface EscalationListFilter extends EscalationListQuery {
  municipalityIds?: string[];
}

const DRILL_DOWN_PARAMS = [
  'submittedFrom',
  'submittedTo',
  'closedFrom',
  'closedTo',
  'sector',
  'outcome',
  'pastNorm',
] as const satisfies readonly (keyof EscalationListFilter)[];

/**
 * The query string of the coordinator's list. Empty values are left out, so the API applies its own
 * defaults; several states travel comma-joined in one `state` parameter, several municipalities as one
 * `municipalityId` each.
 */
export function escalationListParams(query: EscalationListFilter): HttpParams {
  let params = new HttpParams();
  if (query.state && query.state.length > 0) params = params.set('state', query.state.join(','));
  if (query.urgency) params = params.set('urgency', query.urgency);
  const reasonCode = query.reasonCode?.trim();
  if (reasonCode) params = params.set('reasonCode', reasonCode);
  const municipalityIds = [...(query.municipalityId ? [query.municipalityId] : []), ...(query.municipalityIds ?? [])];
  for (const id of new Set(municipalityIds)) params = params.append('municipalityId', id);
  for (const name of DRILL_DOWN_PARAMS) {
    const value = query[name];
    if (value) params = params.set(name, value);
  }
  if (query.sort) params = params.set('sort', query.sort);
  if (query.page !== undefined) params = params.set('page', query.page);
  if (query.pageSize !== undefined) params = params.set('pageSize', query.pageSize);
  return params;
}

/**
 * Escalations to the Actietafel: the case team drafts and submits them, the coordinator triages,
 * schedules and closes them. Every transition names the version the user saw; a stale one is 409.
 */
@Injectable({ providedIn: 'root' })
export class EscalationsApiService {
  private readonly http = inject(HttpClient);
  private readonly problems = inject(CaseAccessProblems);

  /** A draft, or with `submit: true` created and submitted together (409 actietafel-consent-required without consent). */
  create(caseId: string, request: CreateEscalationRequest, key?: string): Observable<EscalationResponse> {
    return this.http
      .post<EscalationResponse>(caseEscalationsUrl(caseId), request, { context: idempotent(key) })
      .pipe(this.problems.watch(caseId));
  }

  /** The case's escalations, for its team. */
  listForCase(caseId: string): Observable<EscalationSummary[]> {
    return this.http.get<EscalationSummary[]>(caseEscalationsUrl(caseId)).pipe(this.problems.watch(caseId));
  }

  /** The coordinator's (or chair's) list of the own region; never drafts. */
  list(query: EscalationListFilter = {}): Observable<EscalationPage> {
    return this.http.get<EscalationPage>(escalationsUrl(), { params: escalationListParams(query) });
  }

  get(id: string): Observable<EscalationResponse> {
    return this.http.get<EscalationResponse>(escalationUrl(id));
  }

  /** While draft or returned; answers 409 when someone saved after `version`. */
  saveDraft(id: string, request: UpdateEscalationDraftRequest): Observable<EscalationResponse> {
    return this.http.put<EscalationResponse>(escalationUrl(id), request);
  }

  /** Drafts only. */
  delete(id: string): Observable<void> {
    return this.http.delete<void>(escalationUrl(id));
  }

  /**
   * One step of the life cycle. Refusals are problem+json with `allowedTransitions` and `errors`:
   * 409 for the state (or a stale version), 403 for the actor, 400 for what the request leaves out.
   */
  transition(id: string, request: EscalationTransitionRequest): Observable<EscalationResponse> {
    return this.http.post<EscalationResponse>(`${escalationUrl(id)}/transitions`, request);
  }

  /** The toekomstplan version attached when it was (re)submitted, as it was then. */
  planVersion(id: string): Observable<ToekomstplanVersionResponse> {
    return this.http.get<ToekomstplanVersionResponse>(`${escalationUrl(id)}/plan-version`);
  }
}

function escalationsUrl(): string {
  return `${API_BASE_PATH}/escalations`;
}

function escalationUrl(id: string): string {
  return `${escalationsUrl()}/${encodeURIComponent(id)}`;
}

function caseEscalationsUrl(caseId: string): string {
  return `${API_BASE_PATH}/cases/${encodeURIComponent(caseId)}/escalations`;
}
