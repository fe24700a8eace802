import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { aSessionSummary } from '../../../../testing/sessions';
import { translocoTesting } from '../../../../testing/transloco-testing';
import { MySessions } from './my-sessions';

describe('MySessions', () => {
  let fixture: ComponentFixture<MySessions>;
  let http: HttpTestingController;
  let page: HTMLElement;

  beforeEach(async () => {
    TestBed.configureTestingModule({
      imports: [MySessions, translocoTesting()],
      providers: [provideRouter([]), provideHttpClient(), provideHttpClientTesting()],
    });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(MySessions);
    page = fixture.nativeElement as HTMLElement;
    await fixture.whenStable();
  });

  afterEach(() => http.verify());

  it('shows the next three sessions, the first one first, each linked to its agenda', async () => {
    http
      .expectOne('/api/v1/actietafel-sessions?when=upcoming')
      .flush([
        aSessionSummary({ id: 's-4', startsAt: '2026-06-11T12:00:00Z', endsAt: '2026-06-11T14:00:00Z' }),
        aSessionSummary({ id: 's-2', startsAt: '2026-04-09T12:00:00Z', endsAt: '2026-04-09T14:00:00Z' }),
        aSessionSummary({ id: 's-1' }),
        aSessionSummary({ id: 's-3', startsAt: '2026-05-14T12:00:00Z', endsAt: '2026-05-14T14:00:00Z' }),
      ]);
    await fixture.whenStable();
    const sessions = Array.from(page.querySelectorAll('[data-testid="my-session"]'));
    expect(sessions.map((session) => session.querySelector('a')?.getAttribute('href'))).toEqual([
      '/actietafel/sessions/s-1',
      '/actietafel/sessions/s-2',
      '/actietafel/sessions/s-3',
    ]);
    const first = sessions[0]?.textContent?.replace(/\s+/g, ' ') ?? '';
    expect(first).toContain('donderdag 12 maart 2026, 14:00–16:00 uur');
    expect(first).toContain('3 agendapunten, voorzitter Marieke van Dijk');
    expect(first).toContain('Lid');
    expect(page.querySelector('[data-testid="my-sessions-all"]')?.getAttribute('href')).toBe('/actietafel/sessions');
  });

  it('says so when nothing is planned', async () => {
    http.expectOne('/api/v1/actietafel-sessions?when=upcoming').flush([]);
    await fixture.whenStable();
    expect(page.querySelector('.empty-state')?.textContent).toContain('Geen komende sessies');
  });
});
