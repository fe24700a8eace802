import { Logger } from '@nestjs/common';
import connectPgSimple from 'connect-pg-simple';
import session from 'express-session';
import type { EventEmitter } from 'node:events';
import type { Pool } from 'pg';
import { SESSION_TABLE } from './session-data';
import { throttleTouches } from './touch-throttle';

const PRUNE_INTERVAL_SECONDS = 15 * 60;

/**
 * The Postgres session store, tied to the HTTP server's life: its prune timer would otherwise fire minutes after
 * the app closed, on a pool that has ended, and log into whatever ran next (a later test file, a restarted app).
 */
export function createSessionStore(pool: Pool, server: EventEmitter): session.Store {
  const PgStore = connectPgSimple(session);
  const logger = new Logger('SessionStore');
  const store = new PgStore({
    pool,
    tableName: SESSION_TABLE,
    pruneSessionInterval: PRUNE_INTERVAL_SECONDS,
    errorLog: (message: string, error: unknown) => logger.error(`${message} ${String(error)}`),
  });
  server.once('close', () => void store.close());
  return throttleTouches(store);
}
