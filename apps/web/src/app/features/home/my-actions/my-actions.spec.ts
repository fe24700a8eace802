import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { MyActionResponse } from '@sluitend/domain';
import { aVersion, provideFixedClock } from '../../../../testing/cases';
import { translocoTesting } from '../../../../testing/transloco-testing';
import { MyActions } from './my-actions';

function anAction(id: string, deadline: string | null, overdue: boolean, caseId = 'case-1'): MyActionResponse {
  return {
    caseId,
    caseName: caseId === 'case-1' ? 'Noah de Jong' : 'Sara Bakker',
    goalDescription: 'Een eigen kamer',
    action: {
      id,
      description: `Actie ${id}`,
      owner: { userId: 'user-1', organisationId: null },
      deadline,
      status: 'open',
    },
    overdue,
  };
}

describe('MyActions', () => {
  let fixture: ComponentFixture<MyActions>;
  let http: HttpTestingController;
  let page: HTMLElement;

  beforeEach(async () => {
    TestBed.configureTestingModule({
      imports: [MyActions, translocoTesting()],
      providers: [provideRouter([]), provideHttpClient(), provideHttpClientTesting(), provideFixedClock()],
    });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(MyActions);
    page = fixture.nativeElement as HTMLElement;
    await fixture.whenStable();
    http
      .expectOne('/api/v1/my-actions')
      .flush([
        anAction('later', '2026-04-01', false),
        anAction('late', '2026-03-01', true, 'case-2'),
        anAction('undated', null, false),
      ]);
    await fixture.whenStable();
  });

  afterEach(() => http.verify());

  const rows = () => Array.from(page.querySelectorAll('[data-testid="my-actions"] tbody tr'));

  it('lists overdue actions first and says so in words', () => {
    expect(rows().map((row) => row.querySelector('th')?.textContent)).toEqual([
      expect.stringContaining('Actie late'),
      expect.stringContaining('Actie later'),
      expect.stringContaining('Actie undated'),
    ]);
    expect(rows()[0]?.textContent).toContain('Te laat');
    expect(rows()[1]?.textContent).not.toContain('Te laat');
    expect(page.querySelector('.notice--warning')?.textContent).toContain('Acties te laat: 1');
  });

  it('links each action to the plan of its case', () => {
    expect(rows()[0]?.querySelector('a')?.getAttribute('href')).toBe('/cases/case-2/toekomstplan');
    expect(rows()[0]?.querySelector('a')?.textContent?.trim()).toBe('Sara Bakker');
  });

  it('changes the status with a labelled select, and an overdue action that is done is no longer late', async () => {
    const select = rows()[0]?.querySelector('select');
    if (!select) throw new Error('no select');
    expect(page.querySelector(`label[for="${select.id}"]`)?.textContent).toContain('Status van Actie late');

    select.value = 'done';
    select.dispatchEvent(new Event('change'));
    const request = http.expectOne({ method: 'PATCH', url: '/api/v1/cases/case-2/toekomstplan/actions/late' });
    expect(request.request.body).toEqual({ status: 'done' });
    request.flush(aVersion(4));
    await fixture.whenStable();

    expect(page.querySelector('.notice--success')?.textContent).toContain('De actie Actie late is klaar.');
    expect(page.textContent).not.toContain('Te laat');
  });

  it('puts the select back when the change is refused', async () => {
    const select = rows()[1]?.querySelector('select');
    if (!select) throw new Error('no select');
    select.value = 'stuck';
    select.dispatchEvent(new Event('change'));
    http
      .expectOne('/api/v1/cases/case-1/toekomstplan/actions/later')
      .flush(
        { type: 'https://sluitend.nl/problems/action-owner-only', title: 'Forbidden', status: 403, detail: 'x' },
        { status: 403, statusText: 'Forbidden' },
      );
    await fixture.whenStable();
    expect(select.value).toBe('open');
    expect(page.querySelector('[role="alert"]')?.textContent).toContain('Alleen de eigenaar van de actie');
  });
});
