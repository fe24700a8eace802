import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { CasePage, CaseSummary } from '@sluitend/domain';
import { CaseListState } from './case-list-state';
import { translocoTesting } from '../../../../testing/transloco-testing';
import { CaseListPage } from './case-list-page';

const NOAH: CaseSummary = {
  id: 'case-1',
  access: 'full',
  firstName: 'Noah',
  lastName: 'de Jong',
  dateOfBirth: '2009-05-14',
  municipalityId: 'm-1',
  municipalityName: 'Tiel',
  status: 'open',
  casusregisseurName: 'Anne de Vries',
  updatedAt: '2026-03-01T09:00:00Z',
};

/** A case whose team the user is on, while the user's organisation has no consent. */
const CLOSED: CaseSummary = {
  id: 'case-2',
  access: 'existence-only',
  firstName: null,
  lastName: null,
  dateOfBirth: null,
  municipalityId: null,
  municipalityName: null,
  status: 'open',
  casusregisseurName: 'Linda Verhoef',
  updatedAt: '2026-03-02T09:00:00Z',
};

const pageOf = (items: CaseSummary[], total = items.length, page = 1): CasePage => ({
  items,
  total,
  page,
  pageSize: 20,
});
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('CaseListPage', () => {
  let fixture: ComponentFixture<CaseListPage>;
  let http: HttpTestingController;
  let page: HTMLElement;

  beforeEach(async () => {
    TestBed.configureTestingModule({
      imports: [CaseListPage, translocoTesting()],
      providers: [provideRouter([]), provideHttpClient(), provideHttpClientTesting()],
    });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(CaseListPage);
    page = fixture.nativeElement as HTMLElement;
    await fixture.whenStable();
    http.expectOne('/api/v1/municipalities').flush([{ id: 'm-1', name: 'Tiel' }]);
  });

  afterEach(() => http.verify());

  function expectList(query: string) {
    return http.expectOne((request) => request.url === '/api/v1/cases' && request.params.toString() === query);
  }

  async function answer(query: string, result: CasePage): Promise<void> {
    expectList(query).flush(result);
    await fixture.whenStable();
  }

  it('shows the open cases by last name in a table, with the count and a way to add one', async () => {
    await answer('status=open&sort=lastName&page=1&pageSize=20', pageOf([NOAH]));

    const row = page.querySelector('[data-testid="case-list"] tbody tr');
    expect(row?.querySelector('th a')?.textContent?.trim()).toBe('de Jong, Noah');
    expect(row?.querySelector('th a')?.getAttribute('href')).toBe('/cases/case-1');
    expect(row?.textContent).toContain('14-05-2009');
    expect(page.querySelector('[role="status"]')?.textContent).toContain('Aantal dossiers gevonden: 1');
    expect(page.querySelector('[data-testid="new-case-button"]')?.getAttribute('href')).toBe('/cases/new');
    expect(page.querySelector('th[aria-sort="ascending"]')?.textContent).toContain('Naam');
  });

  it('searches after a pause in typing, from two characters', async () => {
    await answer('status=open&sort=lastName&page=1&pageSize=20', pageOf([NOAH]));
    const search = page.querySelector<HTMLInputElement>('#case-search');
    if (!search) throw new Error('no search box');

    search.value = 'n';
    search.dispatchEvent(new Event('input'));
    await pause(350);
    http.expectNone((request) => request.url === '/api/v1/cases');

    search.value = 'no';
    search.dispatchEvent(new Event('input'));
    await pause(100);
    search.value = 'noa';
    search.dispatchEvent(new Event('input'));
    await pause(350);
    await fixture.whenStable();
    await answer('search=noa&status=open&sort=lastName&page=1&pageSize=20', pageOf([NOAH]));
  });

  it('filters by municipality and status, starting at page 1 again', async () => {
    await answer('status=open&sort=lastName&page=1&pageSize=20', pageOf([NOAH], 45));
    page.querySelector<HTMLButtonElement>('.pagination button:last-of-type')?.click();
    await fixture.whenStable();
    await answer('status=open&sort=lastName&page=2&pageSize=20', pageOf([NOAH], 45, 2));

    const status = page.querySelector<HTMLSelectElement>('#case-status');
    if (!status) throw new Error('no status filter');
    status.value = 'closed';
    status.dispatchEvent(new Event('change'));
    await fixture.whenStable();
    await answer('status=closed&sort=lastName&page=1&pageSize=20', pageOf([]));
  });

  it('sorts descending when the sorted column is chosen again', async () => {
    await answer('status=open&sort=lastName&page=1&pageSize=20', pageOf([NOAH]));
    page.querySelector<HTMLButtonElement>('th[aria-sort="ascending"] button')?.click();
    await fixture.whenStable();
    await answer('status=open&sort=-lastName&page=1&pageSize=20', pageOf([NOAH]));
    expect(page.querySelector('th[aria-sort="descending"]')?.textContent).toContain('Naam');
  });

  it('shows a case closed for lack of consent without the name, with its casusregisseur, still linking to it', async () => {
    await answer('status=open&sort=lastName&page=1&pageSize=20', pageOf([NOAH, CLOSED]));
    const row = page.querySelectorAll('[data-testid="case-list"] tbody tr')[1];
    const link = row?.querySelector<HTMLAnchorElement>('th a');
    expect(link?.textContent?.trim()).toBe('Afgeschermd dossier — toestemming nodig');
    expect(link?.getAttribute('href')).toBe('/cases/case-2');
    expect(row?.textContent).toContain('Linda Verhoef');
    expect(row?.textContent).not.toContain('null');
    expect(row?.querySelectorAll('td .muted')).toHaveLength(2);
  });

  it('offers emergency access next to a new case', async () => {
    await answer('status=open&sort=lastName&page=1&pageSize=20', pageOf([NOAH]));
    const button = page.querySelector('[data-testid="emergency-access-button"]');
    expect(button?.textContent?.trim()).toBe('Noodtoegang');
    expect(button?.getAttribute('href')).toBe('/cases/emergency-access');
  });

  it('explains an empty result', async () => {
    await answer('status=open&sort=lastName&page=1&pageSize=20', pageOf([]));
    expect(page.querySelector('.empty-state')?.textContent).toContain('U zit nog in geen enkel team');
  });
});

describe('CaseListPage after an erasure', () => {
  it('says once that the dossier was erased', async () => {
    TestBed.configureTestingModule({
      imports: [CaseListPage, translocoTesting()],
      providers: [provideRouter([]), provideHttpClient(), provideHttpClientTesting()],
    });
    const state = TestBed.inject(CaseListState);
    state.notice.set({ key: 'privacy.caseActions.erasure.done', params: { name: 'Noah de Jong' } });
    const fixture = TestBed.createComponent(CaseListPage);
    await fixture.whenStable();
    const page = fixture.nativeElement as HTMLElement;
    expect(page.querySelector('.notice--success')?.textContent).toContain('Het dossier van Noah de Jong is gewist.');
    expect(state.notice()).toBeNull();
  });
});
