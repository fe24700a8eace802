import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { Type } from '@angular/core';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { CaseAccessResponse } from '@sluitend/domain';
import { aMemberAccess, anAccess, anEmergencyAccess } from '../../../../../testing/case-access';
import { aCase, provideFixedClock } from '../../../../../testing/cases';
import { anAgreement, anEscalation, anEscalationSummary } from '../../../../../testing/escalations';
import { translocoTesting } from '../../../../../testing/transloco-testing';
import { signIn } from '../../../../../testing/users';
import { CaseContext } from '../case-context';
import { CaseEscalationDetail } from './case-escalation-detail';
import { CaseEscalationsTab } from './case-escalations-tab';

describe('the Actietafel tab of a case', () => {
  let http: HttpTestingController;

  async function render<T>(component: Type<T>, access: CaseAccessResponse = anAccess()): Promise<ComponentFixture<T>> {
    TestBed.configureTestingModule({
      imports: [component, translocoTesting()],
      providers: [provideRouter([]), provideHttpClient(), provideHttpClientTesting(), provideFixedClock(), CaseContext],
    });
    http = TestBed.inject(HttpTestingController);
    signIn(['professional']);
    const context = TestBed.inject(CaseContext);
    context.setAccess(access);
    context.set(aCase());
    return TestBed.createComponent(component);
  }

  afterEach(() => http.verify());

  describe('the list', () => {
    it('shows each escalation with its state in words, urgency and submission date', async () => {
      const fixture = await render(CaseEscalationsTab);
      await fixture.whenStable();
      http
        .expectOne('/api/v1/cases/case-1/escalations')
        .flush([
          anEscalationSummary({ id: 'esc-1', state: 'returned', urgency: 'urgent' }),
          anEscalationSummary({ id: 'esc-2', state: 'draft', submittedAt: null, createdAt: '2026-03-04T10:00:00Z' }),
          anEscalationSummary({ id: 'esc-3', state: 'agreements-running', openAgreements: 2, overdueAgreements: 1 }),
        ]);
      http
        .expectOne('/api/v1/cases/case-1/agreements')
        .flush([
          anAgreement({ id: 'agr-2', status: 'done', doneNote: 'Gebeld' }),
          anAgreement({ id: 'agr-1', overdue: true, deadline: '2026-03-01' }),
        ]);
      await fixture.whenStable();
      const page = fixture.nativeElement as HTMLElement;
      const rows = Array.from(page.querySelectorAll('[data-testid="case-escalation-row"]'));
      expect(rows).toHaveLength(3);
      // The draft is newest.
      expect(rows[0]?.textContent).toContain('Concept');
      expect(rows[0]?.textContent).toContain('Nog niet ingediend');
      expect(page.textContent).toContain('Teruggestuurd');
      expect(page.textContent).toContain('Urgent');
      expect(page.textContent).toContain('27-02-2026');
      expect(page.textContent).toContain('Afspraken lopen');
      expect(page.textContent).toContain('Over de deadline: 1');
      expect(page.querySelector('[data-testid="new-escalation"]')?.textContent?.trim()).toBe(
        'Escaleren naar de Actietafel',
      );
      const agreements = page.querySelectorAll('[data-testid="case-agreements"] [data-testid="agreement-row"]');
      expect(agreements).toHaveLength(2);
      expect(agreements[0]?.textContent).toContain('Over de deadline');
      expect(agreements[1]?.textContent).toContain('Afgerond');
    });

    it('offers no new escalation to who may not change the case', async () => {
      const fixture = await render(CaseEscalationsTab, anEmergencyAccess());
      await fixture.whenStable();
      http.expectOne('/api/v1/cases/case-1/escalations').flush([]);
      http.expectOne('/api/v1/cases/case-1/agreements').flush([]);
      await fixture.whenStable();
      const page = fixture.nativeElement as HTMLElement;
      expect(page.querySelector('[data-testid="new-escalation"]')).toBeNull();
      expect(page.textContent).toContain('Nog geen escalaties');
    });
  });

  describe('one escalation', () => {
    async function open(escalation = anEscalation(), access: CaseAccessResponse = anAccess()) {
      const fixture = await render(CaseEscalationDetail, access);
      fixture.componentRef.setInput('escalationId', escalation.id);
      await fixture.whenStable();
      http.expectOne('/api/v1/escalations/esc-1').flush(escalation);
      await fixture.whenStable();
      return fixture.nativeElement as HTMLElement;
    }

    it('shows the request, the history with who and why, decisions with doorzettingsmacht and agreements', async () => {
      const page = await open(
        anEscalation({
          state: 'agreements-running',
          availableTransitions: [],
          decisions: [
            {
              id: 'd-1',
              escalationId: 'esc-1',
              agendaItemId: 'item-1',
              text: 'Jeugdhulp Rivierenland biedt per direct een plek.',
              doorzettingsmacht: true,
              justification: 'Veiligheid van de jongere gaat voor het financieringsgeschil.',
              createdAt: '2026-03-02T15:00:00Z',
            },
          ],
          agreements: [
            anAgreement({ overdue: true, deadline: '2026-03-04' }),
            anAgreement({ id: 'agr-2', status: 'done', doneNote: 'Geregeld' }),
          ],
        }),
      );
      expect(page.querySelector('[data-testid="escalation-request-question"]')?.textContent).toContain(
        'overbruggingsplek',
      );
      expect(page.querySelector('[data-testid="escalation-history"]')?.textContent).toContain('Anne de Vries');
      expect(page.querySelector('[data-testid="doorzettingsmacht"]')?.textContent?.trim()).toBe('Doorzettingsmacht');
      expect(page.textContent).toContain('Veiligheid van de jongere');
      const rows = page.querySelectorAll('[data-testid="agreement-row"]');
      expect(rows).toHaveLength(2);
      expect(rows[0]?.textContent).toContain('Linda Verhoef');
      expect(rows[0]?.textContent).toContain('Jeugdhulp Rivierenland');
      expect(rows[0]?.querySelector('[data-testid="agreement-overdue"]')?.textContent?.trim()).toBe('Over de deadline');
      expect(rows[1]?.textContent).toContain('Afgerond');
      expect(page.querySelector('[data-testid="edit-escalation"]')).toBeNull();
    });

    it('lets the team answer a returned escalation, showing the question', async () => {
      const page = await open(
        anEscalation({
          state: 'returned',
          availableTransitions: ['resubmit'],
          history: [
            {
              transition: 'return',
              from: 'submitted',
              to: 'returned',
              by: { userId: 'user-7', name: 'Peter Coördinator' },
              at: '2026-03-02T09:00:00Z',
              why: 'Is de jongere zelf gehoord?',
            },
          ],
        }),
      );
      expect(page.querySelector('[data-testid="return-question"]')?.textContent).toContain(
        'Is de jongere zelf gehoord?',
      );
      const edit = page.querySelector<HTMLButtonElement>('[data-testid="edit-escalation"]');
      expect(edit?.textContent?.trim()).toBe('Vraag beantwoorden');
      expect(page.querySelector('[data-testid="delete-escalation"]')).toBeNull();
    });

    it('offers editing and deleting a draft only to who may change the case', async () => {
      const draft = anEscalation({ state: 'draft', availableTransitions: ['submit'], submittedAt: null });
      let page = await open(draft);
      expect(page.querySelector('[data-testid="edit-escalation"]')?.textContent?.trim()).toBe('Concept bewerken');
      expect(page.querySelector('[data-testid="delete-escalation"]')).not.toBeNull();

      TestBed.resetTestingModule();
      page = await open(draft, aMemberAccess({ canChange: false }));
      expect(page.querySelector('[data-testid="edit-escalation"]')).toBeNull();
      expect(page.querySelector('[data-testid="delete-escalation"]')).toBeNull();
    });
  });
});
