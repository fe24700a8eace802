import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { ToekomstplanVersionSummary, comparePlans } from '@sluitend/domain';
import { aCase, aPlan, aTeamMember } from '../../../../testing/cases';
import { translocoTesting } from '../../../../testing/transloco-testing';
import { CaseContext } from '../../cases/case/case-context';
import { PlanVersionsPage } from './plan-versions-page';

const summary = (number: number): ToekomstplanVersionSummary => ({
  number,
  basedOn: number - 1 || null,
  createdAt: '2026-03-0' + number + 'T10:00:00Z',
  createdBy: { userId: 'user-2', name: 'Linda Verhoef' },
  reason: number === 2 ? 'action-status' : 'save',
});

describe('PlanVersionsPage', () => {
  let fixture: ComponentFixture<PlanVersionsPage>;
  let http: HttpTestingController;
  let page: HTMLElement;

  beforeEach(async () => {
    TestBed.configureTestingModule({
      imports: [PlanVersionsPage, translocoTesting()],
      providers: [provideRouter([]), provideHttpClient(), provideHttpClientTesting(), CaseContext],
    });
    http = TestBed.inject(HttpTestingController);
    TestBed.inject(CaseContext).set(aCase());
    TestBed.inject(CaseContext).setTeam([aTeamMember()]);
    fixture = TestBed.createComponent(PlanVersionsPage);
    page = fixture.nativeElement as HTMLElement;
    await fixture.whenStable();
    http.expectOne('/api/v1/cases/case-1/toekomstplan/versions').flush([summary(3), summary(2), summary(1)]);
    http.expectOne('/api/v1/cases/case-1/toekomstplan/score-history').flush([
      {
        domain: 'wonen',
        points: [1, 2, 3].map((version) => ({ version, createdAt: '2026-03-01T10:00:00Z', score: version + 1 })),
      },
    ]);
    await fixture.whenStable();
  });

  afterEach(() => http.verify());

  it('lists every version, newest first, with who saved it and why', () => {
    const rows = Array.from(page.querySelectorAll('[data-testid="version-list"] tbody tr'));
    expect(rows.map((row) => row.querySelector('th')?.textContent?.trim())).toEqual([
      'Versie 3',
      'Versie 2',
      'Versie 1',
    ]);
    expect(rows[1]?.textContent).toContain('Status van een actie gewijzigd');
  });

  it('compares the two chosen versions side by side, older first', async () => {
    const from = page.querySelector<HTMLSelectElement>('#compare-from');
    const to = page.querySelector<HTMLSelectElement>('#compare-to');
    expect(from?.selectedOptions[0]?.textContent?.trim()).toBe('Versie 2');
    expect(to?.selectedOptions[0]?.textContent?.trim()).toBe('Versie 3');
    if (!from) throw new Error('no select');
    from.selectedIndex = 0;
    from.dispatchEvent(new Event('change'));
    if (to) to.selectedIndex = 2;
    to?.dispatchEvent(new Event('change'));
    page.querySelector<HTMLButtonElement>('form button[type="submit"]')?.click();

    const request = http.expectOne((r) => r.url === '/api/v1/cases/case-1/toekomstplan/comparison');
    expect(request.request.params.toString()).toBe('from=1&to=3');
    const older = aPlan();
    const newer = aPlan((content) => (content.domains[0].situation = 'Woont bij oom'));
    request.flush(comparePlans({ number: 1, content: older }, { number: 3, content: newer }));
    await fixture.whenStable();

    const table = page.querySelector('.comparison table');
    expect(Array.from(table?.querySelectorAll('thead th') ?? []).map((cell) => cell.textContent?.trim())).toEqual([
      'Onderdeel',
      'Versie 1',
      'Versie 3',
      'Wat is er veranderd?',
    ]);
    expect(table?.querySelector('tbody tr')?.textContent).toContain('Woont bij oom');
    expect(table?.querySelector('tbody tr')?.textContent).toContain('Gewijzigd');
  });

  it('draws a progress chart per life domain', () => {
    expect(page.querySelector('figure figcaption')?.textContent).toContain('Wonen');
    expect(page.querySelectorAll('circle')).toHaveLength(3);
  });
});
