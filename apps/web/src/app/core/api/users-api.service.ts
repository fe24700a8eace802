import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { API_BASE_PATH, CreateUserRequest, UpdateUserRequest, UserResponse } from '@sluitend/domain';
import { Observable } from 'rxjs';

@Injectable({ providedIn: 'root' })
export class UsersApiService {
  private readonly http = inject(HttpClient);
  private readonly url = `${API_BASE_PATH}/users`;

  list(): Observable<UserResponse[]> {
    return this.http.get<UserResponse[]>(this.url);
  }

  /** Answers 409 when the email address is already taken. */
  create(request: CreateUserRequest): Observable<UserResponse> {
    return this.http.post<UserResponse>(this.url, request);
  }

  /** Answers 409 when `request.version` is no longer the stored version. */
  update(id: string, request: UpdateUserRequest): Observable<UserResponse> {
    return this.http.patch<UserResponse>(`${this.url}/${encodeURIComponent(id)}`, request);
  }
}
