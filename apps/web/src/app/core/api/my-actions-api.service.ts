import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { API_BASE_PATH, MyActionResponse } from '@sluitend/domain';
import { Observable } from 'rxjs';

@Injectable({ providedIn: 'root' })
export class MyActionsApiService {
  private readonly http = inject(HttpClient);
  private readonly url = `${API_BASE_PATH}/my-actions`;

  /** The signed-in user's actions across their cases, overdue first. */
  list(): Observable<MyActionResponse[]> {
    return this.http.get<MyActionResponse[]>(this.url);
  }
}
