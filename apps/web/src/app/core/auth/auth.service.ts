import { HttpClient, HttpErrorResponse } from '@angular/common/http';
import { Injectable, computed, inject, signal } from '@angular/core';
import { API_BASE_PATH, LoginRequest, MeResponse, Role } from '@sluitend/domain';
import { Observable, catchError, finalize, map, of, switchMap, tap, throwError } from 'rxjs';

const AUTH_URL = `${API_BASE_PATH}/auth`;

/** Signing in and out, and who is signed in now. */
@Injectable({ providedIn: 'root' })
export class AuthService {
  private readonly http = inject(HttpClient);
  private readonly currentUser = signal<MeResponse | null>(null);

  readonly user = this.currentUser.asReadonly();
  readonly isSignedIn = computed(() => this.currentUser() !== null);
  readonly roles = computed<readonly Role[]>(() => this.currentUser()?.roles ?? []);

  /**
   * Asks the API who we are. Besides restoring a session after a reload, this GET makes the
   * API set the XSRF-TOKEN cookie that the login POST must echo.
   */
  restoreSession(): Observable<MeResponse | null> {
    return this.http.get<MeResponse>(`${AUTH_URL}/me`).pipe(
      catchError(() => of(null)),
      tap((me) => this.currentUser.set(me)),
    );
  }

  login(credentials: LoginRequest): Observable<MeResponse> {
    return this.postLogin(credentials).pipe(
      // After a logout or an expired session the XSRF cookie can be stale, and the API answers
      // 403 before looking at the credentials. A GET issues a fresh cookie; try once more.
      catchError((error: unknown) =>
        error instanceof HttpErrorResponse && error.status === 403
          ? this.restoreSession().pipe(switchMap(() => this.postLogin(credentials)))
          : throwError(() => error),
      ),
      tap((me) => this.currentUser.set(me)),
    );
  }

  logout(): Observable<void> {
    return this.http.post<void>(`${AUTH_URL}/logout`, null).pipe(
      map(() => undefined),
      // Whatever the server says, this browser must no longer act as the user.
      finalize(() => this.clearSession()),
    );
  }

  clearSession(): void {
    this.currentUser.set(null);
  }

  private postLogin(credentials: LoginRequest): Observable<MeResponse> {
    return this.http.post<MeResponse>(`${AUTH_URL}/login`, credentials);
  }
}
