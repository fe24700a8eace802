import {
  IDEMPOTENCY_KEY_MAX_LENGTH,
  keyDigest,
  openResponse,
  parseIdempotencyKey,
  requestFingerprint,
  sealResponse,
} from './idempotency-key';

const USER = '6c0b4a52-7a5e-4f1e-9c1e-2f3f0c7d9a11';

describe('parseIdempotencyKey', () => {
  it('takes the quoted Structured Field string of the draft and a bare key alike', () => {
    expect(parseIdempotencyKey('"8e03978e-40d5-43e8-bc93-6894a57f9324"')).toEqual({
      key: '8e03978e-40d5-43e8-bc93-6894a57f9324',
    });
    expect(parseIdempotencyKey('8e03978e-40d5-43e8-bc93-6894a57f9324')).toEqual({
      key: '8e03978e-40d5-43e8-bc93-6894a57f9324',
    });
    expect(parseIdempotencyKey('"a \\"quoted\\" key"')).toEqual({ key: 'a "quoted" key' });
  });

  it.each([
    ['empty', ''],
    ['an empty quoted string', '""'],
    ['only spaces', '   '],
    ['too long', 'k'.repeat(IDEMPOTENCY_KEY_MAX_LENGTH + 1)],
    ['a control character', 'abc\u0001def'],
    ['a tab inside', 'abc\tdef'],
    ['a NUL', 'a\u0000b'],
    ['non-ASCII (as Node hands over obs-text)', 'sleutel-\u00e9'],
    ['two values joined by Node', 'one, two'],
    ['an unterminated quote', '"abc'],
    ['a stray backslash in a quoted string', '"a\\b"'],
  ])('refuses a key that is %s', (_name, raw) => {
    expect(parseIdempotencyKey(raw)).toEqual({ problem: expect.stringContaining('Idempotency-Key') });
  });

  it('refuses the header sent twice', () => {
    expect(parseIdempotencyKey(['a', 'b'])).toEqual({ problem: expect.stringContaining('once') });
  });

  it('takes a key of exactly the maximum length', () => {
    expect(parseIdempotencyKey('k'.repeat(IDEMPOTENCY_KEY_MAX_LENGTH))).toEqual({
      key: 'k'.repeat(IDEMPOTENCY_KEY_MAX_LENGTH),
    });
  });
});

describe('requestFingerprint', () => {
  const url = '/api/v1/cases/1/escalations';

  it('is the same for the same body serialised with its keys in another order', () => {
    expect(requestFingerprint('POST', url, { a: 1, b: { c: [1, { e: 2, d: 3 }] } })).toBe(
      requestFingerprint('post', url, { b: { c: [1, { d: 3, e: 2 }] }, a: 1 }),
    );
  });

  it('differs for another body, another path or another method', () => {
    const base = requestFingerprint('POST', url, { a: 1 });
    expect(requestFingerprint('POST', url, { a: 2 })).not.toBe(base);
    expect(requestFingerprint('POST', `${url}?x=1`, { a: 1 })).not.toBe(base);
    expect(requestFingerprint('PUT', url, { a: 1 })).not.toBe(base);
    expect(requestFingerprint('POST', url, [1, 2])).not.toBe(requestFingerprint('POST', url, [2, 1]));
  });

  it('treats a missing body as null', () => {
    expect(requestFingerprint('POST', url, undefined)).toBe(requestFingerprint('POST', url, null));
  });
});

describe('a stored response', () => {
  it('opens with the key and user that sealed it, and the stored text shows nothing of it', () => {
    const body = JSON.stringify({ firstName: 'Noah', bsn: '111222333' });
    const sealed = sealResponse(body, 'key-1', USER);
    expect(sealed).not.toContain('Noah');
    expect(Buffer.from(sealed, 'base64').toString('latin1')).not.toContain('111222333');
    expect(openResponse(sealed, 'key-1', USER)).toBe(body);
  });

  it('does not open with another key or for another user', () => {
    const sealed = sealResponse('{"a":1}', 'key-1', USER);
    expect(() => openResponse(sealed, 'key-2', USER)).toThrow();
    expect(() => openResponse(sealed, 'key-1', '00000000-0000-4000-8000-000000000000')).toThrow();
  });

  it('keeps the key itself only as a digest', () => {
    expect(keyDigest('key-1')).toMatch(/^[0-9a-f]{64}$/);
    expect(keyDigest('key-1')).not.toBe(keyDigest('key-2'));
  });
});
