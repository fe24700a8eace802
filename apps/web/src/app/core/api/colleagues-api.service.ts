import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { API_BASE_PATH, ColleagueResponse, ColleagueRole } from '@sluitend/domain';
import { Observable } from 'rxjs';

@Injectable({ providedIn: 'root' })
export class ColleaguesApiService {
  private readonly http = inject(HttpClient);
  private readonly url = `${API_BASE_PATH}/colleagues`;

  /** Active colleagues with the role (professionals by default) matching the text; the API caps the answer at 20. */
  search(text: string, role?: ColleagueRole): Observable<ColleagueResponse[]> {
    const search = text.trim();
    let params = new HttpParams();
    if (search !== '') params = params.set('search', search);
    if (role) params = params.set('role', role);
    return this.http.get<ColleagueResponse[]>(this.url, { params });
  }
}
