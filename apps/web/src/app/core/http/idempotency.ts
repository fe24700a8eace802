import { HttpContext, HttpContextToken, type HttpInterceptorFn } from '@angular/common/http';
import { API_BASE_PATH } from '@sluitend/domain';

/** The key of one user action; set by the form that submits it, so that every retry of that action carries it. */
export const IDEMPOTENCY_KEY = new HttpContextToken<string | null>(() => null);

/** Signing in has no user to keep a key for; signing out creates nothing. */
const WITHOUT_KEY = [`${API_BASE_PATH}/auth/login`, `${API_BASE_PATH}/auth/logout`];

/** A random UUID; `crypto.randomUUID` exists only in secure contexts, `getRandomValues` everywhere. */
export function newIdempotencyKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6] & 0x0f) | 0x40;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** The request context of a submit whose repeats must not create twice. */
export const idempotent = (key: string | undefined): HttpContext =>
  new HttpContext().set(IDEMPOTENCY_KEY, key ?? newIdempotencyKey());

/**
 * Every POST to the API carries an `Idempotency-Key` (quoted, as the IETF draft's Structured Field string). A
 * request without one gets one stored in its own context: an `HttpRequest` that is resubscribed (rxjs `retry`) is
 * the same object, so its attempts share the key.
 */
export const idempotencyKeyInterceptor: HttpInterceptorFn = (request, next) => {
  if (request.method !== 'POST' || !request.url.startsWith(API_BASE_PATH) || WITHOUT_KEY.includes(request.url)) {
    return next(request);
  }
  let key = request.context.get(IDEMPOTENCY_KEY);
  if (!key) {
    key = newIdempotencyKey();
    request.context.set(IDEMPOTENCY_KEY, key);
  }
  return next(request.clone({ setHeaders: { 'Idempotency-Key': `"${key}"` } }));
};

/**
 * The key of one form's submission. Sending the same content again — after a network error, a timeout, a second
 * click — reuses the key, so the API answers with the first result instead of creating a second resource. Changed
 * content is a new request with a new key; after a success the next submission is a new one too.
 */
export class SubmitKey {
  private key: string | null = null;
  private content: string | null = null;

  for(payload: unknown): string {
    const content = JSON.stringify(payload) ?? '';
    if (this.key === null || content !== this.content) {
      this.key = newIdempotencyKey();
      this.content = content;
    }
    return this.key;
  }

  /** The submission succeeded: whatever comes next is a new one. */
  done(): void {
    this.key = null;
    this.content = null;
  }
}
