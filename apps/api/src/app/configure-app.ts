import type { INestApplication } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import cookieParser from 'cookie-parser';
import express from 'express';
import session from 'express-session';
import helmet from 'helmet';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Pool } from 'pg';
import { DataSource } from 'typeorm';
import { QUEUE_DASHBOARD_PATH, QUEUE_DASHBOARD_ROUTES } from '../admin/queue-dashboard/queue-dashboard.constants';
import { csrfProtection } from '../auth/csrf.middleware';
import { SESSION_COOKIE } from '../auth/session-data';
import { absoluteSessionLifetime } from '../auth/session-lifetime';
import { createSessionStore } from '../auth/session-store';
import { SigningKey } from '../auth/signing-key';
import { apiVersionHeader } from '../common/http/api-version.middleware';
import { noStore } from '../common/http/no-store.middleware';
import { ProblemExceptionFilter } from '../common/problem/problem-exception.filter';
import { createValidationPipe } from '../common/problem/validation.pipe';
import { AppConfig } from '../config/app-config';
import { serveOpenApi } from '../openapi/openapi';

/**
 * Everything between "Nest created the app" and "listen", shared by main.ts and the tests,
 * so that tests exercise exactly the middleware the product runs.
 */
export function configureApp(app: NestExpressApplication, secret: string): void {
  const config = app.get(AppConfig);
  const behindTls = config.TRUST_PROXY;
  if (config.TRUST_PROXY) app.set('trust proxy', 1);
  app.disable('x-powered-by');
  // An ETag lets a browser revalidate a cached copy of personal data; the API's answers are never cached (noStore).
  app.set('etag', false);
  app.enableShutdownHooks();
  app.use(
    helmet({
      contentSecurityPolicy: {
        directives: {
          defaultSrc: ["'self'"],
          scriptSrc: ["'self'"],
          // Angular and Swagger UI set inline style attributes. The queue dashboard (bull-board) runs under
          // this policy as it is; only its Google Fonts stylesheet is refused, on purpose: no third party
          // learns who opens an admin tool, and the page falls back to the system font.
          styleSrc: ["'self'", "'unsafe-inline'"],
          imgSrc: ["'self'", 'data:'],
          connectSrc: ["'self'"],
          frameAncestors: ["'none'"],
          formAction: ["'self'"],
          objectSrc: ["'none'"],
          baseUri: ["'self'"],
          upgradeInsecureRequests: behindTls ? [] : null,
        },
      },
    }),
  );
  app.use(apiVersionHeader);
  app.use(noStore);
  app.use(cookieParser());
  app.get(SigningKey).use(secret);
  app.use(sessionMiddleware(app, config, secret));
  app.use(absoluteSessionLifetime(config.SESSION_ABSOLUTE_HOURS));
  app.use(csrfProtection(secret));
  app.setGlobalPrefix('api/v1', { exclude: ['api/docs', 'api/docs-json', 'api/docs-yaml', ...QUEUE_DASHBOARD_ROUTES] });
  app.useGlobalPipes(createValidationPipe());
  app.useGlobalFilters(new ProblemExceptionFilter());
  serveOpenApi(app);
  serveWebApp(app, config);
}

function sessionMiddleware(app: INestApplication, config: AppConfig, secret: string) {
  // Reuse TypeORM's pool: one set of connections, closed once at shutdown.
  const pool = (app.get(DataSource).driver as unknown as { master: Pool }).master;
  const store = createSessionStore(pool, app.getHttpServer());
  return session({
    name: SESSION_COOKIE,
    secret,
    store,
    resave: false,
    saveUninitialized: false,
    rolling: true, // expiry counts from the last request: an inactivity timeout
    // 'auto': Secure exactly when the request came over TLS (directly or, with TRUST_PROXY, via the proxy).
    cookie: { httpOnly: true, sameSite: 'strict', secure: 'auto', maxAge: config.SESSION_IDLE_MINUTES * 60_000 },
  });
}

/** In production the API serves the built Angular app on the same port; unknown non-API paths get index.html. */
function serveWebApp(app: NestExpressApplication, config: AppConfig): void {
  const root = resolve(config.WEB_DIST_DIR);
  if (!existsSync(join(root, 'index.html'))) return;
  app.use(express.static(root, { index: false, maxAge: '1h' }));
  app.use((request: express.Request, response: express.Response, next: express.NextFunction) => {
    if (request.method !== 'GET' || request.path.startsWith('/api') || isQueueDashboard(request.path)) return next();
    response.sendFile(join(root, 'index.html'));
  });
}

const isQueueDashboard = (path: string) => path === QUEUE_DASHBOARD_PATH || path.startsWith(`${QUEUE_DASHBOARD_PATH}/`);
