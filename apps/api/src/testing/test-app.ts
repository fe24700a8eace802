import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import type TestAgent from 'supertest/lib/agent';
import { AppModule } from '../app/app.module';
import { configureApp } from '../app/configure-app';
import { loadConfig } from '../config/app-config';
import { DemoSeedService } from '../seed/demo-seed.service';
import { createTestDatabase, type TestDatabase } from './test-database';

export const TEST_PASSWORD = 'integratie-test-wachtwoord';
const REDIS_URL = process.env['TEST_REDIS_URL'] ?? 'redis://127.0.0.1:6379';

export interface TestApp {
  app: NestExpressApplication;
  database: TestDatabase;
  /** A fresh cookie-keeping client, like a new browser. */
  browser: () => TestAgent;
  close: () => Promise<void>;
}

/**
 * The real application (same module, same middleware as main.ts) on its own database and its
 * own Redis key prefix, seeded with the demo region and TEST_PASSWORD (and the demo cases with `seed.cases`).
 */
export async function createTestApp(
  env: Record<string, string> = {},
  seed: { cases: boolean } = { cases: false },
): Promise<TestApp> {
  const database = await createTestDatabase();
  // Its own DATA_DIR: the access log's checkpoints and signing key belong to this database alone.
  const dataDir = mkdtempSync(join(tmpdir(), 'sluitend-test-'));
  const config = loadConfig({
    DATA_DIR: dataDir,
    NODE_ENV: 'test',
    REDIS_URL,
    REDIS_KEY_PREFIX: `test-${randomBytes(4).toString('hex')}`,
    LOG_LEVEL: 'silent',
    WEB_DIST_DIR: '/nonexistent',
    ...env,
  });
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config, database.url), {
    logger: false,
  });
  configureApp(app, randomBytes(32).toString('hex'));
  await app.init();
  // People and organisations only, unless asked: each test creates the cases it reasons about.
  await app.get(DemoSeedService).seedIfEmpty(TEST_PASSWORD, seed);
  const server = app.getHttpServer();
  return {
    app,
    database,
    browser: () => request.agent(server),
    close: async () => {
      await app.close();
      await database.drop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** The XSRF-TOKEN cookie a response sets, if it sets one (a first GET, sign-in and sign-out do). */
export function xsrfTokenSetBy(response: { headers: Record<string, unknown> }): string | undefined {
  const cookies = ([] as string[]).concat((response.headers['set-cookie'] as string[] | undefined) ?? []);
  return cookies.map((cookie) => /^XSRF-TOKEN=([^;]+)/.exec(cookie)?.[1]).find(Boolean);
}

/** The XSRF-TOKEN cookie the API hands a new browser on its first GET. */
export async function xsrfToken(browser: TestAgent): Promise<string> {
  const token = xsrfTokenSetBy(await browser.get('/api/v1/auth/me'));
  if (!token) throw new Error('no XSRF-TOKEN handed out: call this on a new browser');
  return token;
}

/**
 * Signs a browser in as a demo user and returns the token to send with its later writes: the one the sign-in
 * handed out, bound to the new session (the token from before sign-in no longer passes).
 */
export async function signIn(browser: TestAgent, email: string, password = TEST_PASSWORD): Promise<string> {
  const token = await xsrfToken(browser);
  const response = await browser.post('/api/v1/auth/login').set('X-XSRF-TOKEN', token).send({ email, password });
  if (response.status !== 200)
    throw new Error(`sign-in of ${email} failed: ${response.status} ${JSON.stringify(response.body)}`);
  const rotated = xsrfTokenSetBy(response);
  if (!rotated) throw new Error('sign-in handed out no new XSRF-TOKEN');
  return rotated;
}

/** The jongere's consent for the opener's organisation, as most tests' cases start with it. */
export const OPENING_CONSENT = { givenBy: ['jongere'], givenOn: '2026-01-05' } as const;

/** Registers consent (purpose case-collaboration) for a whole sector; returns its id. */
export async function consentForSector(
  browser: TestAgent,
  token: string,
  caseId: string,
  sector: string,
): Promise<string> {
  const response = await browser
    .post(`/api/v1/cases/${caseId}/consents`)
    .set('X-XSRF-TOKEN', token)
    .send({
      scope: 'sector',
      sector,
      purpose: 'case-collaboration',
      basis: 'consent',
      givenBy: ['jongere'],
      givenOn: '2026-01-05',
    });
  if (response.status !== 201) throw new Error(`consent failed: ${response.status} ${JSON.stringify(response.body)}`);
  return response.body.id;
}
