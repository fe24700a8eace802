import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { API_BASE_PATH, NotificationResponse, NotificationSummaryResponse } from '@sluitend/domain';
import { Observable } from 'rxjs';

const NOTIFICATIONS_URL = `${API_BASE_PATH}/notifications`;

/** The signed-in user's in-app notifications. Their titles never hold a jongere's personal data. */
@Injectable({ providedIn: 'root' })
export class NotificationsApiService {
  private readonly http = inject(HttpClient);

  /** Mine, newest first, at most NOTIFICATION_LIST_LIMIT. */
  list(): Observable<NotificationResponse[]> {
    return this.http.get<NotificationResponse[]>(NOTIFICATIONS_URL);
  }

  /** Only the unread count: cheap enough for the bell to poll. */
  summary(): Observable<NotificationSummaryResponse> {
    return this.http.get<NotificationSummaryResponse>(`${NOTIFICATIONS_URL}/summary`);
  }

  /** Idempotent: a notification read before keeps its first readAt. */
  markRead(id: string): Observable<NotificationResponse> {
    return this.http.post<NotificationResponse>(`${NOTIFICATIONS_URL}/${encodeURIComponent(id)}/read`, null);
  }

  markAllRead(): Observable<NotificationSummaryResponse> {
    return this.http.post<NotificationSummaryResponse>(`${NOTIFICATIONS_URL}/read-all`, null);
  }
}
