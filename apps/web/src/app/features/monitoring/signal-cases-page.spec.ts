import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { TIEL } from '../../../testing/monitoring';
import { translocoTesting } from '../../../testing/transloco-testing';
import { SignalCasesPage } from './signal-cases-page';

describe('SignalCasesPage', () => {
  let http: HttpTestingController;
  let harness: RouterTestingHarness;
  let page: HTMLElement;

  async function open(url: string): Promise<void> {
    TestBed.configureTestingModule({
      imports: [translocoTesting()],
      providers: [
        provideRouter([{ path: 'monitoring/signals/:signal', component: SignalCasesPage }]),
        provideHttpClient(),
        provideHttpClientTesting(),
      ],
    });
    http = TestBed.inject(HttpTestingController);
    harness = await RouterTestingHarness.create();
    await harness.navigateByUrl(url);
    page = harness.routeNativeElement as HTMLElement;
  }

  afterEach(() => http.verify());

  it('lists the cases the viewer may open, linked to them, and only counts the others', async () => {
    await open(`/monitoring/signals/sixteen-plus-without-plan?municipalityId=${TIEL}`);
    const request = http.expectOne(
      (candidate) => candidate.url === '/api/v1/monitoring/signals/sixteen-plus-without-plan/cases',
    );
    expect(request.request.params.toString()).toBe(`municipalityId=${TIEL}`);
    request.flush({
      signal: 'sixteen-plus-without-plan',
      total: 5,
      cases: [
        { id: 'case-1', displayName: 'Noah de Jong', municipalityName: 'Tiel' },
        { id: 'case-2', displayName: 'Sara Bakker', municipalityName: 'Tiel' },
      ],
      notAccessible: 3,
    });
    await harness.fixture.whenStable();
    expect(page.querySelector('h1')?.textContent?.trim()).toBe('Jongeren van 16 jaar of ouder zonder toekomstplan');
    expect(page.querySelector('[data-testid="signal-total"]')?.textContent?.trim()).toBe('Dossiers: 5');
    const links = Array.from(page.querySelectorAll<HTMLAnchorElement>('[data-testid="signal-case-row"] a'));
    expect(links.map((link) => [link.textContent?.trim(), link.getAttribute('href')])).toEqual([
      ['Noah de Jong', '/cases/case-1'],
      ['Sara Bakker', '/cases/case-2'],
    ]);
    expect(page.querySelector('[data-testid="signal-not-accessible"]')?.textContent?.trim()).toBe(
      '3 dossiers waar u geen toegang toe heeft',
    );
    expect(page.querySelector<HTMLAnchorElement>('a[href^="/monitoring"]')?.getAttribute('href')).toBe(
      `/monitoring?municipalityId=${TIEL}`,
    );
  });

  it('counts a single case out of reach in the singular', async () => {
    await open('/monitoring/signals/stagnating');
    http
      .expectOne('/api/v1/monitoring/signals/stagnating/cases')
      .flush({ signal: 'stagnating', total: 1, cases: [], notAccessible: 1 });
    await harness.fixture.whenStable();
    expect(page.querySelector('[data-testid="signal-cases"]')).toBeNull();
    expect(page.querySelector('[data-testid="signal-not-accessible"]')?.textContent?.trim()).toBe(
      '1 dossier waar u geen toegang toe heeft',
    );
  });

  it('asks the api nothing for a signal that does not exist', async () => {
    await open('/monitoring/signals/made-up');
    await harness.fixture.whenStable();
    expect(page.querySelector('h1')?.textContent?.trim()).toBe('Onbekend signaal');
  });
});
