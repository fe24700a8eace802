import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { Role } from '@sluitend/domain';
import { aSessionSummary } from '../../../../../testing/sessions';
import { translocoTesting } from '../../../../../testing/transloco-testing';
import { signIn } from '../../../../../testing/users';
import { SessionsListPage } from './sessions-list-page';

describe('SessionsListPage', () => {
  let fixture: ComponentFixture<SessionsListPage>;
  let http: HttpTestingController;
  let page: HTMLElement;

  async function render(roles: Role[], when?: string): Promise<void> {
    TestBed.configureTestingModule({
      imports: [SessionsListPage, translocoTesting()],
      providers: [provideRouter([]), provideHttpClient(), provideHttpClientTesting()],
    });
    http = TestBed.inject(HttpTestingController);
    signIn(roles);
    fixture = TestBed.createComponent(SessionsListPage);
    if (when) fixture.componentRef.setInput('when', when);
    page = fixture.nativeElement as HTMLElement;
    await fixture.whenStable();
  }

  afterEach(() => http.verify());

  const rows = () => Array.from(page.querySelectorAll('[data-testid="sessions-row"]'));

  it('lists the upcoming sessions first one first, with time, place, chair, items and my part', async () => {
    await render(['actietafel-member']);
    http
      .expectOne('/api/v1/actietafel-sessions?when=upcoming')
      .flush([
        aSessionSummary({ id: 'later', startsAt: '2026-04-09T12:00:00Z', endsAt: '2026-04-09T14:00:00Z' }),
        aSessionSummary({ onlineUrl: 'https://meet.example/1' }),
      ]);
    await fixture.whenStable();
    const first = rows()[0]?.textContent?.replace(/\s+/g, ' ') ?? '';
    expect(first).toContain('donderdag 12 maart 2026');
    expect(first).toContain('14:00–16:00 uur');
    expect(first).toContain('Stadhuis Tiel, zaal 2');
    expect(first).toContain('Online');
    expect(first).toContain('Marieke van Dijk');
    expect(first).toContain('3');
    expect(first).toContain('Lid');
    expect(rows()[0]?.querySelector('a')?.getAttribute('href')).toBe('/session-1');
    expect(rows()[1]?.textContent).toContain('donderdag 9 april 2026');
    expect(page.querySelector('[data-testid="sessions-plan"]')).toBeNull();
    expect(page.querySelector('[data-testid="sessions-tab-upcoming"]')?.getAttribute('aria-current')).toBe('page');
  });

  it('offers the coordinator to plan a session', async () => {
    await render(['actietafel-coordinator']);
    http.expectOne('/api/v1/actietafel-sessions?when=upcoming').flush([]);
    await fixture.whenStable();
    expect(page.querySelector('[data-testid="sessions-plan"]')?.textContent?.trim()).toBe('Sessie plannen');
    expect(page.querySelector('.empty-state')?.textContent).toContain('Geen komende sessies');
  });

  it('shows the past sessions, most recent first, with a link to their minutes', async () => {
    await render(['actietafel-chair'], 'past');
    http
      .expectOne('/api/v1/actietafel-sessions?when=past')
      .flush([
        aSessionSummary({ id: 'old', startsAt: '2026-01-08T13:00:00Z', state: 'ended', hasMinutes: true }),
        aSessionSummary({ id: 'recent', startsAt: '2026-02-12T13:00:00Z', state: 'ended', hasMinutes: true }),
      ]);
    await fixture.whenStable();
    expect(rows()[0]?.textContent).toContain('12 februari 2026');
    expect(rows()[0]?.textContent).toContain('Afgelopen');
    expect(rows()[0]?.querySelector('a[href="/recent/minutes"]')?.textContent?.trim()).toBe('Verslag');
    expect(page.querySelector('[data-testid="sessions-tab-past"]')?.getAttribute('aria-current')).toBe('page');
  });
});
