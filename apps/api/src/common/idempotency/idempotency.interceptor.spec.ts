import { StreamableFile, type CallHandler, type ExecutionContext } from '@nestjs/common';
import { lastValueFrom, of } from 'rxjs';
import { IdempotencyInterceptor } from './idempotency.interceptor';
import type { Claim, IdempotencyStore } from './idempotency.store';

/** A store that records what the interceptor asks of it; the racing behaviour itself is proven on Postgres. */
function recordingStore(claim: Claim = { kind: 'claimed' }) {
  const calls: string[] = [];
  const store = {
    claim: async () => {
      calls.push('claim');
      return claim;
    },
    complete: async () => void calls.push('complete'),
    release: async () => void calls.push('release'),
  } as unknown as IdempotencyStore;
  return { store, calls };
}

function context(request: Record<string, unknown>): ExecutionContext {
  const response = { statusCode: 201, getHeader: () => undefined, setHeader: () => undefined, status: () => undefined };
  return {
    switchToHttp: () => ({ getRequest: () => request, getResponse: () => response }),
  } as unknown as ExecutionContext;
}

const user = { id: '6c0b4a52-7a5e-4f1e-9c1e-2f3f0c7d9a11' };
const handler: CallHandler = { handle: () => of({ id: 'created' }) };

describe('IdempotencyInterceptor', () => {
  it('lets a body too deep to serialise through unclaimed, for the validation pipe to refuse', async () => {
    const { store, calls } = recordingStore();
    const deep = JSON.parse('['.repeat(20_000) + ']'.repeat(20_000));
    const request = {
      method: 'POST',
      originalUrl: '/api/v1/cases',
      headers: { 'idempotency-key': 'k' },
      user,
      body: deep,
    };
    const result = await lastValueFrom(new IdempotencyInterceptor(store).intercept(context(request), handler));
    expect(result).toEqual({ id: 'created' });
    expect(calls).toEqual([]);
  });

  it('releases the key of a POST that answers with a file, which cannot be replayed', async () => {
    const { store, calls } = recordingStore();
    const request = { method: 'POST', originalUrl: '/api/v1/x', headers: { 'idempotency-key': 'k' }, user, body: {} };
    const file: CallHandler = { handle: () => of(new StreamableFile(Buffer.from('%PDF'))) };
    await lastValueFrom(new IdempotencyInterceptor(store).intercept(context(request), file));
    expect(calls).toEqual(['claim', 'release']);
  });

  it('claims and keeps a POST with a key, and leaves one without a key or of nobody signed in alone', async () => {
    const withKey = recordingStore();
    const request = {
      method: 'POST',
      originalUrl: '/api/v1/cases',
      headers: { 'idempotency-key': 'k' },
      user,
      body: {},
    };
    await lastValueFrom(new IdempotencyInterceptor(withKey.store).intercept(context(request), handler));
    expect(withKey.calls).toEqual(['claim', 'complete']);

    const without = recordingStore();
    await lastValueFrom(
      new IdempotencyInterceptor(without.store).intercept(context({ ...request, headers: {} }), handler),
    );
    await lastValueFrom(
      new IdempotencyInterceptor(without.store).intercept(context({ ...request, user: undefined }), handler),
    );
    expect(without.calls).toEqual([]);
  });
});
