import { EventEmitter } from 'node:events';
import type { Pool } from 'pg';
import { createSessionStore } from './session-store';

/** A pool that answers every query at once, so the store starts its prune timer without a database. */
function answeringPool(): Pool {
  const client = {
    query: (_text: string, _values: unknown[], callback: (e: null, r: object) => void) => callback(null, { rows: [] }),
    release: () => undefined,
  };
  return {
    query: (_text: string, _values: unknown[], callback?: (e: null, r: object) => void) => {
      const result = { rows: [], rowCount: 0 };
      if (callback) return callback(null, result);
      return Promise.resolve(result);
    },
    connect: () => Promise.resolve(client),
  } as unknown as Pool;
}

describe('createSessionStore', () => {
  it('stops the prune timer when the HTTP server closes, so no prune runs on an ended pool', async () => {
    const server = new EventEmitter();
    const store = createSessionStore(answeringPool(), server) as unknown as {
      pruneSessions(callback?: () => void): void;
      pruneTimer?: NodeJS.Timeout;
      closed?: boolean;
    };
    store.pruneSessions();
    await new Promise((resolve) => setImmediate(resolve));
    expect(store.pruneTimer).toBeDefined();

    server.emit('close');
    await new Promise((resolve) => setImmediate(resolve));

    expect(store.closed).toBe(true);
    expect(store.pruneTimer).toBeUndefined();
  });
});
