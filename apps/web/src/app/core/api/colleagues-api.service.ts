import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { API_BASE_PATH, ColleagueResponse } from '@sluitend/domain';
import { Observable } from 'rxjs';

@Injectable({ providedIn: 'root' })
export class ColleaguesApiService {
  private readonly http = inject(HttpClient);
  private readonly url = `${API_BASE_PATH}/colleagues`;

  /** Active professionals matching the text; the API caps the answer at 20. */
  search(text: string): Observable<ColleagueResponse[]> {
    const search = text.trim();
    const params = search === '' ? undefined : new HttpParams().set('search', search);
    return this.http.get<ColleagueResponse[]>(this.url, { params });
  }
}
