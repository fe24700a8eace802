import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import {
  API_BASE_PATH,
  AgendaItemResponse,
  AgreementResponse,
  CreateAgreementRequest,
  CreateDecisionRequest,
  DecisionResponse,
  InviteeResponse,
  MinutesResponse,
  PlanSessionRequest,
  SessionListQuery,
  SessionResponse,
  SessionSummary,
  SessionTransitionRequest,
  ToekomstplanVersionResponse,
  UpdateAgendaItemRequest,
  UpdateAttendanceRequest,
  UpdateSessionRequest,
} from '@sluitend/domain';
import { Observable, map } from 'rxjs';
import { idempotent } from '../http/idempotency';

export type SessionsWhen = NonNullable<SessionListQuery['when']>;

const SESSIONS_URL = `${API_BASE_PATH}/actietafel-sessions`;

/**
 * The Actietafel's sessions: planning (coordinator), the agenda, running the meeting (chair and
 * minute-taker) and the minutes. What the viewer may do comes with each session
 * (`availableTransitions`, `canRecord`); the API refuses anything else.
 */
@Injectable({ providedIn: 'root' })
export class SessionsApiService {
  private readonly http = inject(HttpClient);

  /** `upcoming`: not ended nor cancelled; `past`; or `all`. */
  list(when: SessionsWhen = 'upcoming'): Observable<SessionSummary[]> {
    const params = new HttpParams().set('when', when);
    return this.http.get<SessionSummary[]>(SESSIONS_URL, { params });
  }

  /** Agenda items carry the escalation only while the viewer's content access is `full`. */
  get(id: string): Observable<SessionResponse> {
    return this.http.get<SessionResponse>(sessionUrl(id));
  }

  /** Coordinator only; answers 400 with field errors for a bad request. */
  plan(request: PlanSessionRequest, key?: string): Observable<SessionResponse> {
    return this.http.post<SessionResponse>(SESSIONS_URL, request, { context: idempotent(key) });
  }

  /** Time, place and people, until the session starts. Answers 409 when `request.version` is stale. */
  update(id: string, request: UpdateSessionRequest): Observable<SessionResponse> {
    return this.http.patch<SessionResponse>(sessionUrl(id), request);
  }

  /** send-agenda, start, end or cancel; 409 names the allowed transitions (or session-has-agenda). */
  transition(id: string, request: SessionTransitionRequest): Observable<SessionResponse> {
    return this.http.post<SessionResponse>(`${sessionUrl(id)}/transitions`, request);
  }

  updateAttendance(id: string, userId: string, request: UpdateAttendanceRequest): Observable<InviteeResponse> {
    return this.http.patch<InviteeResponse>(`${sessionUrl(id)}/invitees/${encodeURIComponent(userId)}`, request);
  }

  /** Order and time box before the session; phase and summary during it. */
  updateAgendaItem(id: string, itemId: string, request: UpdateAgendaItemRequest): Observable<AgendaItemResponse> {
    return this.http.patch<AgendaItemResponse>(itemUrl(id, itemId), request);
  }

  /** Answers 409 for a second decision with doorzettingsmacht on the same item. */
  addDecision(id: string, itemId: string, request: CreateDecisionRequest, key?: string): Observable<DecisionResponse> {
    return this.http.post<DecisionResponse>(`${itemUrl(id, itemId)}/decisions`, request, {
      context: idempotent(key),
    });
  }

  deleteDecision(id: string, itemId: string, decisionId: string): Observable<void> {
    return this.http
      .delete<unknown>(`${itemUrl(id, itemId)}/decisions/${encodeURIComponent(decisionId)}`)
      .pipe(map(() => undefined));
  }

  addAgreement(
    id: string,
    itemId: string,
    request: CreateAgreementRequest,
    key?: string,
  ): Observable<AgreementResponse> {
    return this.http.post<AgreementResponse>(`${itemUrl(id, itemId)}/agreements`, request, {
      context: idempotent(key),
    });
  }

  deleteAgreement(id: string, itemId: string, agreementId: string): Observable<void> {
    return this.http
      .delete<unknown>(`${itemUrl(id, itemId)}/agreements/${encodeURIComponent(agreementId)}`)
      .pipe(map(() => undefined));
  }

  /** Every agreement made at the session; needs `full` content access. */
  agreements(id: string): Observable<AgreementResponse[]> {
    return this.http.get<AgreementResponse[]>(`${sessionUrl(id)}/agreements`);
  }

  /** Once the session has ended. */
  minutes(id: string): Observable<MinutesResponse> {
    return this.http.get<MinutesResponse>(`${sessionUrl(id)}/minutes`);
  }

  /** For a download link: the browser sends the session cookie itself. */
  minutesPdfUrl(id: string): string {
    return `${sessionUrl(id)}/minutes/pdf`;
  }

  /**
   * The toekomstplan version attached to an agenda item's escalation, as it was when it was submitted.
   * Answers 403 content-not-available outside the view window, 404 plan-version-not-attached.
   */
  agendaItemPlanVersion(id: string, itemId: string): Observable<ToekomstplanVersionResponse> {
    return this.http.get<ToekomstplanVersionResponse>(`${itemUrl(id, itemId)}/plan-version`);
  }
}

function sessionUrl(id: string): string {
  return `${SESSIONS_URL}/${encodeURIComponent(id)}`;
}

function itemUrl(id: string, itemId: string): string {
  return `${sessionUrl(id)}/agenda-items/${encodeURIComponent(itemId)}`;
}
