import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { CaseAccessResponse, SaveToekomstplanRequest, ToekomstplanContent } from '@sluitend/domain';
import { anAccess, anEmergencyAccess } from '../../../../testing/case-access';
import { aCase, aPlan, aTeamMember, aVersion, provideFixedClock } from '../../../../testing/cases';
import { translocoTesting } from '../../../../testing/transloco-testing';
import { CaseContext } from '../../cases/case/case-context';
import { PlanEditorPage } from './plan-editor-page';

const PLAN_URL = '/api/v1/cases/case-1/toekomstplan';
const NOT_STARTED = {
  type: 'https://sluitend.nl/problems/toekomstplan-not-started',
  title: 'Not Found',
  status: 404,
  detail: 'Case case-1 has no toekomstplan yet.',
};

describe('PlanEditorPage', () => {
  let fixture: ComponentFixture<PlanEditorPage>;
  let http: HttpTestingController;
  let page: HTMLElement;

  let context: CaseContext;

  async function render(dossier = aCase(), access: CaseAccessResponse = anAccess()): Promise<void> {
    TestBed.configureTestingModule({
      imports: [PlanEditorPage, translocoTesting()],
      providers: [provideRouter([]), provideHttpClient(), provideHttpClientTesting(), provideFixedClock(), CaseContext],
    });
    http = TestBed.inject(HttpTestingController);
    context = TestBed.inject(CaseContext);
    context.setAccess(access);
    context.set(dossier);
    context.setTeam([
      aTeamMember(),
      aTeamMember({ id: 'tm-2', userId: 'user-2', name: 'Linda Verhoef', part: 'jeugdhulp', isCasusregisseur: false }),
    ]);
    fixture = TestBed.createComponent(PlanEditorPage);
    page = fixture.nativeElement as HTMLElement;
    await fixture.whenStable();
  }

  async function stable(): Promise<void> {
    await fixture.whenStable();
  }

  async function type(selector: string, value: string): Promise<void> {
    const input = page.querySelector<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>(selector);
    if (!input) throw new Error(`no ${selector}`);
    input.value = value;
    input.dispatchEvent(new Event(input instanceof HTMLSelectElement ? 'change' : 'input'));
    await stable();
  }

  async function click(selector: string): Promise<void> {
    const button = page.querySelector<HTMLButtonElement>(selector);
    if (!button) throw new Error(`no ${selector}`);
    // A real click focuses the button too; the dialog returns focus there.
    button.focus();
    button.click();
    await stable();
  }

  function buttonByText(text: string): HTMLButtonElement {
    const button = Array.from(page.querySelectorAll<HTMLButtonElement>('button')).find((candidate) =>
      candidate.textContent?.includes(text),
    );
    if (!button) throw new Error(`no button "${text}"`);
    return button;
  }

  function buttonTexts(): string[] {
    return Array.from(page.querySelectorAll('button')).map((button) => button.textContent?.trim() ?? '');
  }

  function savedBody(): SaveToekomstplanRequest {
    const request = http.expectOne({ method: 'PUT', url: PLAN_URL });
    return request.request.body as SaveToekomstplanRequest;
  }

  afterEach(() => http.verify());

  describe('a plan not started yet', () => {
    beforeEach(async () => {
      await render();
      http.expectOne(PLAN_URL).flush(NOT_STARTED, { status: 404, statusText: 'Not Found' });
      await stable();
    });

    it("puts the jongere's own words beside the professionals' view, and every life domain in order", () => {
      expect(page.querySelector('[data-testid="plan-editor"]')).not.toBeNull();
      expect(page.querySelector('#my-future-title')?.textContent).toContain('Mijn toekomst');
      expect(page.querySelector('.own-words-label')?.textContent).toContain('eigen woorden van de jongere');
      expect(page.querySelector('label[for="my-future-whatIWant"]')?.textContent).toContain('Wat ik wil');
      expect(page.querySelector('label[for="professional-view"]')).not.toBeNull();
      const domains = Array.from(page.querySelectorAll('.plan-domain h3')).map((heading) =>
        heading.textContent?.trim(),
      );
      expect(domains[0]).toBe('Wonen');
      expect(domains).toHaveLength(7);
      expect(page.querySelector('[data-testid="plan-version"]')?.textContent).toContain('nog niet opgeslagen');
    });

    it('offers the score as a radio group with the ZRM labels', () => {
      const group = page
        .querySelector('#domain-wonen-title')
        ?.closest('section')
        ?.querySelector('fieldset.radio-group');
      expect(group?.querySelector('legend')?.textContent).toContain('Zelfredzaamheid');
      const labels = Array.from(group?.querySelectorAll('label') ?? []).map((label) => label.textContent?.trim());
      expect(labels).toEqual([
        '1 - Acute problematiek',
        '2 - Niet zelfredzaam',
        '3 - Beperkt zelfredzaam',
        '4 - Voldoende zelfredzaam',
        '5 - Volledig zelfredzaam',
        'Nog niet ingeschat',
      ]);
    });

    it('shows the 18-/18+ checklist from 16½ with progress and the days left', () => {
      const checklist = page.querySelector('[data-testid="transition-checklist"]');
      expect(checklist?.textContent).toContain('Nog 435 dagen tot de 18e verjaardag');
      expect(checklist?.textContent).toContain('0 van de 6 onderwerpen geregeld');
      expect(checklist?.querySelectorAll('fieldset')).toHaveLength(6);
    });

    it('moves focus to a new goal and a new action, and back to the add button after removing', async () => {
      await click('#domain-wonen-add-goal');
      const goalInput = document.activeElement as HTMLTextAreaElement;
      expect(goalInput.id).toMatch(/^goal-.+-description$/);
      const goalId = goalInput.id.replace(/-description$/, '');

      await click(`#${goalId}-add-action`);
      expect(document.activeElement?.id).toMatch(/^action-.+-description$/);
      expect(page.querySelector(`label[for="${document.activeElement?.id}"]`)?.textContent).toContain(
        'Wat gaat er gebeuren?',
      );

      await click(`#${goalId}-add-action`);
      buttonByText('Actie 2 bij doel 1 verwijderen').click();
      await stable();
      expect(document.activeElement?.id).toBe(`${goalId}-add-action`);

      buttonByText('Doel 1 bij Wonen verwijderen').click();
      await stable();
      expect(document.activeElement?.id).toBe('domain-wonen-add-goal');
    });

    it('refuses to save an empty goal and says where the problem is', async () => {
      await click('#domain-wonen-add-goal');
      await click('[data-testid="plan-save"]');
      http.expectNone({ method: 'PUT', url: PLAN_URL });
      const goalInput = page.querySelector('.plan-goal textarea');
      expect(goalInput?.getAttribute('aria-invalid')).toBe('true');
      expect(document.activeElement).toBe(goalInput);
      expect(page.querySelector('p.notice[role="alert"]')?.textContent).toContain('Controleer de gemarkeerde velden');
    });

    it('checks the evaluation date with the domain rule', async () => {
      await type('#plan-evaluation-date', '2026-12-01');
      await click('[data-testid="plan-save"]');
      http.expectNone({ method: 'PUT', url: PLAN_URL });
      expect(page.querySelector('#plan-evaluation-date-error')?.textContent).toContain('binnen 6 maanden');
    });

    it('knows when there are unsaved changes, so leaving can be confirmed', async () => {
      expect(fixture.componentInstance.hasUnsavedChanges()).toBe(false);
      await type('#my-future-whoHelpsMe', 'Mijn oom');
      expect(fixture.componentInstance.hasUnsavedChanges()).toBe(true);
    });

    it('saves the first version without a base, with the checklist', async () => {
      await type('#my-future-whatIWant', 'Op mezelf wonen');
      await click('#domain-wonen-add-goal');
      await type('.plan-goal textarea', 'Een eigen kamer');
      await click('.plan-goal button[id$="-add-action"]');
      await type('.plan-action input[type="text"]', 'Inschrijven bij de woningcorporatie');
      await type('.plan-action select[id$="-owner"]', 'user-2');
      await click('[data-testid="plan-save"]');

      const request = http.expectOne({ method: 'PUT', url: PLAN_URL });
      const body = request.request.body as SaveToekomstplanRequest;
      expect(body.basedOnVersion).toBeNull();
      expect(body.content.myFuture.whatIWant).toBe('Op mezelf wonen');
      expect(body.content.transitionChecklist).toHaveLength(6);
      const [goal] = body.content.domains[0]?.goals ?? [];
      expect(goal?.description).toBe('Een eigen kamer');
      expect(goal?.actions[0]).toMatchObject({
        description: 'Inschrijven bij de woningcorporatie',
        owner: { userId: 'user-2', organisationId: null },
        status: 'open',
      });
      request.flush(aVersion(1, body.content), { status: 201, statusText: 'Created' });
      await stable();
      expect(page.querySelector('.notice--success')?.textContent).toContain('opgeslagen als versie 1');
      expect(fixture.componentInstance.hasUnsavedChanges()).toBe(false);
    });
  });

  describe('a conflict while saving', () => {
    const mine = 'Een eigen kamer in Tiel';
    const theirs: ToekomstplanContent = aPlan((content) => (content.myFuture.whoHelpsMe = 'Mijn oom en mijn JIM'));

    beforeEach(async () => {
      await render();
      http.expectOne(PLAN_URL).flush(aVersion(2));
      await stable();
      await type('#my-future-whatIWant', mine);
      await click('[data-testid="plan-save"]');
      http.expectOne({ method: 'PUT', url: PLAN_URL }).flush(
        {
          type: 'https://sluitend.nl/problems/version-conflict',
          title: 'Conflict',
          status: 409,
          detail: 'x',
          currentVersion: 3,
        },
        { status: 409, statusText: 'Conflict' },
      );
      http.expectOne({ method: 'GET', url: PLAN_URL }).flush(aVersion(3, theirs));
      await stable();
    });

    it('shows what the colleague changed next to my unsaved changes, in a labelled modal', () => {
      const dialog = page.querySelector('[data-testid="conflict-dialog"]');
      expect(dialog?.tagName).toBe('DIALOG');
      expect(dialog?.hasAttribute('open')).toBe(true);
      expect(dialog?.getAttribute('aria-labelledby')).toBe('conflict-title');
      expect(dialog?.textContent).toContain('Linda Verhoef heeft op 04-03-2026 15:30 versie 3 opgeslagen');
      expect(dialog?.querySelector('#conflict-theirs-title')?.closest('section')?.textContent).toContain(
        'Mijn oom en mijn JIM',
      );
      expect(dialog?.querySelector('#conflict-mine-title')?.closest('section')?.textContent).toContain(mine);
      expect(document.activeElement?.id).toBe('conflict-title');
    });

    it('re-applies my changes on the newest version and saves on top of it', async () => {
      buttonByText('Mijn wijzigingen opnieuw toepassen op de nieuwste versie').click();
      await stable();
      expect(page.querySelector('[data-testid="conflict-dialog"]')).toBeNull();
      expect(page.querySelector<HTMLTextAreaElement>('#my-future-whatIWant')?.value).toBe(mine);
      expect(page.querySelector<HTMLTextAreaElement>('#my-future-whoHelpsMe')?.value).toBe('Mijn oom en mijn JIM');
      expect(page.querySelector('[role="status"] .notice--success')?.textContent).toContain('versie 3');

      await click('[data-testid="plan-save"]');
      const body = savedBody();
      expect(body.basedOnVersion).toBe(3);
      expect(body.content.myFuture).toMatchObject({ whatIWant: mine, whoHelpsMe: 'Mijn oom en mijn JIM' });
    });

    it('reloads the newest version and drops my changes', async () => {
      buttonByText('Herladen').click();
      await stable();
      expect(page.querySelector<HTMLTextAreaElement>('#my-future-whatIWant')?.value).toBe('');
      expect(page.querySelector('[data-testid="plan-version"]')?.textContent).toContain('Versie 3');
    });

    it('closes on Escape and keeps my changes', async () => {
      page
        .querySelector('[data-testid="conflict-dialog"]')
        ?.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
      await stable();
      expect(page.querySelector('[data-testid="conflict-dialog"]')).toBeNull();
      expect(page.querySelector<HTMLTextAreaElement>('#my-future-whatIWant')?.value).toBe(mine);
      expect(document.activeElement?.getAttribute('data-testid')).toBe('plan-save');
    });
  });

  describe('read-only access', () => {
    const withGoal = aPlan((content) => {
      const [wonen] = content.domains;
      wonen?.goals.push({
        id: 'goal-a',
        description: 'Een eigen kamer',
        actions: [
          {
            id: 'action-a',
            description: 'Inschrijven bij de woningcorporatie',
            owner: { userId: 'user-2', organisationId: null },
            deadline: '2026-04-01',
            status: 'open',
          },
        ],
      });
    });

    async function renderReadOnly(dossier = aCase(), access: CaseAccessResponse = anAccess()): Promise<void> {
      await render(dossier, access);
      http.expectOne(PLAN_URL).flush(aVersion(2, withGoal));
      await stable();
    }

    function readOnlyNotice(): Element | null {
      return page.querySelector('#plan-read-only[role="status"] .notice');
    }

    function editableControls(): HTMLElement[] {
      return Array.from(
        page.querySelectorAll<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>(
          'form input, form textarea, form select',
        ),
      ).filter((control) => !control.disabled);
    }

    it('shows the plan read-only under emergency access', async () => {
      await renderReadOnly(aCase(), anEmergencyAccess());
      expect(readOnlyNotice()?.textContent?.trim()).toBe('Alleen lezen: noodtoegang');
      expect(page.querySelector('[data-testid="plan-save"]')).toBeNull();
      expect(page.querySelector<HTMLTextAreaElement>('#goal-goal-a-description')?.value).toBe('Een eigen kamer');
      expect(page.querySelectorAll('form textarea').length).toBeGreaterThan(0);
      expect(editableControls()).toEqual([]);
    });

    it('shows the plan read-only while processing is restricted', async () => {
      await renderReadOnly(
        aCase({ restriction: { reason: 'Bezwaar', since: '2026-03-02T09:00:00Z' } }),
        anAccess({ restricted: true, canChange: false }),
      );
      expect(readOnlyNotice()?.textContent?.trim()).toBe('Alleen lezen: verwerking beperkt');
      expect(page.querySelector('[data-testid="plan-save"]')).toBeNull();
      expect(editableControls()).toEqual([]);
    });

    it('offers no adding or removing of goals and actions when read-only', async () => {
      await renderReadOnly(aCase(), anEmergencyAccess());
      expect(page.querySelector('#domain-wonen-add-goal')).toBeNull();
      expect(page.querySelector('#goal-goal-a-add-action')).toBeNull();
      expect(buttonTexts().filter((text) => /toevoegen|verwijderen/.test(text))).toEqual([]);
    });

    it('keeps action statuses, owners and the 18-/18+ checklist unchangeable when read-only', async () => {
      await renderReadOnly(aCase(), anEmergencyAccess());
      const status = page.querySelector<HTMLSelectElement>('#action-action-a-status');
      expect(status?.value).toBe('open');
      expect(status?.disabled).toBe(true);
      expect(page.querySelector<HTMLSelectElement>('#action-action-a-owner')?.disabled).toBe(true);
      const checklist = page.querySelector('[data-testid="transition-checklist"]');
      expect(Array.from(checklist?.querySelectorAll('select') ?? []).every((select) => select.disabled)).toBe(true);
    });

    it('never saves under read-only access, not even on submit', async () => {
      await renderReadOnly(aCase(), anEmergencyAccess());
      page.querySelector('form')?.dispatchEvent(new Event('submit'));
      await stable();
      http.expectNone({ method: 'PUT', url: PLAN_URL });
    });

    it('shows the plan editable with full access, without a read-only notice', async () => {
      await renderReadOnly();
      expect(readOnlyNotice()).toBeNull();
      expect(page.querySelector('[data-testid="plan-save"]')).not.toBeNull();
      expect(page.querySelector<HTMLTextAreaElement>('#goal-goal-a-description')?.disabled).toBe(false);
      expect(page.querySelector('#domain-wonen-add-goal')).not.toBeNull();
    });

    it('turns read-only when a restriction is set while editing', async () => {
      await renderReadOnly();
      context.setAccess(anAccess({ restricted: true, canChange: false }));
      await stable();
      expect(readOnlyNotice()?.textContent?.trim()).toBe('Alleen lezen: verwerking beperkt');
      expect(page.querySelector('[data-testid="plan-save"]')).toBeNull();
      expect(editableControls()).toEqual([]);
    });

    it('explains a refused save and asks for the access again, which turns the plan read-only', async () => {
      await renderReadOnly();
      await type('#my-future-whatIWant', 'Op mezelf wonen');
      await click('[data-testid="plan-save"]');
      http.expectOne({ method: 'PUT', url: PLAN_URL }).flush(
        {
          type: 'https://sluitend.nl/problems/case-restricted',
          title: 'Conflict',
          status: 409,
          detail: 'Processing of case case-1 is restricted.',
        },
        { status: 409, statusText: 'Conflict' },
      );
      await stable();
      expect(page.querySelector('p.notice[role="alert"]')?.textContent).toContain(
        'De verwerking van dit dossier is beperkt',
      );
      http.expectNone({ method: 'GET', url: PLAN_URL });
      http.expectOne('/api/v1/cases/case-1/access').flush(anAccess({ restricted: true, canChange: false }));
      await stable();
      expect(readOnlyNotice()?.textContent?.trim()).toBe('Alleen lezen: verwerking beperkt');
      expect(page.querySelector('[data-testid="plan-save"]')).toBeNull();
    });
  });
});
