import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { API_BASE_PATH, RegionResponse } from '@sluitend/domain';
import { Observable } from 'rxjs';

@Injectable({ providedIn: 'root' })
export class RegionsApiService {
  private readonly http = inject(HttpClient);
  private readonly url = `${API_BASE_PATH}/regions`;

  list(): Observable<RegionResponse[]> {
    return this.http.get<RegionResponse[]>(this.url);
  }
}
