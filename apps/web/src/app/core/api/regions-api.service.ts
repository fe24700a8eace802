import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { API_BASE_PATH, LifeDomainDefinition, RegionResponse } from '@sluitend/domain';
import { Observable } from 'rxjs';

/** A region as the API now sends it: with its own ordered life domains (the plan template). */
export interface RegionWithLifeDomains extends RegionResponse {
  lifeDomains: LifeDomainDefinition[];
}

export interface UpdateLifeDomainsRequest {
  lifeDomains: LifeDomainDefinition[];
}

@Injectable({ providedIn: 'root' })
export class RegionsApiService {
  private readonly http = inject(HttpClient);
  private readonly url = `${API_BASE_PATH}/regions`;

  list(): Observable<RegionWithLifeDomains[]> {
    return this.http.get<RegionWithLifeDomains[]>(this.url);
  }

  /** Replaces the region's life domains, in order; existing plans keep the domains they have. */
  updateLifeDomains(regionId: string, body: UpdateLifeDomainsRequest): Observable<RegionWithLifeDomains> {
    return this.http.put<RegionWithLifeDomains>(`${this.url}/${encodeURIComponent(regionId)}/life-domains`, body);
  }
}
