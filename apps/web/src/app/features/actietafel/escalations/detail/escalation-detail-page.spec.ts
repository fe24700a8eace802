import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { EscalationResponse } from '@sluitend/domain';
import { provideFixedClock } from '../../../../../testing/cases';
import { aSessionSummary, anAgreement, anEscalation, problem } from '../../../../../testing/escalations';
import { translocoTesting } from '../../../../../testing/transloco-testing';
import { EscalationDetailPage } from './escalation-detail-page';

describe('EscalationDetailPage', () => {
  let fixture: ComponentFixture<EscalationDetailPage>;
  let http: HttpTestingController;
  let page: HTMLElement;

  async function open(escalation: EscalationResponse = anEscalation()): Promise<void> {
    TestBed.configureTestingModule({
      imports: [EscalationDetailPage, translocoTesting()],
      providers: [provideRouter([]), provideHttpClient(), provideHttpClientTesting(), provideFixedClock()],
    });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(EscalationDetailPage);
    fixture.componentRef.setInput('id', escalation.id);
    page = fixture.nativeElement as HTMLElement;
    document.body.appendChild(page);
    await fixture.whenStable();
    http.expectOne('/api/v1/escalations/esc-1').flush(escalation);
    await fixture.whenStable();
  }

  afterEach(() => {
    http.verify();
    page?.remove();
  });

  function actionLabels(): string[] {
    return Array.from(page.querySelectorAll('[data-testid="escalation-actions"] button')).map(
      (button) => button.textContent?.trim() ?? '',
    );
  }

  function element<T extends HTMLElement>(testId: string): T {
    const found = page.querySelector<T>(`[data-testid="${testId}"]`);
    if (!found) throw new Error(`no ${testId}`);
    return found;
  }

  async function click(testId: string): Promise<void> {
    element(testId).click();
    await fixture.whenStable();
  }

  async function type(testId: string, value: string): Promise<void> {
    const input = element<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>(testId);
    input.value = value;
    input.dispatchEvent(new Event(input instanceof HTMLSelectElement ? 'change' : 'input'));
    await fixture.whenStable();
  }

  it('shows the jongere, the request and how long it has waited', async () => {
    await open();
    expect(page.querySelector('h1')?.textContent?.trim()).toBe('Escalatie: Noah de Jong');
    expect(element('escalation-subject').textContent).toContain('14-05-2009');
    expect(element('escalation-subject').textContent).toContain('Tiel');
    expect(element('escalation-request').textContent).toContain('Wachtlijst');
    expect(element('escalation-request').textContent).toContain('Jeugdhulp, Gemeente');
    expect(element('waited').textContent?.trim()).toBe('Wacht 6 dagen');
  });

  it('offers exactly the actions the api allows', async () => {
    await open();
    expect(actionLabels()).toEqual(['Accepteren', 'Terugsturen', 'Afwijzen']);
  });

  it('offers nothing once the escalation is final', async () => {
    await open(anEscalation({ state: 'rejected', availableTransitions: [] }));
    expect(actionLabels()).toEqual([]);
    expect(element('escalation-actions').textContent).toContain('geen acties');
  });

  it('never offers the case team its own submit', async () => {
    await open(anEscalation({ state: 'draft', availableTransitions: ['submit'] }));
    expect(actionLabels()).toEqual([]);
  });

  it('shows the attached plan version when asked', async () => {
    await open();
    const toggle = element<HTMLButtonElement>('toggle-plan');
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    await click('toggle-plan');
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    http.expectOne('/api/v1/escalations/esc-1/plan-version').flush({
      caseId: 'case-1',
      number: 3,
      basedOn: 2,
      content: {
        myFuture: { whatIWant: 'Op mezelf wonen', whatIAmGoodAt: 'Koken', whoHelpsMe: 'Mijn tante' },
        professionalView: '',
        domains: [
          {
            domain: 'wonen',
            situation: 'Slaapt bij vrienden',
            wish: 'Eigen kamer',
            score: 2,
            carriedBy: null,
            goals: [{ id: 'g-1', description: 'Een kamer vinden', actions: [] }],
          },
        ],
        evaluationDate: null,
        transitionChecklist: [],
      },
      createdAt: '2026-03-01T09:00:00Z',
      createdBy: { userId: 'user-1', name: 'Anne de Vries' },
      lifeDomains: [{ key: 'wonen', label: 'Wonen' }],
    });
    await fixture.whenStable();
    const plan = element('plan-version');
    expect(plan.textContent).toContain('Op mezelf wonen');
    expect(plan.textContent).toContain('Wonen');
    expect(plan.textContent).toContain('Een kamer vinden');
  });

  describe('returning', () => {
    it('needs a question and sends it with the version', async () => {
      await open();
      await click('action-return');
      const dialog = element('action-dialog-return');
      expect(dialog.textContent).toContain('Escalatie terugsturen');
      await click('confirm-action');
      http.expectNone('/api/v1/escalations/esc-1/transitions');
      expect(dialog.textContent).toContain('Dit veld is verplicht.');

      await type('action-question', 'Is de jongere zelf gehoord?');
      await click('confirm-action');
      const request = http.expectOne({ method: 'POST', url: '/api/v1/escalations/esc-1/transitions' });
      expect(request.request.body).toEqual({
        transition: 'return',
        version: 2,
        question: 'Is de jongere zelf gehoord?',
      });
      request.flush(anEscalation({ state: 'returned', version: 3, availableTransitions: [] }));
      await fixture.whenStable();
      expect(page.querySelector('[data-testid="action-dialog-return"]')).toBeNull();
      expect(page.textContent).toContain('De escalatie is teruggestuurd naar het casusteam.');
      expect(actionLabels()).toEqual([]);
    });

    it('offers a reload when someone else acted first', async () => {
      await open();
      await click('action-return');
      await type('action-question', 'Vraag');
      await click('confirm-action');
      const refusal = problem('escalation-changed', 409);
      http.expectOne('/api/v1/escalations/esc-1/transitions').flush(refusal.body, refusal.options);
      await fixture.whenStable();
      expect(element('action-dialog-return').textContent).toContain('Iemand anders heeft deze escalatie');
      await click('reload-escalation');
      http.expectOne('/api/v1/escalations/esc-1').flush(anEscalation({ version: 3 }));
      await fixture.whenStable();
      expect(page.querySelector('[data-testid="action-dialog-return"]')).toBeNull();
    });

    it('names the transitions the state allows after a refusal', async () => {
      await open();
      await click('action-reject');
      await type('action-reason', 'Hoort bij het wijkteam');
      await click('confirm-action');
      const refusal = problem('transition-not-allowed', 409, { allowedTransitions: ['schedule'] });
      http.expectOne('/api/v1/escalations/esc-1/transitions').flush(refusal.body, refusal.options);
      await fixture.whenStable();
      const dialog = element('action-dialog-reject');
      expect(dialog.textContent).toContain('kan niet meer in de huidige status');
      expect(element('allowed-transitions').textContent).toContain('Agenderen');
    });
  });

  it('schedules on a planned session', async () => {
    await open(anEscalation({ state: 'accepted', availableTransitions: ['schedule'] }));
    await click('action-schedule');
    http
      .expectOne('/api/v1/actietafel-sessions?when=upcoming')
      .flush([aSessionSummary(), aSessionSummary({ id: 'ses-3', state: 'in-progress' })]);
    await fixture.whenStable();
    const options = Array.from(element<HTMLSelectElement>('action-session').options).map((option) => option.value);
    expect(options).toEqual(['', 'ses-2']);
    await type('action-session', 'ses-2');
    await click('confirm-action');
    const request = http.expectOne('/api/v1/escalations/esc-1/transitions');
    expect(request.request.body).toEqual({ transition: 'schedule', version: 2, sessionId: 'ses-2' });
    request.flush(anEscalation({ state: 'scheduled', sessionId: 'ses-2', availableTransitions: ['discuss'] }));
  });

  describe('closing', () => {
    const running = (agreements = [anAgreement({ status: 'done', doneNote: 'Gedaan' })]) =>
      anEscalation({ state: 'agreements-running', availableTransitions: ['escalate-further', 'close'], agreements });

    it('is blocked, with the reason, while agreements are open', async () => {
      await open(running([anAgreement(), anAgreement({ id: 'agr-2', status: 'done' })]));
      const close = element<HTMLButtonElement>('action-close');
      expect(close.getAttribute('aria-disabled')).toBe('true');
      expect(element('blocked-close').textContent).toContain('Nog open: 1');
      await click('action-close');
      expect(page.querySelector('[data-testid="action-dialog-close"]')).toBeNull();
    });

    it('needs an outcome and an evaluation', async () => {
      await open(running());
      await click('action-close');
      await click('confirm-action');
      http.expectNone('/api/v1/escalations/esc-1/transitions');
      await click('action-outcome-partly-resolved');
      await type('action-evaluation', 'Woonplek gevonden, zorg loopt nog.');
      await click('confirm-action');
      const request = http.expectOne('/api/v1/escalations/esc-1/transitions');
      expect(request.request.body).toEqual({
        transition: 'close',
        version: 2,
        outcome: 'partly-resolved',
        evaluation: 'Woonplek gevonden, zorg loopt nog.',
      });
      request.flush(running());
    });
  });

  it('escalates further to the next level with a reason and a deadline', async () => {
    await open(anEscalation({ state: 'agreements-running', availableTransitions: ['escalate-further', 'close'] }));
    await click('action-escalate-further');
    expect(element('next-ladder-level').textContent).toContain('Management van de betrokken organisaties');
    await type('action-reason', 'Financiering blijft geblokkeerd');
    await type('action-deadline', '2026-03-01');
    await click('confirm-action');
    http.expectNone('/api/v1/escalations/esc-1/transitions');
    expect(element('action-dialog-escalate-further').textContent).toContain('Kies vandaag of een latere datum.');
    await type('action-deadline', '2026-04-01');
    await click('confirm-action');
    const request = http.expectOne('/api/v1/escalations/esc-1/transitions');
    expect(request.request.body).toEqual({
      transition: 'escalate-further',
      version: 2,
      reason: 'Financiering blijft geblokkeerd',
      deadline: '2026-04-01',
    });
    request.flush(anEscalation({ state: 'agreements-running', ladderLevel: 'management' }));
  });
});
