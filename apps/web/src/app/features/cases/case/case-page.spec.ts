import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { aCase, provideFixedClock } from '../../../../testing/cases';
import { translocoTesting } from '../../../../testing/transloco-testing';
import { signIn } from '../../../../testing/users';
import { casesRoutes } from '../cases.routes';

describe('CasePage', () => {
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      imports: [translocoTesting()],
      providers: [
        provideRouter([{ path: 'cases', children: casesRoutes }], withComponentInputBinding()),
        provideHttpClient(),
        provideHttpClientTesting(),
        provideFixedClock(),
      ],
    });
    http = TestBed.inject(HttpTestingController);
    signIn(['professional']);
  });

  async function open(url: string, dossier = aCase()): Promise<{ harness: RouterTestingHarness; page: HTMLElement }> {
    const harness = await RouterTestingHarness.create();
    await harness.navigateByUrl(url);
    http.expectOne('/api/v1/cases/case-1').flush(dossier);
    await harness.fixture.whenStable();
    http.match('/api/v1/municipalities').forEach((request) => request.flush([{ id: 'm-1', name: 'Tiel' }]));
    await harness.fixture.whenStable();
    return { harness, page: harness.routeNativeElement as HTMLElement };
  }

  it('shows who the jongere is, the age and, from 16½, the days until 18', async () => {
    const { page } = await open('/cases/case-1');
    const root = page.querySelector('[data-testid="case-page"]');
    expect(root?.querySelector('h1')?.textContent?.trim()).toBe('Noah de Jong');
    expect(root?.textContent).toContain('16 jaar');
    expect(page.querySelector('[data-testid="days-until-eighteen"]')?.textContent).toContain('Nog 435 dagen');
  });

  it('does not count down for a younger jongere', async () => {
    const { page } = await open('/cases/case-1', aCase({ dateOfBirth: '2012-01-01' }));
    expect(page.textContent).toContain('14 jaar');
    expect(page.querySelector('[data-testid="days-until-eighteen"]')).toBeNull();
  });

  it('opens on the overview tab, marked with aria-current, in a labelled navigation', async () => {
    const { page } = await open('/cases/case-1');
    const tabs = page.querySelector('nav.tabs');
    expect(tabs?.getAttribute('aria-label')).toBe('Onderdelen van het dossier');
    const links = Array.from(tabs?.querySelectorAll('a') ?? []);
    expect(links.map((link) => link.textContent?.trim())).toEqual([
      'Overzicht',
      'Toekomstplan',
      'Team en netwerk',
      'Tijdlijn',
    ]);
    expect(links[0]?.getAttribute('aria-current')).toBe('page');
    expect(page.querySelector('[data-testid="case-data"]')?.textContent).toContain('Praktijkschool Tiel');
  });

  it('says so when the case does not exist or is not shared', async () => {
    const harness = await RouterTestingHarness.create();
    await harness.navigateByUrl('/cases/case-1');
    http
      .expectOne('/api/v1/cases/case-1')
      .flush(
        { type: 'https://sluitend.nl/problems/case-not-found', title: 'Not Found', status: 404, detail: 'x' },
        { status: 404, statusText: 'Not Found' },
      );
    await harness.fixture.whenStable();
    const page = harness.routeNativeElement as HTMLElement;
    expect(page.querySelector('[role="alert"]')?.textContent).toContain('Dit dossier bestaat niet');
  });

  it('shows the timeline newest first', async () => {
    const { harness, page } = await open('/cases/case-1');
    await harness.navigateByUrl('/cases/case-1/timeline');
    http.expectOne('/api/v1/cases/case-1/timeline').flush([
      {
        id: 'e2',
        at: '2026-03-02T10:00:00Z',
        actor: { userId: 'user-2', name: 'Linda Verhoef' },
        kind: 'toekomstplan.saved',
        summary: 'Toekomstplan opgeslagen',
        details: {},
      },
      {
        id: 'e1',
        at: '2026-01-10T09:00:00Z',
        actor: null,
        kind: 'case.opened',
        summary: 'Dossier geopend',
        details: {},
      },
    ]);
    await harness.fixture.whenStable();
    const entries = Array.from(page.querySelectorAll('[data-testid="timeline"] li'));
    expect(entries).toHaveLength(2);
    expect(entries[0]?.textContent).toContain('Linda Verhoef');
    expect(entries[0]?.querySelector('time')?.getAttribute('datetime')).toBe('2026-03-02T10:00:00Z');
  });
});
