import { XSRF_COOKIE, XSRF_HEADER } from '@sluitend/domain';
import { E2E_PASSWORD } from './environment';

/**
 * The API over plain HTTP with a cookie jar, as the web app calls it (the session cookie, the XSRF token
 * echoed in its header), for a test that starts an API of its own and needs no browser.
 */
export class HttpSession {
  private readonly cookies = new Map<string, string>();

  private constructor(private readonly baseUrl: string) {}

  static async signIn(baseUrl: string, email: string): Promise<HttpSession> {
    const session = new HttpSession(baseUrl);
    // Any GET hands out the XSRF token, even without a session.
    await session.call('GET', '/health');
    await session.call('POST', '/auth/login', { email, password: E2E_PASSWORD });
    return session;
  }

  get<T>(path: string): Promise<T> {
    return this.call<T>('GET', path);
  }

  async call<T>(method: string, path: string, body?: unknown): Promise<T> {
    const headers: Record<string, string> = {
      accept: 'application/json',
      cookie: [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; '),
    };
    const xsrf = this.cookies.get(XSRF_COOKIE);
    if (method !== 'GET' && xsrf) headers[XSRF_HEADER] = xsrf;
    if (body !== undefined) headers['content-type'] = 'application/json';
    const response = await fetch(`${this.baseUrl}/api/v1${path}`, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    for (const line of response.headers.getSetCookie()) {
      const [pair] = line.split(';');
      const at = pair.indexOf('=');
      this.cookies.set(pair.slice(0, at).trim(), pair.slice(at + 1).trim());
    }
    if (!response.ok) throw new Error(`${method} /api/v1${path} answered ${response.status}: ${await response.text()}`);
    return (response.status === 204 ? undefined : await response.json()) as T;
  }
}
