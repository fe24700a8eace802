import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { EscalationResponse } from '@sluitend/domain';
import { anEscalation, problem } from '../../../../../testing/escalations';
import { provideFixedClock } from '../../../../../testing/cases';
import { translocoTesting } from '../../../../../testing/transloco-testing';
import { IDEMPOTENCY_KEY } from '../../../../core/http/idempotency';
import { EscalationForm } from './escalation-form';

describe('EscalationForm', () => {
  let fixture: ComponentFixture<EscalationForm>;
  let http: HttpTestingController;
  let page: HTMLElement;
  let submitted: EscalationResponse[];
  let saved: EscalationResponse[];

  async function render(escalation: EscalationResponse | null = null): Promise<void> {
    TestBed.configureTestingModule({
      imports: [EscalationForm, translocoTesting()],
      providers: [provideRouter([]), provideHttpClient(), provideHttpClientTesting(), provideFixedClock()],
    });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(EscalationForm);
    fixture.componentRef.setInput('caseId', 'case-1');
    fixture.componentRef.setInput('escalation', escalation);
    submitted = [];
    saved = [];
    fixture.componentInstance.submitted.subscribe((escalation) => submitted.push(escalation));
    fixture.componentInstance.saved.subscribe((escalation) => saved.push(escalation));
    page = fixture.nativeElement as HTMLElement;
    document.body.appendChild(page);
    await fixture.whenStable();
  }

  afterEach(() => {
    http.verify();
    page?.remove();
  });

  function field<T extends HTMLElement>(testId: string): T {
    const element = page.querySelector<T>(`[data-testid="${testId}"]`);
    if (!element) throw new Error(`no ${testId}`);
    return element;
  }

  async function type(testId: string, value: string): Promise<void> {
    const input = field<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>(testId);
    input.value = value;
    input.dispatchEvent(new Event(input instanceof HTMLSelectElement ? 'change' : 'input'));
    await fixture.whenStable();
  }

  async function click(testId: string): Promise<void> {
    field(testId).click();
    await fixture.whenStable();
  }

  async function fillIn(): Promise<void> {
    await type('escalation-reasonCode', 'housing');
    await type('escalation-reasonText', 'Geen woonplek na uitstroom');
    await type('escalation-whatWasTried', 'Urgentieaanvraag gedaan');
    await type('escalation-question', 'Wie biedt een tijdelijke woonplek?');
    await click('escalation-urgency-urgent');
    await click('escalation-sector-gemeente');
  }

  function errorOf(id: string): string {
    return page.querySelector(`#escalation-${id}-error`)?.textContent?.trim() ?? '';
  }

  it('offers the reason codes in words, the urgencies and the sectors', async () => {
    await render();
    const options = Array.from(field<HTMLSelectElement>('escalation-reasonCode').options).map((o) => o.text.trim());
    expect(options).toContain('Geen passende zorg beschikbaar');
    expect(options).toContain('Jongere uit beeld');
    expect(page.textContent).toContain('Urgent');
    expect(page.querySelector('label[for="escalation-sector-werk-en-inkomen"]')?.textContent).toBe('Werk en inkomen');
    expect(field('submit-escalation').textContent?.trim()).toBe('Indienen');
    expect(field('save-escalation-draft').textContent?.trim()).toBe('Concept opslaan');
  });

  it('refuses to submit an incomplete request, naming every missing field, without calling the api', async () => {
    await render();
    await type('escalation-reasonText', 'Geen woonplek');
    await click('submit-escalation');
    http.expectNone('/api/v1/cases/case-1/escalations');
    expect(errorOf('reasonCode')).toBe('Dit veld is verplicht.');
    expect(errorOf('reasonText')).toBe('');
    expect(errorOf('whatWasTried')).toBe('Dit veld is verplicht.');
    expect(errorOf('question')).toBe('Dit veld is verplicht.');
    expect(errorOf('sectorsNeeded')).toBe('Kies minimaal één sector.');
    expect(document.activeElement?.id).toBe('escalation-reasonCode');
  });

  it('saves an incomplete draft', async () => {
    await render();
    await type('escalation-question', 'Wie helpt?');
    await click('save-escalation-draft');
    const request = http.expectOne({ method: 'POST', url: '/api/v1/cases/case-1/escalations' });
    expect(request.request.body).toEqual({
      request: {
        reasonCode: null,
        reasonText: '',
        whatWasTried: '',
        question: 'Wie helpt?',
        urgency: 'normal',
        sectorsNeeded: [],
      },
    });
    request.flush(anEscalation({ state: 'draft' }), { status: 201, statusText: 'Created' });
    await fixture.whenStable();
    expect(saved).toHaveLength(1);
    expect(page.textContent).toContain('Het concept is opgeslagen.');
  });

  it('creates and submits a complete request in one step', async () => {
    await render();
    await fillIn();
    await click('submit-escalation');
    const request = http.expectOne({ method: 'POST', url: '/api/v1/cases/case-1/escalations' });
    expect(request.request.body).toEqual({
      request: {
        reasonCode: 'housing',
        reasonText: 'Geen woonplek na uitstroom',
        whatWasTried: 'Urgentieaanvraag gedaan',
        question: 'Wie biedt een tijdelijke woonplek?',
        urgency: 'urgent',
        sectorsNeeded: ['gemeente'],
      },
      submit: true,
    });
    request.flush(anEscalation(), { status: 201, statusText: 'Created' });
    await fixture.whenStable();
    expect(submitted).toHaveLength(1);
  });

  it('creates and submits once: a second click waits, a retry after a lost answer sends the same key', async () => {
    await render();
    await fillIn();
    await click('submit-escalation');
    await click('submit-escalation');
    const [first, ...more] = http.match({ method: 'POST', url: '/api/v1/cases/case-1/escalations' });
    expect(more).toEqual([]);
    const key = first.request.context.get(IDEMPOTENCY_KEY);
    expect(key).toEqual(expect.any(String));
    first.error(new ProgressEvent('error'));
    await fixture.whenStable();
    await click('submit-escalation');
    const retry = http.expectOne({ method: 'POST', url: '/api/v1/cases/case-1/escalations' });
    expect(retry.request.context.get(IDEMPOTENCY_KEY)).toBe(key);
    retry.flush(anEscalation(), { status: 201, statusText: 'Created' });
    await fixture.whenStable();
    expect(submitted).toHaveLength(1);
  });

  it("puts the api's field errors beside their fields", async () => {
    await render();
    await fillIn();
    await click('submit-escalation');
    const refusal = problem('request-incomplete', 400, {
      errors: [
        { field: 'request.question', message: 'question is required' },
        { field: 'request.sectorsNeeded[0]', message: 'sectorsNeeded must hold sectors only' },
      ],
    });
    http.expectOne('/api/v1/cases/case-1/escalations').flush(refusal.body, refusal.options);
    await fixture.whenStable();
    expect(errorOf('question')).toBe('Dit veld is verplicht.');
    expect(errorOf('sectorsNeeded')).toBe('Kies minimaal één sector.');
    expect(page.querySelector('[role="alert"]')?.textContent).toContain('Controleer de gemarkeerde velden');
  });

  it('explains a missing Actietafel consent and points to the Toestemmingen tab', async () => {
    await render();
    await fillIn();
    await click('submit-escalation');
    const refusal = problem('actietafel-consent-required', 409, {
      errors: [{ field: 'consent', message: 'register consent for purpose actietafel first' }],
      allowedTransitions: ['submit'],
    });
    http.expectOne('/api/v1/cases/case-1/escalations').flush(refusal.body, refusal.options);
    await fixture.whenStable();
    const notice = field('actietafel-consent-required');
    expect(notice.textContent).toContain('Bespreken aan de Actietafel');
    expect(notice.querySelector('a')?.getAttribute('href')).toBe('/cases/case-1/consents');
    expect(submitted).toHaveLength(0);
  });

  describe('a draft', () => {
    const draft = () =>
      anEscalation({ state: 'draft', version: 4, submittedAt: null, availableTransitions: ['submit'], history: [] });

    it('saves a changed draft first and submits the saved version', async () => {
      await render(draft());
      await type('escalation-question', 'Nieuwe vraag aan de tafel');
      await click('submit-escalation');
      const put = http.expectOne({ method: 'PUT', url: '/api/v1/escalations/esc-1' });
      expect(put.request.body.version).toBe(4);
      expect(put.request.body.request.question).toBe('Nieuwe vraag aan de tafel');
      // The api answers the save with the next version, which the submit must name.
      put.flush({ ...draft(), version: 5 });
      await fixture.whenStable();
      const transition = http.expectOne({ method: 'POST', url: '/api/v1/escalations/esc-1/transitions' });
      expect(transition.request.body).toEqual({ transition: 'submit', version: 5 });
      transition.flush(anEscalation());
      await fixture.whenStable();
      expect(submitted).toHaveLength(1);
    });

    it('submits an unchanged draft directly, with its version', async () => {
      await render(draft());
      await click('submit-escalation');
      const transition = http.expectOne({ method: 'POST', url: '/api/v1/escalations/esc-1/transitions' });
      expect(transition.request.body).toEqual({ transition: 'submit', version: 4 });
      transition.flush(anEscalation());
    });

    it('offers a reload when someone else changed it meanwhile', async () => {
      await render(draft());
      await click('submit-escalation');
      const refusal = problem('escalation-changed', 409);
      http.expectOne('/api/v1/escalations/esc-1/transitions').flush(refusal.body, refusal.options);
      await fixture.whenStable();
      expect(page.textContent).toContain('Iemand anders heeft deze escalatie intussen gewijzigd');
      expect(page.querySelector('[data-testid="reload-escalation"]')).not.toBeNull();
    });

    it('offers no submit when the api does not', async () => {
      await render({ ...draft(), availableTransitions: [] });
      expect(page.querySelector('[data-testid="submit-escalation"]')).toBeNull();
    });
  });

  describe('a returned escalation', () => {
    const returned = () =>
      anEscalation({
        state: 'returned',
        version: 6,
        availableTransitions: ['resubmit'],
        history: [
          ...anEscalation().history,
          {
            transition: 'return',
            from: 'submitted',
            to: 'returned',
            by: { userId: 'user-7', name: 'Peter Coördinator' },
            at: '2026-03-02T09:00:00Z',
            why: 'Wat vindt de jongere zelf van een overbruggingsplek?',
          },
        ],
      });

    it("shows the coordinator's question and needs an answer to resubmit", async () => {
      await render(returned());
      expect(field('return-question').textContent).toContain('Wat vindt de jongere zelf');
      expect(field('submit-escalation').textContent?.trim()).toBe('Opnieuw indienen');
      await click('submit-escalation');
      http.expectNone('/api/v1/escalations/esc-1/transitions');
      expect(errorOf('answer')).toBe('Dit veld is verplicht.');

      await type('escalation-answer', 'Ze wil het graag proberen.');
      await click('submit-escalation');
      const transition = http.expectOne({ method: 'POST', url: '/api/v1/escalations/esc-1/transitions' });
      expect(transition.request.body).toEqual({
        transition: 'resubmit',
        version: 6,
        answer: 'Ze wil het graag proberen.',
      });
      transition.flush(anEscalation());
      await fixture.whenStable();
      expect(submitted).toHaveLength(1);
    });
  });
});
