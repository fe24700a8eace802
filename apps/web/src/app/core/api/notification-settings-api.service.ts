import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { API_BASE_PATH, NotificationSettingsResponse, UpdateNotificationSettingsRequest } from '@sluitend/domain';
import { Observable } from 'rxjs';

const SETTINGS_URL = `${API_BASE_PATH}/notification-settings`;

/** The signed-in user's own choice of how to hear of notifications by e-mail. */
@Injectable({ providedIn: 'root' })
export class NotificationSettingsApiService {
  private readonly http = inject(HttpClient);

  get(): Observable<NotificationSettingsResponse> {
    return this.http.get<NotificationSettingsResponse>(SETTINGS_URL);
  }

  /** A stale version is answered 409: someone (often the same user in another tab) changed it meanwhile. */
  update(request: UpdateNotificationSettingsRequest): Observable<NotificationSettingsResponse> {
    return this.http.put<NotificationSettingsResponse>(SETTINGS_URL, request);
  }
}
