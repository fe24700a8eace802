import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, TestRequest, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { EscalationSummary } from '@sluitend/domain';
import { provideFixedClock } from '../../../../../testing/cases';
import { anAgreementListItem, anEscalationSummary } from '../../../../../testing/escalations';
import { translocoTesting } from '../../../../../testing/transloco-testing';
import { EscalationQueuePage } from './escalation-queue-page';

describe('EscalationQueuePage', () => {
  let http: HttpTestingController;
  let harness: RouterTestingHarness;
  let page: HTMLElement;

  function listRequest(): TestRequest {
    return http.expectOne((request) => request.url === '/api/v1/escalations');
  }

  /** Opens the page and answers its calls; returns the query the list was asked with. */
  async function open(url = '/escalations', items: EscalationSummary[] = []): Promise<string> {
    TestBed.configureTestingModule({
      imports: [translocoTesting()],
      providers: [
        provideRouter([{ path: 'escalations', component: EscalationQueuePage }]),
        provideHttpClient(),
        provideHttpClientTesting(),
        provideFixedClock(),
      ],
    });
    http = TestBed.inject(HttpTestingController);
    harness = await RouterTestingHarness.create();
    await harness.navigateByUrl(url);
    page = harness.routeNativeElement as HTMLElement;
    http.expectOne('/api/v1/municipalities').flush([
      { id: 'm-2', name: 'Utrecht' },
      { id: 'm-1', name: 'Tiel' },
    ]);
    http
      .expectOne('/api/v1/agreements?status=open&overdue=true')
      .flush([anAgreementListItem({ overdue: true, deadline: '2026-03-02' })]);
    const request = listRequest();
    const params = request.request.params.toString();
    request.flush({ items, total: items.length, page: 1, pageSize: 20 });
    await harness.fixture.whenStable();
    return params;
  }

  afterEach(() => http.verify());

  function rows(): HTMLElement[] {
    return Array.from(page.querySelectorAll<HTMLElement>('[data-testid="triage-row"]'));
  }

  it('asks for the submitted escalations in triage order and shows them as given, with the waiting time', async () => {
    const first = await open('/escalations', [
      anEscalationSummary({ id: 'esc-a', urgency: 'urgent', stateSince: '2026-03-04T10:00:00Z' }),
      anEscalationSummary({
        id: 'esc-b',
        subject: { firstName: 'Sara', lastName: 'Bakker', dateOfBirth: '2008-01-01', municipalityName: 'Utrecht' },
        stateSince: '2026-02-27T08:00:00Z',
      }),
      anEscalationSummary({ id: 'esc-c', stateSince: '2026-03-05T08:00:00Z' }),
    ]);
    expect(first).toBe('state=submitted&sort=triage&page=1&pageSize=20');
    expect(rows().map((row) => row.getAttribute('data-escalation-id'))).toEqual(['esc-a', 'esc-b', 'esc-c']);
    const waited = rows().map((row) => row.querySelector('[data-testid="triage-waited"]')?.textContent?.trim());
    expect(waited).toEqual(['Wacht 1 dag', 'Wacht 6 dagen', 'Vandaag ingediend']);
    expect(rows()[0]?.textContent).toContain('Urgent');
    expect(rows()[1]?.textContent).toContain('Sara Bakker');
    expect(rows()[1]?.querySelector('a')?.getAttribute('href')).toBe('/escalations/esc-b');
  });

  it('filters by state, urgency and municipality through the address bar', async () => {
    await open();
    const state = page.querySelector<HTMLSelectElement>('[data-testid="queue-state"]');
    expect(Array.from(state?.options ?? []).map((option) => option.text.trim())).toEqual([
      'Te beoordelen',
      'Geaccepteerd',
      'Geagendeerd',
      'Afspraken lopen',
      'Teruggestuurd',
      'Afgewezen',
      'Afgesloten',
      'Alle statussen',
    ]);
    if (state) {
      state.value = 'closed';
      state.dispatchEvent(new Event('change'));
    }
    await harness.fixture.whenStable();
    let request = listRequest();
    expect(request.request.params.toString()).toBe('state=closed&sort=-submittedAt&page=1&pageSize=20');
    request.flush({ items: [], total: 0, page: 1, pageSize: 20 });
    await harness.fixture.whenStable();
    expect(TestBed.inject(Router).url).toBe('/escalations?state=closed');
    expect(page.textContent).toContain('Er zijn geen escalaties met deze status');

    const municipality = page.querySelector<HTMLSelectElement>('[data-testid="queue-municipality"]');
    expect(Array.from(municipality?.options ?? []).map((option) => option.text.trim())).toEqual([
      'Alle gemeenten',
      'Tiel',
      'Utrecht',
    ]);
    const urgency = page.querySelector<HTMLSelectElement>('[data-testid="queue-urgency"]');
    if (urgency) {
      urgency.value = 'urgent';
      urgency.dispatchEvent(new Event('change'));
    }
    await harness.fixture.whenStable();
    request = listRequest();
    expect(request.request.params.toString()).toBe('state=closed&urgency=urgent&sort=-submittedAt&page=1&pageSize=20');
    request.flush({ items: [], total: 0, page: 1, pageSize: 20 });
  });

  it('starts from the filters in the address bar', async () => {
    const first = await open('/escalations?state=agreements-running&municipalityId=m-1');
    expect(first).toBe('state=agreements-running&municipalityId=m-1&sort=triage&page=1&pageSize=20');
    expect(page.querySelector<HTMLSelectElement>('[data-testid="queue-state"]')?.value).toBe('agreements-running');
  });

  it('asks for exactly the escalations behind a dashboard figure and says which filters narrowed the list', async () => {
    const first = await open(
      '/escalations?state=all&submittedFrom=2025-01-01&submittedTo=2025-12-31&sector=onderwijs&reasonCode=housing' +
        '&municipalityId=m-1&municipalityId=m-2',
    );
    expect(first).toBe(
      'reasonCode=housing&municipalityId=m-1&municipalityId=m-2&submittedFrom=2025-01-01&submittedTo=2025-12-31' +
        '&sector=onderwijs&sort=-submittedAt&page=1&pageSize=20',
    );
    expect(page.querySelector<HTMLSelectElement>('[data-testid="queue-state"]')?.value).toBe('all');
    const filters = Array.from(page.querySelectorAll('[data-testid="queue-drill-down-filter"]')).map((item) =>
      item.textContent?.trim(),
    );
    expect(filters).toEqual([
      'Ingediend van 01-01-2025 t/m 31-12-2025',
      'Sector nodig: Onderwijs',
      'Reden: Huisvesting',
      'Gemeenten: Tiel, Utrecht',
    ]);
  });

  it('passes the closing period, outcome and norm of a figure on to the api', async () => {
    const first = await open(
      '/escalations?state=submitted&pastNorm=triage-waiting&closedFrom=2025-02-01&closedTo=2025-02-28&outcome=resolved',
    );
    expect(first).toBe(
      'state=submitted&closedFrom=2025-02-01&closedTo=2025-02-28&outcome=resolved&pastNorm=triage-waiting' +
        '&sort=triage&page=1&pageSize=20',
    );
    expect(page.textContent).toContain('Langer dan 5 werkdagen niet beoordeeld');
  });

  it('keeps the dashboard filters when the state changes, and drops them all on request', async () => {
    await open('/escalations?state=all&sector=jeugdhulp&municipalityId=m-1&municipalityId=m-2');
    const state = page.querySelector<HTMLSelectElement>('[data-testid="queue-state"]');
    if (state) {
      state.value = 'closed';
      state.dispatchEvent(new Event('change'));
    }
    await harness.fixture.whenStable();
    let request = listRequest();
    expect(request.request.params.toString()).toBe(
      'state=closed&municipalityId=m-1&municipalityId=m-2&sector=jeugdhulp&sort=-submittedAt&page=1&pageSize=20',
    );
    request.flush({ items: [], total: 0, page: 1, pageSize: 20 });
    await harness.fixture.whenStable();
    page.querySelector<HTMLButtonElement>('[data-testid="queue-drill-down"] button')?.click();
    await harness.fixture.whenStable();
    request = listRequest();
    expect(request.request.params.toString()).toBe(
      'state=closed&municipalityId=m-1&sort=-submittedAt&page=1&pageSize=20',
    );
    request.flush({ items: [], total: 0, page: 1, pageSize: 20 });
    await harness.fixture.whenStable();
    expect(TestBed.inject(Router).url).toBe('/escalations?state=closed&municipalityId=m-1');
    expect(page.querySelector('[data-testid="queue-drill-down"]')).toBeNull();
  });

  it('lists the overdue agreements with owner, jongere and how late', async () => {
    await open();
    const row = page.querySelector('[data-testid="overdue-agreement-row"]');
    expect(row?.textContent).toContain('Overbruggingsplek regelen');
    expect(row?.textContent).toContain('Noah de Jong');
    expect(row?.textContent).toContain('Linda Verhoef');
    expect(row?.textContent).toContain('3 dagen te laat');
  });
});
