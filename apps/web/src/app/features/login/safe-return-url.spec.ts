import { safeReturnUrl } from './safe-return-url';

describe('safeReturnUrl', () => {
  it('returns to the page the user asked for', () => {
    expect(safeReturnUrl('/admin/users')).toBe('/admin/users');
  });

  it.each([undefined, '', 'https://evil.example', '//evil.example', '/\\evil.example', '/login?x=1'])(
    'goes home instead of to %p',
    (candidate) => {
      expect(safeReturnUrl(candidate)).toBe('/home');
    },
  );
});
