import { XSRF_COOKIE, XSRF_HEADER } from './auth.contract';

describe('XSRF token names', () => {
  it('are the cookie and header Angular’s HttpClient reads and sends without configuration', () => {
    expect(XSRF_COOKIE).toBe('XSRF-TOKEN');
    expect(XSRF_HEADER).toBe('X-XSRF-TOKEN');
  });
});
