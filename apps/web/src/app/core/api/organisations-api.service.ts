import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import {
  API_BASE_PATH,
  CreateOrganisationRequest,
  OrganisationResponse,
  UpdateOrganisationRequest,
} from '@sluitend/domain';
import { Observable } from 'rxjs';

@Injectable({ providedIn: 'root' })
export class OrganisationsApiService {
  private readonly http = inject(HttpClient);
  private readonly url = `${API_BASE_PATH}/organisations`;

  list(): Observable<OrganisationResponse[]> {
    return this.http.get<OrganisationResponse[]>(this.url);
  }

  create(request: CreateOrganisationRequest): Observable<OrganisationResponse> {
    return this.http.post<OrganisationResponse>(this.url, request);
  }

  /** Answers 409 when `request.version` is no longer the stored version. */
  update(id: string, request: UpdateOrganisationRequest): Observable<OrganisationResponse> {
    return this.http.patch<OrganisationResponse>(`${this.url}/${encodeURIComponent(id)}`, request);
  }
}
