import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { API_BASE_PATH, CreateEmergencyAccessRequest, EmergencyAccessResponse } from '@sluitend/domain';
import { Observable } from 'rxjs';

/** Break-the-glass: read-only access to a case the user is not on the team of, for a few hours. */
@Injectable({ providedIn: 'root' })
export class EmergencyAccessApiService {
  private readonly http = inject(HttpClient);

  /**
   * Answers 404 case-not-found when no case matches, and 409 ambiguous-case when a last name
   * and date of birth match more than one: then only the BSN can tell them apart.
   */
  create(request: CreateEmergencyAccessRequest): Observable<EmergencyAccessResponse> {
    return this.http.post<EmergencyAccessResponse>(`${API_BASE_PATH}/emergency-accesses`, request);
  }

  /** The user's own grants and those on cases they lead, of the last 30 days, newest first. */
  list(): Observable<EmergencyAccessResponse[]> {
    return this.http.get<EmergencyAccessResponse[]>(`${API_BASE_PATH}/emergency-accesses`);
  }
}
