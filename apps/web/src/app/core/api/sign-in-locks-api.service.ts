import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { API_BASE_PATH, SignInLockResponse } from '@sluitend/domain';
import { Observable } from 'rxjs';

/** Accounts locked for unknown browsers after too many wrong passwords; admins only. */
@Injectable({ providedIn: 'root' })
export class SignInLocksApiService {
  private readonly http = inject(HttpClient);
  private readonly url = `${API_BASE_PATH}/sign-in-locks`;

  list(): Observable<SignInLockResponse[]> {
    return this.http.get<SignInLockResponse[]>(this.url);
  }

  unlock(userId: string): Observable<void> {
    return this.http.delete<void>(`${this.url}/${encodeURIComponent(userId)}`);
  }
}
