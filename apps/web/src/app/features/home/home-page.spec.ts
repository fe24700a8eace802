import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ApplicationRef } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { Role } from '@sluitend/domain';
import { translocoTesting } from '../../../testing/transloco-testing';
import { signIn } from '../../../testing/users';
import { HomePage } from './home-page';

describe('HomePage', () => {
  beforeEach(() => {
    TestBed.configureTestingModule({
      imports: [HomePage, translocoTesting()],
      providers: [provideRouter([]), provideHttpClient(), provideHttpClientTesting()],
    });
  });

  async function render(roles: Role[]): Promise<HTMLElement> {
    signIn(roles);
    const fixture = TestBed.createComponent(HomePage);
    await fixture.whenStable();
    // The professional home lists the user's actions and agreements; here there are none.
    const http = TestBed.inject(HttpTestingController);
    http.match('/api/v1/my-actions').forEach((request) => request.flush([]));
    http.match('/api/v1/agreements?owner=mine').forEach((request) => request.flush([]));
    await fixture.whenStable();
    return fixture.nativeElement as HTMLElement;
  }

  it.each<[Role, string]>([
    ['admin', 'Beheer'],
    ['actietafel-coordinator', 'Escalaties'],
    ['actietafel-chair', 'Actietafel-sessies'],
    ['actietafel-member', 'Mijn Actietafel-agenda'],
    ['professional', 'Mijn dossiers'],
  ])('shows the %s home with the title "%s"', async (role, title) => {
    const page = await render([role]);
    const root = page.querySelector(`[data-testid="home-${role}"]`);
    expect(root).not.toBeNull();
    expect(root?.querySelector('h1')?.textContent?.trim()).toBe(title);
    expect(root?.querySelector('.empty-state')?.textContent?.trim().length).toBeGreaterThan(0);
  });

  it('leads a professional to the case list and shows their actions', async () => {
    const page = await render(['professional']);
    expect(page.querySelector('a[href="/cases"]')?.textContent?.trim()).toBe('Naar mijn dossiers');
    expect(page.querySelector('[data-testid="my-actions"] .empty-state')?.textContent).toContain('Geen acties');
  });

  it('picks the primary role when the user has several', async () => {
    const page = await render(['professional', 'actietafel-member', 'actietafel-chair']);
    expect(page.querySelector('[data-testid="home-actietafel-chair"]')).not.toBeNull();
    expect(page.querySelectorAll('h1')).toHaveLength(1);
  });

  it('offers the admin links to the management pages', async () => {
    const page = await render(['admin']);
    const links = Array.from(page.querySelectorAll('a')).map((link) => link.getAttribute('href'));
    expect(links).toEqual(['/admin/organisations', '/admin/users']);
  });

  it('shows the privacy officer a home with links to the access log, retention and erasures', async () => {
    const page = await render(['privacy-officer', 'professional']);
    const root = page.querySelector('[data-testid="home-privacy-officer"]');
    expect(root?.querySelector('h1')?.textContent?.trim()).toBe('Privacy');
    const links = Array.from(root?.querySelectorAll('a') ?? []).map((link) => [
      link.getAttribute('href'),
      link.textContent?.trim(),
    ]);
    expect(links).toEqual([
      ['/privacy/access-log', 'Toegangslog'],
      ['/privacy/retention', 'Bewaartermijnen'],
      ['/privacy/erasures', 'Gewiste dossiers'],
    ]);
    // The officer's home never asks for a professional's actions or emergency accesses.
    TestBed.inject(HttpTestingController).expectNone('/api/v1/emergency-accesses');
  });

  it('shows a professional the emergency accesses to their cases when there are any', async () => {
    const page = await render(['professional']);
    expect(page.querySelector('[data-testid="emergency-accesses"]')).toBeNull();
    TestBed.inject(HttpTestingController)
      .expectOne('/api/v1/emergency-accesses')
      .flush([
        {
          id: 'ea-1',
          caseId: 'case-1',
          user: { userId: 'user-9', name: 'Linda Verhoef', organisationName: 'Politie Midden-Nederland' },
          reason: 'Jongere vermist, contactgegevens nodig voor de politie',
          grantedAt: '2026-03-05T08:00:00Z',
          expiresAt: '2026-03-05T12:00:00Z',
          active: true,
        },
      ]);
    await TestBed.inject(ApplicationRef).whenStable();
    const card = page.querySelector('[data-testid="emergency-accesses"]');
    expect(card?.querySelector('h2')?.textContent?.trim()).toBe('Noodtoegang');
    expect(card?.querySelector('a')?.getAttribute('href')).toBe('/cases/case-1');
  });

  it.each<Role>(['professional', 'actietafel-chair', 'actietafel-member'])(
    'shows the %s their agreements from the Actietafel',
    async (role) => {
      const page = await render([role]);
      expect(page.querySelector('[data-testid="my-agreements"] h2')?.textContent?.trim()).toBe(
        'Mijn afspraken uit de Actietafel',
      );
    },
  );

  it('shows the coordinator how many escalations wait and how many agreements are overdue', async () => {
    const page = await render(['actietafel-coordinator']);
    const http = TestBed.inject(HttpTestingController);
    http
      .expectOne('/api/v1/escalations?state=submitted&pageSize=1')
      .flush({ items: [], total: 3, page: 1, pageSize: 1 });
    http.expectOne('/api/v1/agreements?status=open&overdue=true').flush([]);
    await TestBed.inject(ApplicationRef).whenStable();
    const card = page.querySelector('[data-testid="coordinator-summary"]');
    expect(card?.querySelector('[data-testid="summary-waiting"]')?.textContent?.trim()).toBe(
      'Escalaties die wachten op beoordeling: 3',
    );
    expect(card?.querySelector('[data-testid="summary-overdue"]')?.textContent?.trim()).toBe(
      'Afspraken over de deadline: 0',
    );
    expect(card?.querySelector('a')?.getAttribute('href')).toBe('/actietafel/escalations');
    expect(page.querySelector('[data-testid="my-agreements"]')).not.toBeNull();
  });

  it('shows the table roles their next sessions, and everyone their unread notifications', async () => {
    const page = await render(['actietafel-member']);
    const http = TestBed.inject(HttpTestingController);
    http.expectOne('/api/v1/actietafel-sessions?when=upcoming').flush([]);
    http.expectOne('/api/v1/notifications').flush([
      {
        id: 'n-1',
        kind: 'session.agenda-sent',
        title: 'De agenda van de Actietafel van 12 maart staat klaar',
        link: '/actietafel/sessions/session-1',
        createdAt: '2026-03-05T09:00:00Z',
        readAt: null,
      },
    ]);
    await TestBed.inject(ApplicationRef).whenStable();
    expect(page.querySelector('[data-testid="my-sessions"] h2')?.textContent?.trim()).toBe('Mijn sessies');
    expect(page.querySelector('[data-testid="notifications"]')?.textContent).toContain('De agenda van de Actietafel');
  });

  it('explains that there is nothing to show when the account has no roles', async () => {
    const page = await render([]);
    expect(page.querySelector('[data-testid="home-none"] h1')?.textContent?.trim()).toBe('Welkom');
  });
});
