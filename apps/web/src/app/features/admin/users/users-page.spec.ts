import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { OrganisationResponse, SignInLockResponse, UserResponse } from '@sluitend/domain';
import { translocoTesting } from '../../../../testing/transloco-testing';
import { UsersPage } from './users-page';

const ORGANISATION: OrganisationResponse = {
  id: 'org-1',
  name: 'Buurtteam Noord',
  sector: 'welzijn',
  regionId: 'region-1',
  active: true,
  version: 1,
  createdAt: '2026-01-01T00:00:00Z',
  updatedAt: '2026-01-01T00:00:00Z',
};
const user = (id: string, name: string): UserResponse => ({
  id,
  email: `${id}@buurtteam.nl`,
  name,
  organisationId: 'org-1',
  roles: ['professional'],
  active: true,
  version: 1,
  createdAt: '2026-01-01T00:00:00Z',
  updatedAt: '2026-01-01T00:00:00Z',
});
const LOCK: SignInLockResponse = {
  userId: 'user-2',
  email: 'user-2@buurtteam.nl',
  name: 'Bram Jansen',
  lockedUntil: '2026-03-05T13:45:00Z',
  failedAttempts: 5,
};

describe('UsersPage', () => {
  let fixture: ComponentFixture<UsersPage>;
  let http: HttpTestingController;
  let page: HTMLElement;

  beforeEach(async () => {
    TestBed.configureTestingModule({
      imports: [UsersPage, translocoTesting()],
      providers: [provideHttpClient(), provideHttpClientTesting()],
    });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(UsersPage);
    page = fixture.nativeElement as HTMLElement;
    http.expectOne('/api/v1/users').flush([user('user-1', 'Anna de Boer'), user('user-2', 'Bram Jansen')]);
    http.expectOne('/api/v1/organisations').flush([ORGANISATION]);
    http.expectOne('/api/v1/sign-in-locks').flush([LOCK]);
    await fixture.whenStable();
  });

  afterEach(() => http.verify());

  const signInCell = (userId: string) => page.querySelector(`[data-testid="sign-in-${userId}"]`);

  it('shows who is locked, until when in Dutch time, and who is not', () => {
    expect(signInCell('user-2')?.textContent).toContain('Geblokkeerd tot 05-03-2026 14:45');
    expect(signInCell('user-1')?.textContent).toContain('Niet geblokkeerd');
    expect(signInCell('user-1')?.querySelector('button')).toBeNull();
  });

  it('lifts a lock with the unlock button and says so', async () => {
    const button = signInCell('user-2')?.querySelector<HTMLButtonElement>('button');
    expect(button?.textContent).toContain('Blokkade opheffen');
    button?.click();
    const request = http.expectOne({ method: 'DELETE', url: '/api/v1/sign-in-locks/user-2' });
    request.flush(null, { status: 204, statusText: 'No Content' });
    await fixture.whenStable();

    expect(signInCell('user-2')?.textContent).toContain('Niet geblokkeerd');
    expect(page.querySelector('[role="status"]')?.textContent).toContain(
      'De inlogblokkade van Bram Jansen is opgeheven.',
    );
  });

  it('keeps the lock shown and explains when lifting it fails', async () => {
    signInCell('user-2')?.querySelector<HTMLButtonElement>('button')?.click();
    http
      .expectOne({ method: 'DELETE', url: '/api/v1/sign-in-locks/user-2' })
      .flush(
        { type: 'about:blank', title: 'Service Unavailable', status: 503, detail: 'down' },
        { status: 503, statusText: 'Service Unavailable' },
      );
    await fixture.whenStable();

    expect(signInCell('user-2')?.textContent).toContain('Geblokkeerd tot');
    expect(page.querySelector('[role="alert"]')).not.toBeNull();
  });
});
