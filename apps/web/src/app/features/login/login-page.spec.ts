import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import { Problem } from '@sluitend/domain';
import { translocoTesting } from '../../../testing/transloco-testing';
import { aUser } from '../../../testing/users';
import { AuthService } from '../../core/auth/auth.service';
import { LoginPage } from './login-page';

const LOGIN_URL = '/api/v1/auth/login';

function problem(status: number, title: string): Problem {
  return { type: 'about:blank', title, status, detail: 'wrong email or password' };
}

describe('LoginPage', () => {
  let fixture: ComponentFixture<LoginPage>;
  let http: HttpTestingController;
  let page: HTMLElement;

  beforeEach(async () => {
    TestBed.configureTestingModule({
      imports: [LoginPage, translocoTesting()],
      providers: [provideRouter([]), provideHttpClient(), provideHttpClientTesting()],
    });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(LoginPage);
    page = fixture.nativeElement as HTMLElement;
    await fixture.whenStable();
  });

  afterEach(() => http.verify());

  function type(id: string, value: string): void {
    const input = page.querySelector<HTMLInputElement>(`#${id}`);
    if (!input) throw new Error(`no #${id}`);
    input.value = value;
    input.dispatchEvent(new Event('input'));
  }

  async function submit(email = 'anne@jeugdregio.nl', password = 'een lang wachtwoord'): Promise<void> {
    type('email', email);
    type('password', password);
    page.querySelector<HTMLButtonElement>('button[type="submit"]')?.click();
    await fixture.whenStable();
  }

  const alertText = () =>
    Array.from(page.querySelectorAll('[role="alert"]'))
      .map((element) => element.textContent?.trim())
      .filter(Boolean)
      .join(' ');

  it('has labelled email and password inputs with stable ids', () => {
    expect(page.querySelector('label[for="email"]')?.textContent?.trim()).toBe('E-mailadres');
    expect(page.querySelector('label[for="password"]')?.textContent?.trim()).toBe('Wachtwoord');
    expect(page.querySelector('#password')?.getAttribute('type')).toBe('password');
  });

  it('shows a Dutch error in an alert when the API answers 401', async () => {
    await submit();
    http.expectOne(LOGIN_URL).flush(problem(401, 'Unauthorized'), { status: 401, statusText: 'Unauthorized' });
    await fixture.whenStable();

    expect(alertText()).toContain('Het e-mailadres of wachtwoord is onjuist.');
    // One alert only: the emptied password field must not add a "required" error.
    expect(page.querySelectorAll('[role="alert"]')).toHaveLength(1);
    expect(TestBed.inject(AuthService).isSignedIn()).toBe(false);
  });

  it('clears the rejected password so it is not submitted again by accident', async () => {
    await submit();
    http.expectOne(LOGIN_URL).flush(problem(401, 'Unauthorized'), { status: 401, statusText: 'Unauthorized' });
    await fixture.whenStable();
    expect(page.querySelector<HTMLInputElement>('#password')?.value).toBe('');
  });

  it('shows the lock message when the API answers 429', async () => {
    await submit();
    http
      .expectOne(LOGIN_URL)
      .flush(problem(429, 'Too Many Requests'), { status: 429, statusText: 'Too Many Requests' });
    await fixture.whenStable();
    expect(alertText()).toContain('Inloggen is tijdelijk geblokkeerd');
  });

  it('does not call the API and marks the fields when they are empty', async () => {
    page.querySelector<HTMLButtonElement>('button[type="submit"]')?.click();
    await fixture.whenStable();

    http.expectNone(LOGIN_URL);
    expect(page.querySelector('#email')?.getAttribute('aria-invalid')).toBe('true');
    expect(page.querySelector('#email-error')?.textContent).toContain('Dit veld is verplicht.');
  });

  it('signs in and goes to the home page', async () => {
    const navigate = jest.spyOn(TestBed.inject(Router), 'navigateByUrl').mockResolvedValue(true);
    await submit();
    const request = http.expectOne(LOGIN_URL);
    expect(request.request.body).toEqual({ email: 'anne@jeugdregio.nl', password: 'een lang wachtwoord' });
    request.flush(aUser(['admin']));
    await fixture.whenStable();

    expect(TestBed.inject(AuthService).user()?.name).toBe('Anne de Vries');
    expect(navigate).toHaveBeenCalledWith('/home');
  });

  it('returns to the requested page after signing in', async () => {
    const navigate = jest.spyOn(TestBed.inject(Router), 'navigateByUrl').mockResolvedValue(true);
    fixture.componentRef.setInput('returnUrl', '/admin/users');
    await submit();
    http.expectOne(LOGIN_URL).flush(aUser(['admin']));
    await fixture.whenStable();
    expect(navigate).toHaveBeenCalledWith('/admin/users');
  });

  it('tells the user their session expired when sent here for that reason', async () => {
    fixture.componentRef.setInput('reason', 'session-expired');
    await fixture.whenStable();
    expect(page.querySelector('[role="status"]')?.textContent).toContain('Sessie verlopen');
  });
});
