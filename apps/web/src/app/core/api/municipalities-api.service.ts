import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { API_BASE_PATH, MunicipalityResponse } from '@sluitend/domain';
import { Observable } from 'rxjs';

@Injectable({ providedIn: 'root' })
export class MunicipalitiesApiService {
  private readonly http = inject(HttpClient);
  private readonly url = `${API_BASE_PATH}/municipalities`;

  list(): Observable<MunicipalityResponse[]> {
    return this.http.get<MunicipalityResponse[]>(this.url);
  }
}
