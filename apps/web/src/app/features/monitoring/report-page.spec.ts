import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, TestRequest, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { MonitoringReportResponse } from '@sluitend/domain';
import { provideFixedClock } from '../../../testing/cases';
import { TIEL, aReport } from '../../../testing/monitoring';
import { translocoTesting } from '../../../testing/transloco-testing';
import { ReportPage } from './report-page';

describe('ReportPage', () => {
  let http: HttpTestingController;
  let harness: RouterTestingHarness;
  let page: HTMLElement;

  function reportRequest(): TestRequest {
    return http.expectOne((request) => request.url === '/api/v1/monitoring/report');
  }

  async function open(url: string, report: MonitoringReportResponse = aReport()): Promise<string> {
    TestBed.configureTestingModule({
      imports: [translocoTesting()],
      providers: [
        provideRouter([{ path: 'monitoring/report', component: ReportPage }]),
        provideHttpClient(),
        provideHttpClientTesting(),
        provideFixedClock(),
      ],
    });
    http = TestBed.inject(HttpTestingController);
    harness = await RouterTestingHarness.create();
    await harness.navigateByUrl(url);
    page = harness.routeNativeElement as HTMLElement;
    http.expectOne('/api/v1/municipalities').flush([{ id: TIEL, name: 'Tiel' }]);
    const request = reportRequest();
    const params = request.request.params.toString();
    request.flush(report);
    await harness.fixture.whenStable();
    return params;
  }

  afterEach(() => http.verify());

  const text = (selector: string) => page.querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim();
  const url = `/monitoring/report?from=2025-01-01&to=2025-12-31&municipalityId=${TIEL}`;

  it('asks for the report of the filter in the address bar and states its period, municipalities and making', async () => {
    expect(await open(url)).toBe(`from=2025-01-01&to=2025-12-31&municipalityId=${TIEL}`);
    expect(text('h1')).toBe('Monitoring sluitende aanpak — Regio Rivierenland');
    const header = text('[data-testid="report-header"]');
    expect(header).toContain('01-01-2025 – 31-12-2025');
    expect(header).toContain('Tiel');
    expect(header).toContain('05-03-2026 10:15');
  });

  it('names the whole region when no municipality was chosen', async () => {
    await open(
      '/monitoring/report?from=2025-01-01&to=2025-12-31',
      aReport({ filter: { from: '2025-01-01', to: '2025-12-31', municipalityIds: [], municipalityNames: [] } }),
    );
    expect(text('[data-testid="report-municipalities"]')).toBe('Alle gemeenten van de regio');
  });

  it('shows suppressed counts as <5, explains why, and shows zeros as they are', async () => {
    await open(url);
    const submitted = page.querySelectorAll('[data-testid="report-states"] [data-state="submitted"] td');
    expect(Array.from(submitted).map((cell) => cell.textContent?.trim())).toEqual(['12', '<5']);
    expect(submitted[1]?.querySelector('[data-testid="suppressed"]')?.getAttribute('title')).toBe(
      'minder dan 5, niet getoond',
    );
    const month = page.querySelectorAll('[data-testid="report-throughput"] [data-month="2025-01"] td');
    expect(Array.from(month).map((cell) => cell.textContent?.trim())).toEqual(['7', '<5', '<5', '0', '0']);
    expect(text('[data-testid="report-signals"] [data-signal="turning-eighteen-open-checklist"] td')).toBe('<5');
    expect(text('[data-testid="report-signals"] [data-signal="stagnating"] td')).toBe('0');
    expect(text('[data-testid="suppression-note"]')).toContain(
      "Aantallen van 1 tot 5 staan in deze rapportage als '<5'",
    );
  });

  it('shows lead times in days with one decimal and a dash where suppressed', async () => {
    await open(url);
    const cells = (stage: string) =>
      Array.from(page.querySelectorAll(`[data-testid="report-lead-times"] [data-stage="${stage}"] td`)).map((cell) =>
        cell.textContent?.trim(),
      );
    expect(cells('submission-to-triage')).toEqual(['12', '3,3 dagen', '8,0 dagen']);
    expect(cells('submission-to-close')).toEqual(['<5', '–', '–']);
  });

  it('offers the Excel and CSV files of the same filter as plain downloads, and printing', async () => {
    await open(url);
    const xlsx = page.querySelector<HTMLAnchorElement>('[data-testid="download-xlsx"]');
    expect(xlsx?.textContent?.trim()).toBe('Download Excel (.xlsx)');
    expect(xlsx?.getAttribute('href')).toBe(
      `/api/v1/monitoring/report/xlsx?from=2025-01-01&to=2025-12-31&municipalityId=${TIEL}`,
    );
    expect(xlsx?.hasAttribute('download')).toBe(true);
    const csv = page.querySelector<HTMLAnchorElement>('[data-testid="download-csv"]');
    expect(csv?.getAttribute('href')).toBe(
      `/api/v1/monitoring/report/csv?from=2025-01-01&to=2025-12-31&municipalityId=${TIEL}`,
    );
    expect(csv?.hasAttribute('download')).toBe(true);
    const print = jest.spyOn(window, 'print').mockImplementation(() => undefined);
    page.querySelector<HTMLButtonElement>('[data-testid="print-report"]')?.click();
    expect(print).toHaveBeenCalledTimes(1);
  });

  it('keeps the filter and the buttons off paper', async () => {
    await open(url);
    expect(page.querySelector('[data-testid="report-actions"]')?.classList).toContain('no-print');
    expect(page.querySelector('[data-testid="monitoring-filter"]')?.classList).toContain('no-print');
  });
});
