import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, TestRequest, provideHttpClientTesting } from '@angular/common/http/testing';
import { ChangeDetectionStrategy, Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { Role } from '@sluitend/domain';
import { provideFixedClock } from '../../../testing/cases';
import { BETUWE, BUREN, ChartRecorder, TIEL, aDashboard, provideRecordingCharts } from '../../../testing/monitoring';
import { translocoTesting } from '../../../testing/transloco-testing';
import { signIn } from '../../../testing/users';
import { DashboardPage } from './dashboard-page';

@Component({ template: '', changeDetection: ChangeDetectionStrategy.OnPush })
class Blank {}

describe('DashboardPage', () => {
  let http: HttpTestingController;
  let harness: RouterTestingHarness;
  let page: HTMLElement;
  let charts: ChartRecorder;

  function dashboardRequest(): TestRequest {
    return http.expectOne((request) => request.url === '/api/v1/monitoring/dashboard');
  }

  async function open(url = '/monitoring', roles: Role[] = ['actietafel-coordinator'], dashboard = aDashboard()) {
    charts = { options: [] };
    TestBed.configureTestingModule({
      imports: [translocoTesting()],
      providers: [
        provideRouter([
          { path: 'monitoring', providers: [provideRecordingCharts(charts)], component: DashboardPage },
          { path: '**', component: Blank },
        ]),
        provideHttpClient(),
        provideHttpClientTesting(),
        provideFixedClock(),
      ],
    });
    http = TestBed.inject(HttpTestingController);
    signIn(roles);
    harness = await RouterTestingHarness.create();
    await harness.navigateByUrl(url);
    page = harness.routeNativeElement as HTMLElement;
    http.expectOne('/api/v1/municipalities').flush([
      { id: TIEL, name: 'Tiel' },
      { id: BUREN, name: 'Buren' },
    ]);
    const request = dashboardRequest();
    const params = request.request.params.toString();
    request.flush(dashboard);
    await settle();
    return params;
  }

  async function settle(): Promise<void> {
    await harness.fixture.whenStable();
    // The charts start on a timer after the view (ngx-echarts), then draw asynchronously.
    await new Promise((resolve) => setTimeout(resolve, 0));
    await harness.fixture.whenStable();
  }

  afterEach(() => http.verify());

  const text = (selector: string) => page.querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim();
  const link = (selector: string) => page.querySelector<HTMLAnchorElement>(`${selector} a`);

  it('asks for the last 12 months of the whole region when the address names no filter', async () => {
    expect(await open()).toBe('from=2025-04-01&to=2026-03-05');
    expect(page.querySelector<HTMLInputElement>('[data-testid="monitoring-from"]')?.value).toBe('2025-04-01');
    expect(page.querySelector('[data-testid="preset-last-12-months"]')?.getAttribute('aria-pressed')).toBe('true');
  });

  it('asks for the period and municipalities in the address bar and ticks them', async () => {
    const params = await open(
      `/monitoring?from=2025-01-01&to=2025-06-30&municipalityId=${TIEL}&municipalityId=${BUREN}`,
    );
    expect(params).toBe(`from=2025-01-01&to=2025-06-30&municipalityId=${TIEL}&municipalityId=${BUREN}`);
    expect(page.querySelector<HTMLInputElement>(`[data-testid="municipality-${TIEL}"]`)?.checked).toBe(true);
    expect(page.querySelector<HTMLInputElement>(`[data-testid="municipality-${BUREN}"]`)?.checked).toBe(true);
  });

  it('puts a preset in the address bar and reloads the figures for it', async () => {
    await open();
    page.querySelector<HTMLButtonElement>('[data-testid="preset-last-year"]')?.click();
    await harness.fixture.whenStable();
    expect(TestBed.inject(Router).url).toBe('/monitoring?from=2025-01-01&to=2025-12-31');
    expect(dashboardRequest().request.params.toString()).toBe('from=2025-01-01&to=2025-12-31');
  });

  it('applies typed dates and ticked municipalities together, in the order of the list', async () => {
    await open();
    const from = page.querySelector<HTMLInputElement>('[data-testid="monitoring-from"]');
    if (from) {
      from.value = '2025-10-01';
      from.dispatchEvent(new Event('input'));
    }
    page.querySelector<HTMLInputElement>(`[data-testid="municipality-${BUREN}"]`)?.click();
    page.querySelector<HTMLInputElement>(`[data-testid="municipality-${TIEL}"]`)?.click();
    page.querySelector<HTMLButtonElement>('[data-testid="monitoring-apply"]')?.click();
    await harness.fixture.whenStable();
    expect(TestBed.inject(Router).url).toBe(
      `/monitoring?from=2025-10-01&to=2026-03-05&municipalityId=${BUREN}&municipalityId=${TIEL}`,
    );
    dashboardRequest().flush(aDashboard());
    await settle();
  });

  it('refuses a period that ends before it starts, without asking the api', async () => {
    await open();
    const to = page.querySelector<HTMLInputElement>('[data-testid="monitoring-to"]');
    if (to) {
      to.value = '2025-01-01';
      to.dispatchEvent(new Event('input'));
    }
    page.querySelector<HTMLButtonElement>('[data-testid="monitoring-apply"]')?.click();
    await harness.fixture.whenStable();
    expect(text('[data-testid="period-error"]')).toBe(
      "De datum bij 'Van' moet voor of op de datum bij 'Tot en met' liggen.",
    );
    expect(TestBed.inject(Router).url).toBe('/monitoring');
  });

  it('follows the address bar back to an earlier filter', async () => {
    await open('/monitoring?from=2025-01-01&to=2025-12-31');
    await harness.navigateByUrl('/monitoring?from=2024-01-01&to=2024-12-31');
    dashboardRequest().flush(aDashboard());
    await settle();
    expect(page.querySelector<HTMLInputElement>('[data-testid="monitoring-from"]')?.value).toBe('2024-01-01');
  });

  it('shows every state with its count, the ones past the norm marked in words, and how long the oldest waited', async () => {
    const dashboard = aDashboard();
    dashboard.escalationsByState = dashboard.escalationsByState.map((figure) =>
      figure.state === 'returned' ? { ...figure, longestDaysInState: 1 } : figure,
    );
    await open('/monitoring', ['actietafel-coordinator'], dashboard);
    const submitted = page.querySelector('[data-state="submitted"]');
    expect(submitted?.querySelector('th')?.textContent?.trim()).toBe('Ingediend');
    expect(submitted?.querySelector('[data-testid="state-count"]')?.textContent?.trim()).toBe('5');
    expect(submitted?.querySelector('[data-testid="state-past-norm"]')?.textContent).toContain('Over de norm');
    expect(submitted?.textContent).toContain('31 dagen');
    expect(page.querySelector('[data-state="returned"]')?.textContent).toContain('1 dag');
    expect(page.querySelector('[data-state="returned"]')?.textContent).not.toContain('1 dagen');
    expect(page.querySelector('[data-state="scheduled"] [data-testid="state-past-norm"]')?.textContent).toContain(
      'geen norm',
    );
    expect(text('[data-testid="norm-triage-waiting"]')).toBe('4');
    expect(text('[data-testid="norm-overdue-agreements"]')).toBe('7');
  });

  it('shows lead times in days with one decimal, Dutch style, and a dash where nothing was measured', async () => {
    await open();
    const cells = (stage: string) =>
      ['lead-time-median', 'lead-time-p90'].map((id) => text(`[data-stage="${stage}"] [data-testid="${id}"]`));
    expect(cells('submission-to-triage')).toEqual(['2,5 dagen', '6,3 dagen']);
    expect(cells('submission-to-first-session')).toEqual(['20,0 dagen', '33,1 dagen']);
    expect(cells('submission-to-close')).toEqual(['–', '–']);
  });

  it('links each escalation figure to the queue narrowed to the escalations behind it, named for what it opens', async () => {
    await open(`/monitoring?from=2025-02-15&to=2026-02-20&municipalityId=${TIEL}`);
    const state = link('[data-state="accepted"] [data-testid="state-count"]');
    expect(state?.getAttribute('href')).toBe(
      `/actietafel/escalations?state=accepted&submittedFrom=2025-02-15&submittedTo=2026-02-20&municipalityId=${TIEL}`,
    );
    expect(state?.getAttribute('aria-label')).toBe('4 escalaties met status Geaccepteerd: toon de lijst');
    expect(link('[data-testid="norm-triage-waiting"]')?.getAttribute('href')).toBe(
      `/actietafel/escalations?state=submitted&submittedFrom=2025-02-15&submittedTo=2026-02-20&municipalityId=${TIEL}&pastNorm=triage-waiting`,
    );
    expect(link('[data-month="2026-02"] [data-testid="month-closed"]')?.getAttribute('href')).toBe(
      `/actietafel/escalations?state=all&municipalityId=${TIEL}&closedFrom=2026-02-01&closedTo=2026-02-20`,
    );
    const byMunicipality = Array.from(page.querySelectorAll('[data-testid="by-municipality"] a'));
    expect(byMunicipality.map((a) => a.getAttribute('aria-label'))).toEqual([
      '4 escalaties uit Buren: toon de lijst',
      '17 escalaties uit Tiel: toon de lijst',
    ]);
    expect(byMunicipality[0]?.getAttribute('href')).toContain(`municipalityId=${BUREN}`);
    expect(byMunicipality[0]?.getAttribute('href')).not.toContain(TIEL);
    const organisation = page.querySelector('[data-testid="overdue-by-organisation"] a');
    expect(organisation?.getAttribute('href')).toBe(
      `/monitoring/overdue-agreements?from=2025-02-15&to=2026-02-20&municipalityId=${TIEL}&organisationId=${BETUWE}`,
    );
  });

  it('leaves the reason without a code unlinked: no list can be asked for it', async () => {
    await open();
    const rows = Array.from(page.querySelectorAll('[data-testid="reasons"] tbody tr'));
    expect(rows.map((row) => row.querySelector('th')?.textContent?.trim())).toEqual([
      'Wachtlijst',
      'Geen reden opgegeven',
      'Huisvesting',
    ]);
    expect(rows.map((row) => row.querySelector('a') !== null)).toEqual([true, false, true]);
  });

  it('shows the signals as about today, each linked to its cases with the municipalities only', async () => {
    await open(`/monitoring?from=2025-01-01&to=2025-12-31&municipalityId=${TIEL}`);
    expect(text('[data-testid="signals"] .notice')).toContain('de gekozen periode telt hier niet mee');
    const signal = link('[data-signal="sixteen-plus-without-plan"]');
    expect(signal?.textContent?.trim()).toBe('8');
    expect(signal?.getAttribute('href')).toBe(`/monitoring/signals/sixteen-plus-without-plan?municipalityId=${TIEL}`);
  });

  it('gives a chair the figures, and links only the lists a chair may open', async () => {
    await open('/monitoring', ['actietafel-chair']);
    expect(text('[data-state="accepted"] [data-testid="state-count"]')).toBe('4');
    expect(link('[data-state="accepted"] [data-testid="state-count"]')).toBeNull();
    expect(page.querySelector('[data-testid="overdue-by-organisation"] a')).toBeNull();
    expect(link('[data-signal="stagnating"]')?.getAttribute('href')).toBe('/monitoring/signals/stagnating');
  });

  it('draws the charts from the same figures, described for screen readers', async () => {
    await open();
    type Drawn = { series: { name: string; data: unknown[]; stack?: string }[]; aria: unknown };
    // The charts start independently, so they are found by their first series, not by their order.
    const chart = (firstSeries: string) =>
      (charts.options as Drawn[]).find((option) => option.series[0]?.name === firstSeries) as Drawn;
    const series = (firstSeries: string) => chart(firstSeries).series;
    expect(charts.options).toHaveLength(4);
    expect(series('Aantal').map((s) => s.data)).toEqual([
      [5, 4, 0, 12, 1, 6, 2],
      [4, 1, 0, 0, 0, 0, 0],
    ]);
    expect(series('Ingediend').map((s) => [s.name, s.stack, s.data])).toEqual([
      ['Ingediend', 'submitted', [18, 3]],
      ['Afgesloten: Opgelost', 'closed', [5, 0]],
      ['Afgesloten: Deels opgelost', 'closed', [2, 0]],
      ['Afgesloten: Niet opgelost', 'closed', [0, 0]],
    ]);
    expect(series('Mediaan').map((s) => s.data)).toEqual([
      [2.5, 20.04, null],
      [6.25, 33.1, null],
    ]);
    expect(series('Escalaties')[0]?.data).toEqual([3, 7, 11]);
    expect(chart('Escalaties').aria).toEqual({
      enabled: true,
      label: { description: expect.stringContaining('de meest voorkomende bovenaan') },
      decal: { show: true },
    });
    const drawn = page.querySelector('[data-testid="throughput"] [role="img"]');
    expect(drawn?.getAttribute('aria-label')).toContain('opgedeeld naar uitkomst');
  });

  it('says what went wrong when the figures cannot be loaded', async () => {
    await open();
    await harness.navigateByUrl('/monitoring?from=2024-01-01&to=2024-12-31');
    dashboardRequest().flush({ title: 'Forbidden' }, { status: 403, statusText: 'Forbidden' });
    await settle();
    expect(page.querySelector('[role="alert"]')?.textContent).toContain('U hebt geen toestemming');
  });
});
