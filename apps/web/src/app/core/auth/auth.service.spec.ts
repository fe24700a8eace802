import { HttpClient, provideHttpClient, withXsrfConfiguration } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { MeResponse, XSRF_COOKIE, XSRF_HEADER } from '@sluitend/domain';
import { aUser } from '../../../testing/users';
import { AuthService } from './auth.service';

const ME = '/api/v1/auth/me';
const LOGIN = '/api/v1/auth/login';
const unauthorized = { status: 401, statusText: 'Unauthorized' };

describe('AuthService', () => {
  let auth: AuthService;
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(withXsrfConfiguration({ cookieName: XSRF_COOKIE, headerName: XSRF_HEADER })),
        provideHttpClientTesting(),
      ],
    });
    auth = TestBed.inject(AuthService);
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => {
    http.verify();
    document.cookie = `${XSRF_COOKIE}=; expires=Thu, 01 Jan 1970 00:00:00 GMT`;
  });

  it('restores the session of a signed-in user', () => {
    auth.restoreSession().subscribe();
    http.expectOne(ME).flush(aUser(['professional']));
    expect(auth.isSignedIn()).toBe(true);
    expect(auth.roles()).toEqual(['professional']);
  });

  it('treats a 401 from /auth/me as "not signed in" instead of an error', () => {
    let result: MeResponse | null | undefined;
    auth.restoreSession().subscribe((me) => (result = me));
    http.expectOne(ME).flush({ status: 401, title: 'Unauthorized' }, unauthorized);
    expect(result).toBeNull();
    expect(auth.isSignedIn()).toBe(false);
  });

  it('keeps the user after a successful login', () => {
    auth.login({ email: 'anne@jeugdregio.nl', password: 'geheim-en-lang' }).subscribe();
    http.expectOne({ method: 'POST', url: LOGIN }).flush(aUser(['admin']));
    expect(auth.user()?.email).toBe('anne@jeugdregio.nl');
  });

  it('echoes the XSRF cookie in the header on the login POST', () => {
    document.cookie = `${XSRF_COOKIE}=token-123`;
    auth.login({ email: 'anne@jeugdregio.nl', password: 'geheim-en-lang' }).subscribe();
    const request = http.expectOne(LOGIN);
    expect(request.request.headers.get(XSRF_HEADER)).toBe('token-123');
    request.flush(aUser(['admin']));
  });

  it('fetches a fresh XSRF cookie and retries once when the login POST is refused with 403', () => {
    auth.login({ email: 'anne@jeugdregio.nl', password: 'geheim-en-lang' }).subscribe();
    http.expectOne(LOGIN).flush({ status: 403, title: 'Forbidden' }, { status: 403, statusText: 'Forbidden' });
    http.expectOne(ME).flush({ status: 401, title: 'Unauthorized' }, unauthorized);
    http.expectOne(LOGIN).flush(aUser(['admin']));
    expect(auth.isSignedIn()).toBe(true);
  });

  it('passes a wrong password (401) on to the caller without signing in', () => {
    let status: number | undefined;
    auth
      .login({ email: 'anne@jeugdregio.nl', password: 'fout' })
      .subscribe({ error: (error: { status: number }) => (status = error.status) });
    http.expectOne(LOGIN).flush({ status: 401, title: 'Unauthorized' }, unauthorized);
    expect(status).toBe(401);
    expect(auth.isSignedIn()).toBe(false);
  });

  it('forgets the user on logout, even when the server call fails', () => {
    auth.restoreSession().subscribe();
    http.expectOne(ME).flush(aUser(['admin']));

    auth.logout().subscribe({ error: () => undefined });
    http.expectOne({ method: 'POST', url: '/api/v1/auth/logout' }).flush(null, { status: 500, statusText: 'Error' });
    expect(auth.isSignedIn()).toBe(false);
  });

  it('uses only relative urls, because Angular adds the XSRF header only to those', () => {
    const get = jest.spyOn(TestBed.inject(HttpClient), 'get');
    auth.restoreSession().subscribe();
    http.expectOne(ME).flush(aUser([]));
    expect(get).toHaveBeenCalledWith(ME);
  });
});
