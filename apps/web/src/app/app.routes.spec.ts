import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Title } from '@angular/platform-browser';
import { Router, TitleStrategy, provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { Role } from '@sluitend/domain';
import { aReport } from '../testing/monitoring';
import { translocoTesting } from '../testing/transloco-testing';
import { signIn } from '../testing/users';
import { appRoutes } from './app.routes';
import { TranslatedTitleStrategy } from './core/i18n/translated-title.strategy';

describe('app routes', () => {
  beforeEach(() => {
    TestBed.configureTestingModule({
      imports: [translocoTesting()],
      providers: [
        provideRouter(appRoutes),
        provideHttpClient(),
        provideHttpClientTesting(),
        { provide: TitleStrategy, useClass: TranslatedTitleStrategy },
      ],
    });
  });

  async function open(url: string, roles?: Role[]): Promise<{ url: string; page: HTMLElement }> {
    if (roles) signIn(roles);
    const harness = await RouterTestingHarness.create();
    await harness.navigateByUrl(url);
    // Pages load their data; answer with empty lists (or an empty page) so nothing is left pending.
    const http = TestBed.inject(HttpTestingController);
    const paged = ['/api/v1/cases', '/api/v1/audit-events'];
    const objects: Record<string, object> = {
      '/api/v1/notifications/summary': { unreadCount: 0 },
      '/api/v1/notification-settings': { mail: 'immediate', email: 'anne@jeugdregio.nl', version: 1 },
      '/api/v1/monitoring/report': aReport(),
    };
    http
      .match(() => true)
      .forEach((request) =>
        request.flush(
          objects[request.request.url] ??
            (paged.includes(request.request.url) ? { items: [], total: 0, page: 1, pageSize: 20 } : []),
        ),
      );
    harness.detectChanges();
    return { url: TestBed.inject(Router).url, page: harness.routeNativeElement as HTMLElement };
  }

  it('sends anonymous visitors to the login page', async () => {
    const { url, page } = await open('/admin/users');
    expect(url).toBe('/login?returnUrl=%2Fadmin%2Fusers');
    expect(page.querySelector('h1')?.textContent?.trim()).toBe('Inloggen');
  });

  it('opens the home of the primary role at the root', async () => {
    const { url, page } = await open('/', ['actietafel-member']);
    expect(url).toBe('/home');
    expect(page.querySelector('[data-testid="home-actietafel-member"]')).not.toBeNull();
  });

  it('keeps non-admins out of the admin pages', async () => {
    const { url } = await open('/admin/users', ['professional']);
    expect(url).toBe('/home');
  });

  it('lets an admin open the users page', async () => {
    const { url, page } = await open('/admin/users', ['admin']);
    expect(url).toBe('/admin/users');
    expect(page.querySelector('h1')?.textContent?.trim()).toBe('Gebruikers');
  });

  it('lets a professional open the case list', async () => {
    const { url, page } = await open('/cases', ['professional']);
    expect(url).toBe('/cases');
    expect(page.querySelector('h1')?.textContent?.trim()).toBe('Mijn dossiers');
    expect(page.querySelector('[data-testid="case-list"]')).not.toBeNull();
  });

  it('keeps users without the professional role out of the cases', async () => {
    const { url } = await open('/cases', ['admin']);
    expect(url).toBe('/home');
  });

  it('opens the access log for a privacy officer at /privacy, titled in Dutch', async () => {
    const { url, page } = await open('/privacy', ['privacy-officer']);
    expect(url).toBe('/privacy/access-log');
    expect(page.querySelector('h1')?.textContent?.trim()).toBe('Toegangslog');
    expect(TestBed.inject(Title).getTitle()).toBe('Toegangslog - Sluitend');
  });

  it.each([
    ['/privacy/retention', 'Bewaartermijnen'],
    ['/privacy/erasures', 'Gewiste dossiers'],
  ])('lets a privacy officer open %s', async (path, heading) => {
    const { url, page } = await open(path, ['privacy-officer']);
    expect(url).toBe(path);
    expect(page.querySelector('h1')?.textContent?.trim()).toBe(heading);
    expect(page.querySelector('nav.tabs a[aria-current="page"]')?.textContent?.trim()).toBe(heading);
  });

  it.each<Role[]>([['admin'], ['professional']])(
    'keeps someone with only the %s role out of the privacy pages',
    async (role) => {
      const { url } = await open('/privacy/access-log', [role]);
      expect(url).toBe('/home');
    },
  );

  it('opens the privacy officer home at the root', async () => {
    const { url, page } = await open('/', ['professional', 'privacy-officer']);
    expect(url).toBe('/home');
    expect(page.querySelector('[data-testid="home-privacy-officer"]')).not.toBeNull();
  });

  it.each<Role>(['admin', 'privacy-officer', 'actietafel-coordinator', 'actietafel-member', 'professional'])(
    'lets a %s open the notification settings, which the e-mails link to',
    async (role) => {
      const { url, page } = await open('/settings/notifications', [role]);
      expect(url).toBe('/settings/notifications');
      expect(page.querySelector('h1')?.textContent?.trim()).toBe('Instellingen voor meldingen');
      expect(TestBed.inject(Title).getTitle()).toBe('Instellingen voor meldingen - Sluitend');
    },
  );

  it.each<Role>(['actietafel-coordinator', 'actietafel-chair'])(
    'lets a %s open the monitoring report',
    async (role) => {
      const { url, page } = await open('/monitoring/report?from=2025-01-01&to=2025-12-31', [role]);
      expect(url).toBe('/monitoring/report?from=2025-01-01&to=2025-12-31');
      expect(page.querySelector('h1')?.textContent?.trim()).toBe(aReport().title);
      expect(TestBed.inject(Title).getTitle()).toBe('Monitoringsrapportage - Sluitend');
    },
  );

  it.each<Role>(['professional', 'actietafel-member', 'admin', 'privacy-officer'])(
    'keeps a %s out of the monitoring',
    async (role) => {
      const { url } = await open('/monitoring/report', [role]);
      expect(url).toBe('/home');
    },
  );

  it("keeps a chair out of the region-wide overdue agreements, the coordinator's list", async () => {
    const { url } = await open('/monitoring/overdue-agreements', ['actietafel-chair']);
    expect(url).toBe('/home');
  });

  it('sends a signed-in user away from the login page', async () => {
    const { url } = await open('/login', ['admin']);
    expect(url).toBe('/home');
  });
});
