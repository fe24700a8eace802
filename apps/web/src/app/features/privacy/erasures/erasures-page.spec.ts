import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { ErasureRecordResponse } from '@sluitend/domain';
import { translocoTesting } from '../../../../testing/transloco-testing';
import { ErasuresPage } from './erasures-page';

const ON_REQUEST: ErasureRecordResponse = {
  id: 'er-2',
  caseId: 'case-9',
  reason: 'Verzoek van de jongere, geen wettelijke grondslag meer',
  kind: 'request',
  erasedBy: { userId: 'user-1', name: 'Anne de Vries' },
  erasedAt: '2026-03-04T15:30:00Z',
};
const BY_RETENTION: ErasureRecordResponse = {
  id: 'er-1',
  caseId: 'case-3',
  reason: 'Bewaartermijn van 20 jaar verlopen',
  kind: 'retention',
  erasedBy: null,
  erasedAt: '2026-01-02T02:00:00Z',
};

describe('ErasuresPage', () => {
  let fixture: ComponentFixture<ErasuresPage>;
  let http: HttpTestingController;
  let page: HTMLElement;

  beforeEach(async () => {
    TestBed.configureTestingModule({
      imports: [ErasuresPage, translocoTesting()],
      providers: [provideHttpClient(), provideHttpClientTesting()],
    });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(ErasuresPage);
    page = fixture.nativeElement as HTMLElement;
    document.body.appendChild(page);
    await fixture.whenStable();
  });

  afterEach(() => {
    http.verify();
    page.remove();
  });

  async function answer(body: unknown, init?: { status: number; statusText: string }): Promise<void> {
    http.expectOne({ method: 'GET', url: '/api/v1/erasure-records' }).flush(body, init);
    await fixture.whenStable();
  }

  it('puts focus on the page heading and says it is loading', () => {
    expect(document.activeElement).toBe(page.querySelector('h1'));
    expect(page.querySelector('[role="status"]')?.textContent).toContain('Bezig met laden');
    http.expectOne('/api/v1/erasure-records').flush([]);
  });

  it('lists each erased case with its kind, reason, who and when, in the order of the API', async () => {
    await answer([ON_REQUEST, BY_RETENTION]);
    const rows = Array.from(page.querySelectorAll('tbody tr')).map((row) =>
      Array.from(row.children).map((cell) => cell.textContent?.trim()),
    );
    expect(rows).toEqual([
      ['case-9', 'Op verzoek (AVG art. 17)', ON_REQUEST.reason, 'Anne de Vries', '04-03-2026 16:30'],
      ['case-3', 'Bewaartermijn verlopen', BY_RETENTION.reason, 'Systeem', '02-01-2026 03:00'],
    ]);
    expect(page.querySelector('caption')?.textContent?.trim()).toBe('Gewiste dossiers, nieuwste eerst');
    expect(page.querySelector('tbody th')?.getAttribute('scope')).toBe('row');
  });

  it('says so when nothing has been erased yet', async () => {
    await answer([]);
    expect(page.querySelector('.empty-state')?.textContent).toContain('Nog geen gewiste dossiers');
    expect(page.querySelector('table')).toBeNull();
  });

  it('explains a failed load in Dutch', async () => {
    await answer(
      { type: 'https://sluitend.nl/problems/forbidden', title: 'Forbidden', status: 403 },
      { status: 403, statusText: 'Forbidden' },
    );
    expect(page.querySelector('[role="alert"]')?.textContent).toContain('U hebt geen toestemming');
  });
});
