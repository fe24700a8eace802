import { HttpClient, provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import { signIn } from '../../../testing/users';
import { AuthService } from '../auth/auth.service';
import { sessionExpiredInterceptor } from './session-expired.interceptor';

describe('sessionExpiredInterceptor', () => {
  let http: HttpTestingController;
  let navigate: jest.SpyInstance;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [
        provideRouter([]),
        provideHttpClient(withInterceptors([sessionExpiredInterceptor])),
        provideHttpClientTesting(),
      ],
    });
    http = TestBed.inject(HttpTestingController);
    navigate = jest.spyOn(TestBed.inject(Router), 'navigate').mockResolvedValue(true);
  });

  it('signs the user out and sends them to the login page with the reason when a call gets 401', () => {
    signIn(['admin']);
    let failed = false;
    TestBed.inject(HttpClient)
      .get('/api/v1/users')
      .subscribe({ error: () => (failed = true) });
    http
      .expectOne('/api/v1/users')
      .flush({ status: 401, title: 'Unauthorized' }, { status: 401, statusText: 'Unauthorized' });

    expect(TestBed.inject(AuthService).isSignedIn()).toBe(false);
    expect(navigate).toHaveBeenCalledWith(['/login'], { queryParams: { reason: 'session-expired', returnUrl: '/' } });
    expect(failed).toBe(true);
  });

  it('leaves a 401 from the login itself to the login page', () => {
    TestBed.inject(HttpClient)
      .post('/api/v1/auth/login', {})
      .subscribe({ error: () => undefined });
    http.expectOne('/api/v1/auth/login').flush({}, { status: 401, statusText: 'Unauthorized' });
    expect(navigate).not.toHaveBeenCalled();
  });

  it('ignores other statuses', () => {
    signIn(['admin']);
    TestBed.inject(HttpClient)
      .get('/api/v1/users')
      .subscribe({ error: () => undefined });
    http.expectOne('/api/v1/users').flush({}, { status: 403, statusText: 'Forbidden' });
    expect(TestBed.inject(AuthService).isSignedIn()).toBe(true);
    expect(navigate).not.toHaveBeenCalled();
  });
});
