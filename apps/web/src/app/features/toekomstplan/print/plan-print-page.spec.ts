import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { aCase, aPlan, aTeamMember, aVersion, provideFixedClock } from '../../../../testing/cases';
import { translocoTesting } from '../../../../testing/transloco-testing';
import { PlanPrintPage } from './plan-print-page';

describe('PlanPrintPage', () => {
  let fixture: ComponentFixture<PlanPrintPage>;
  let http: HttpTestingController;
  let page: HTMLElement;

  beforeEach(async () => {
    TestBed.configureTestingModule({
      imports: [PlanPrintPage, translocoTesting()],
      providers: [provideRouter([]), provideHttpClient(), provideHttpClientTesting(), provideFixedClock()],
    });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(PlanPrintPage);
    fixture.componentRef.setInput('id', 'case-1');
    page = fixture.nativeElement as HTMLElement;
    await fixture.whenStable();
  });

  afterEach(() => http.verify());

  async function answer(
    plan = aVersion(
      4,
      aPlan((content) => {
        content.myFuture.whatIWant = 'Op mezelf wonen';
        content.domains[0].score = 2;
        content.domains[0].carriedBy = 'network';
        content.domains[0].goals.push({
          id: 'g1',
          description: 'Een eigen kamer',
          actions: [
            {
              id: 'a1',
              description: 'Inschrijven',
              owner: { userId: 'user-2', organisationId: null },
              deadline: '2026-04-01',
              status: 'in-progress',
            },
            {
              id: 'a2',
              description: 'Bellen',
              owner: { userId: 'user-9', organisationId: null },
              deadline: null,
              status: 'open',
            },
          ],
        });
      }),
    ),
  ): Promise<void> {
    http.expectOne('/api/v1/cases/case-1').flush(aCase());
    http.expectOne('/api/v1/cases/case-1/toekomstplan').flush(plan);
    http
      .expectOne('/api/v1/cases/case-1/team-members')
      .flush([aTeamMember({ userId: 'user-2', name: 'Linda Verhoef' })]);
    await fixture.whenStable();
  }

  it('tells the plan in plain Dutch, with the same words as the PDF', async () => {
    await answer();
    const plan = page.querySelector('[data-testid="plan-print"]');
    expect(plan?.getAttribute('lang')).toBe('nl');
    expect(plan?.querySelector('h1')?.textContent).toBe('Mijn toekomstplan');
    expect(plan?.textContent).toContain('versie 4 van 4 maart 2026');
    expect(plan?.textContent).toContain('Op mezelf wonen');
    expect(plan?.textContent).toContain('Het gaat niet goed.');
    expect(plan?.textContent).toContain('Met hulp van mensen om je heen.');
    const rows = Array.from(plan?.querySelectorAll('tbody tr') ?? []).map((row) =>
      row.textContent?.replace(/\s+/g, ' ').trim(),
    );
    expect(rows).toEqual([
      'Inschrijven (Bezig) Linda Verhoef 1 april 2026',
      'Bellen (Nog niet begonnen) Iemand van het team Nog niet afgesproken',
    ]);
    expect(plan?.textContent).toContain('Nog 435 dagen tot je 18e verjaardag');
  });

  it('prints with the browser, which can also save a PDF', async () => {
    await answer();
    const print = jest.spyOn(window, 'print').mockImplementation(() => undefined);
    const button = page.querySelector<HTMLButtonElement>('[data-testid="print-button"]');
    expect(button?.textContent?.trim()).toBe('Afdrukken of opslaan als PDF');
    button?.click();
    expect(print).toHaveBeenCalled();
    expect(button?.closest('.no-print')).not.toBeNull();
  });

  it('explains when there is no plan yet', async () => {
    http.expectOne('/api/v1/cases/case-1').flush(aCase());
    http
      .expectOne('/api/v1/cases/case-1/toekomstplan')
      .flush(
        { type: 'https://sluitend.nl/problems/toekomstplan-not-started', title: 'Not Found', status: 404, detail: 'x' },
        { status: 404, statusText: 'Not Found' },
      );
    // forkJoin cancels the team request once the plan failed.
    http.match('/api/v1/cases/case-1/team-members').forEach((request) => expect(request.cancelled).toBe(true));
    await fixture.whenStable();
    expect(page.querySelector('[role="alert"]')?.textContent).toContain('Er is nog geen toekomstplan opgeslagen');
  });
});
