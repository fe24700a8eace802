import { CallHandler, ExecutionContext, Injectable, Logger, NestInterceptor, StreamableFile } from '@nestjs/common';
import type { Response } from 'express';
import { catchError, from, mergeMap, Observable, of, switchMap, throwError } from 'rxjs';
import type { AuthenticatedRequest } from '../../auth/authenticated-user';
import { safeError } from '../logging/safe-error';
import { parseIdempotencyKey, requestFingerprint } from './idempotency-key';
import { idempotencyKeyInFlight, idempotencyKeyReused, malformedIdempotencyKey } from './idempotency.errors';
import { IdempotencyStore, type StoredResponse } from './idempotency.store';

/** Headers of a first response that a replay must carry too. */
const REPLAYED_HEADERS = ['location', 'content-location'];

/** Marks a replayed answer, as Stripe and others do, so a client (and a test) can tell. */
export const IDEMPOTENT_REPLAYED_HEADER = 'Idempotent-Replayed';

/**
 * `Idempotency-Key` on every POST of a signed-in user (sign-in itself has no user to keep keys for). Without the
 * header nothing changes. With it: the first request claims the key and runs; its successful response is kept and
 * replayed to any repeat; a repeat while it runs gets 409, a repeat with another body or path 422. A request that
 * fails releases its key, since its transaction rolled back and a retry must be able to run.
 */
@Injectable()
export class IdempotencyInterceptor implements NestInterceptor {
  private readonly logger = new Logger('Idempotency');

  constructor(private readonly store: IdempotencyStore) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const http = context.switchToHttp();
    const request = http.getRequest<AuthenticatedRequest>();
    const raw = request.headers['idempotency-key'];
    if (request.method !== 'POST' || raw === undefined || !request.user) return next.handle();
    const parsed = parseIdempotencyKey(raw);
    if ('problem' in parsed) throw malformedIdempotencyKey(parsed.problem);
    const { key } = parsed;
    const userId = request.user.id;
    let fingerprint: string;
    try {
      fingerprint = requestFingerprint(request.method, request.originalUrl, request.body);
    } catch {
      // A body too deep to serialise is refused by the validation pipe; nothing to keep for it.
      return next.handle();
    }
    const response = http.getResponse<Response>();
    return from(this.store.claim(userId, key, fingerprint)).pipe(
      switchMap((claim) => {
        switch (claim.kind) {
          case 'mismatch':
            return throwError(() => idempotencyKeyReused());
          case 'in-flight':
            return throwError(() => idempotencyKeyInFlight());
          case 'replay':
            return of(replay(response, claim.response));
          case 'claimed':
            return next.handle().pipe(
              catchError((error: unknown) =>
                from(this.store.release(userId, key)).pipe(
                  catchError((releaseError: unknown) => {
                    this.logger.warn({ err: safeError(releaseError) }, 'releasing an idempotency key failed');
                    return of(null);
                  }),
                  switchMap(() => throwError(() => error)),
                ),
              ),
              mergeMap(async (body: unknown) => {
                await this.keep(userId, key, response, body);
                return body;
              }),
            );
        }
      }),
    );
  }

  /**
   * The resource exists now; if its response cannot be kept the key stays "in flight" until it expires, so that
   * a repeat is refused (409) rather than run a second time.
   */
  private async keep(userId: string, key: string, response: Response, body: unknown): Promise<void> {
    if (body instanceof StreamableFile || Buffer.isBuffer(body)) {
      // A file is sent as it streams and cannot be replayed; such a POST creates nothing, so a repeat may run.
      await this.store.release(userId, key).catch(() => undefined);
      return;
    }
    const headers: Record<string, string> = {};
    for (const name of REPLAYED_HEADERS) {
      const value = response.getHeader(name);
      if (typeof value === 'string') headers[name] = value;
    }
    try {
      await this.store.complete(userId, key, {
        status: response.statusCode,
        headers,
        body: body === undefined || body === null ? null : JSON.stringify(body),
      });
    } catch (error) {
      this.logger.warn({ err: safeError(error) }, 'keeping an idempotent response failed');
    }
  }
}

function replay(response: Response, stored: StoredResponse): unknown {
  response.status(stored.status);
  for (const [name, value] of Object.entries(stored.headers)) response.setHeader(name, value);
  response.setHeader(IDEMPOTENT_REPLAYED_HEADER, 'true');
  // What a create answers is personal data (a jongere's name, a BSN): a replay is never cached either.
  response.setHeader('Cache-Control', 'no-store');
  return stored.body === null ? undefined : JSON.parse(stored.body);
}
