import { HttpClient, provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { retry } from 'rxjs';
import { idempotencyKeyInterceptor, idempotent, newIdempotencyKey, SubmitKey } from './idempotency';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('idempotencyKeyInterceptor', () => {
  let http: HttpTestingController;
  let client: HttpClient;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(withInterceptors([idempotencyKeyInterceptor])), provideHttpClientTesting()],
    });
    http = TestBed.inject(HttpTestingController);
    client = TestBed.inject(HttpClient);
  });

  afterEach(() => http.verify());

  const keyOf = (url: string) => http.expectOne(url).request.headers.get('Idempotency-Key');

  it('sends the key of the submit, quoted as the draft’s Structured Field string', () => {
    client.post('/api/v1/cases', {}, { context: idempotent('de-sleutel') }).subscribe();
    expect(keyOf('/api/v1/cases')).toBe('"de-sleutel"');
  });

  it('gives every POST without a key a fresh UUID, a different one per request', () => {
    client.post('/api/v1/cases', { a: 1 }).subscribe();
    const first = http.expectOne('/api/v1/cases');
    client.post('/api/v1/cases', { a: 1 }).subscribe();
    const second = http.expectOne('/api/v1/cases');
    const [a, b] = [first, second].map((r) => r.request.headers.get('Idempotency-Key')?.replace(/"/g, ''));
    expect(a).toMatch(UUID);
    expect(b).toMatch(UUID);
    expect(a).not.toBe(b);
  });

  it('keeps the key of a request across the attempts of an rxjs retry', () => {
    let answer: unknown;
    client
      .post('/api/v1/cases', {})
      .pipe(retry(1))
      .subscribe((body) => (answer = body));
    const first = http.expectOne('/api/v1/cases');
    const key = first.request.headers.get('Idempotency-Key');
    first.error(new ProgressEvent('error'));
    const second = http.expectOne('/api/v1/cases');
    expect(second.request.headers.get('Idempotency-Key')).toBe(key);
    second.flush({ id: 'x' });
    expect(answer).toEqual({ id: 'x' });
  });

  it('leaves reads, other hosts, signing in and signing out without a key', () => {
    client.get('/api/v1/cases').subscribe();
    client.put('/api/v1/cases/1/toekomstplan', {}).subscribe();
    client.post('/api/v1/auth/login', {}).subscribe();
    client.post('/api/v1/auth/logout', {}).subscribe();
    client.post('/i18n/nl.json', {}).subscribe();
    expect(http.expectOne({ method: 'GET' }).request.headers.has('Idempotency-Key')).toBe(false);
    expect(http.expectOne({ method: 'PUT' }).request.headers.has('Idempotency-Key')).toBe(false);
    expect(keyOf('/api/v1/auth/login')).toBeNull();
    expect(keyOf('/api/v1/auth/logout')).toBeNull();
    expect(keyOf('/i18n/nl.json')).toBeNull();
  });
});

describe('SubmitKey', () => {
  it('gives a resubmission of the same content the same key (a retry after an error, a second click)', () => {
    const submit = new SubmitKey();
    const key = submit.for({ lastName: 'de Jong', bsn: null });
    expect(submit.for({ lastName: 'de Jong', bsn: null })).toBe(key);
  });

  it('gives changed content a new key, since the API refuses a key reused for another body', () => {
    const submit = new SubmitKey();
    const key = submit.for({ lastName: 'de Jong' });
    expect(submit.for({ lastName: 'de Jongh' })).not.toBe(key);
  });

  it('starts a new submission after a success', () => {
    const submit = new SubmitKey();
    const key = submit.for({ lastName: 'de Jong' });
    submit.done();
    expect(submit.for({ lastName: 'de Jong' })).not.toBe(key);
  });
});

describe('newIdempotencyKey', () => {
  it('is a version 4 UUID, also where crypto.randomUUID is missing (a page served over plain http)', () => {
    expect(newIdempotencyKey()).toMatch(UUID);
    const original = crypto.randomUUID;
    Object.defineProperty(crypto, 'randomUUID', { value: undefined, configurable: true });
    try {
      const keys = new Set(Array.from({ length: 50 }, () => newIdempotencyKey()));
      expect(keys.size).toBe(50);
      for (const key of keys) expect(key).toMatch(UUID);
    } finally {
      Object.defineProperty(crypto, 'randomUUID', { value: original, configurable: true });
    }
  });
});
