import { HttpErrorResponse, HttpInterceptorFn } from '@angular/common/http';
import { Injector, inject } from '@angular/core';
import { Router } from '@angular/router';
import { API_BASE_PATH } from '@sluitend/domain';
import { catchError, throwError } from 'rxjs';
import { AuthService } from '../auth/auth.service';

/** On these a 401 is an expected answer, not an expired session. */
const SESSION_PROBES = [`${API_BASE_PATH}/auth/me`, `${API_BASE_PATH}/auth/login`];

export const SESSION_EXPIRED_REASON = 'session-expired';

export const sessionExpiredInterceptor: HttpInterceptorFn = (request, next) => {
  const auth = inject(AuthService);
  // Resolved only when needed: this interceptor also runs during the app initializers.
  const injector = inject(Injector);
  return next(request).pipe(
    catchError((error: unknown) => {
      const expired =
        error instanceof HttpErrorResponse &&
        error.status === 401 &&
        request.url.startsWith(API_BASE_PATH) &&
        !SESSION_PROBES.includes(request.url) &&
        auth.isSignedIn();
      if (expired) {
        auth.clearSession();
        const router = injector.get(Router);
        void router.navigate(['/login'], { queryParams: { reason: SESSION_EXPIRED_REASON, returnUrl: router.url } });
      }
      // Rethrow so the caller can stop its spinner; the navigation replaces its page anyway.
      return throwError(() => error);
    }),
  );
};
