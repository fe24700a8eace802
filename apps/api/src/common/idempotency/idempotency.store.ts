import { Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { safeError } from '../logging/safe-error';
import { IDEMPOTENCY_KEY_TTL_HOURS, keyDigest, openResponse, sealResponse } from './idempotency-key';

export interface StoredResponse {
  status: number;
  headers: Record<string, string>;
  /** The JSON body as sent; null for an empty body. */
  body: string | null;
}

export type Claim =
  { kind: 'claimed' } | { kind: 'replay'; response: StoredResponse } | { kind: 'in-flight' } | { kind: 'mismatch' };

interface KeyRow {
  fingerprint: string;
  response_status: number | null;
  response_headers: Record<string, string> | null;
  response_body: string | null;
}

/** Expired keys of everyone are swept at most this often per instance, on the way of a claim. */
const SWEEP_INTERVAL_MS = 60_000;

/**
 * The `idempotency_key` table. A claim is one INSERT on its own (autocommitted, before the request's own
 * transaction starts): Postgres' primary key lets exactly one of any number of simultaneous requests with the same
 * user and key win it, on any instance; the others find its row and are told it is in flight, or get its response.
 */
@Injectable()
export class IdempotencyStore {
  private readonly logger = new Logger('Idempotency');
  private lastSweep = 0;

  constructor(private readonly dataSource: DataSource) {}

  async claim(userId: string, key: string, fingerprint: string): Promise<Claim> {
    await this.sweepExpired();
    const digest = keyDigest(key);
    // A row can vanish between the INSERT and the SELECT (its request failed and released it): then claim again.
    for (let attempt = 0; attempt < 3; attempt++) {
      const inserted: unknown[] = await this.dataSource.query(
        `INSERT INTO idempotency_key (user_id, key_hash, fingerprint, expires_at)
         VALUES ($1, $2, $3, now() + make_interval(hours => $4))
         ON CONFLICT (user_id, key_hash) DO UPDATE
           SET fingerprint = EXCLUDED.fingerprint, expires_at = EXCLUDED.expires_at, created_at = now(),
               response_status = NULL, response_headers = NULL, response_body = NULL
           WHERE idempotency_key.expires_at <= now()
         RETURNING 1`,
        [userId, digest, fingerprint, IDEMPOTENCY_KEY_TTL_HOURS],
      );
      if (inserted.length === 1) return { kind: 'claimed' };
      const [row]: KeyRow[] = await this.dataSource.query(
        `SELECT fingerprint, response_status, response_headers, response_body
           FROM idempotency_key WHERE user_id = $1 AND key_hash = $2`,
        [userId, digest],
      );
      if (!row) continue;
      if (row.fingerprint !== fingerprint) return { kind: 'mismatch' };
      if (row.response_status === null) return { kind: 'in-flight' };
      return {
        kind: 'replay',
        response: {
          status: row.response_status,
          headers: row.response_headers ?? {},
          body: row.response_body === null ? null : openResponse(row.response_body, key, userId),
        },
      };
    }
    return { kind: 'in-flight' };
  }

  async complete(userId: string, key: string, response: StoredResponse): Promise<void> {
    await this.dataSource.query(
      `UPDATE idempotency_key SET response_status = $3, response_headers = $4, response_body = $5
        WHERE user_id = $1 AND key_hash = $2`,
      [
        userId,
        keyDigest(key),
        response.status,
        JSON.stringify(response.headers),
        response.body === null ? null : sealResponse(response.body, key, userId),
      ],
    );
  }

  /** A failed request changed nothing (its transaction rolled back), so the key is free for a retry. */
  async release(userId: string, key: string): Promise<void> {
    await this.dataSource.query(
      `DELETE FROM idempotency_key WHERE user_id = $1 AND key_hash = $2 AND response_status IS NULL`,
      [userId, keyDigest(key)],
    );
  }

  private async sweepExpired(): Promise<void> {
    const now = Date.now();
    if (now - this.lastSweep < SWEEP_INTERVAL_MS) return;
    this.lastSweep = now;
    try {
      await this.dataSource.query(`DELETE FROM idempotency_key WHERE expires_at <= now()`);
    } catch (error) {
      this.logger.warn({ err: safeError(error) }, 'sweeping expired idempotency keys failed');
    }
  }
}
