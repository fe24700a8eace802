import { provideHttpClient, withInterceptors, withXsrfConfiguration } from '@angular/common/http';
import { ApplicationConfig, provideBrowserGlobalErrorListeners } from '@angular/core';
import { provideRouter, withComponentInputBinding } from '@angular/router';
import { XSRF_COOKIE, XSRF_HEADER } from '@sluitend/domain';
import { appRoutes } from './app.routes';
import { provideSessionRestore } from './core/auth/provide-session';
import { idempotencyKeyInterceptor } from './core/http/idempotency';
import { sessionExpiredInterceptor } from './core/http/session-expired.interceptor';
import { provideI18n } from './core/i18n/provide-i18n';

export const appConfig: ApplicationConfig = {
  providers: [
    provideBrowserGlobalErrorListeners(),
    provideHttpClient(
      withXsrfConfiguration({ cookieName: XSRF_COOKIE, headerName: XSRF_HEADER }),
      withInterceptors([idempotencyKeyInterceptor, sessionExpiredInterceptor]),
    ),
    provideRouter(appRoutes, withComponentInputBinding()),
    provideI18n(),
    provideSessionRestore(),
  ],
};
