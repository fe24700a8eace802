import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import { SessionResponse } from '@sluitend/domain';
import { provideFixedClock } from '../../../../../testing/cases';
import { aDecision, anAgendaItem, anAgreement, aSession, anInvitee } from '../../../../../testing/sessions';
import { translocoTesting } from '../../../../../testing/transloco-testing';
import { SessionModePage } from './session-mode-page';

const SESSION_URL = '/api/v1/actietafel-sessions/session-1';

/** In progress since 09:30 Dutch… UTC; item 1 running for 30 of its 20 minutes (the clock says 10:00Z). */
function runningSession(overrides: Partial<SessionResponse> = {}): SessionResponse {
  return aSession({
    state: 'in-progress',
    myPart: 'chair',
    canRecord: true,
    availableTransitions: ['end'],
    startedAt: '2026-03-05T09:30:00Z',
    agenda: [
      anAgendaItem({ id: 'item-1', position: 1, phase: 'running', startedAt: '2026-03-05T09:30:00Z', version: 3 }),
      anAgendaItem({
        id: 'item-2',
        position: 2,
        kind: 'follow-up',
        escalationId: 'esc-2',
        urgency: 'normal',
        label: 'Wachtlijst',
        escalation: null,
        version: 1,
      }),
      anAgendaItem({
        id: 'item-3',
        position: 3,
        escalationId: 'esc-3',
        escalation: null,
        label: 'Huisvesting',
        version: 1,
      }),
    ],
    ...overrides,
  });
}

describe('SessionModePage', () => {
  let fixture: ComponentFixture<SessionModePage>;
  let http: HttpTestingController;
  let page: HTMLElement;

  async function render(session: SessionResponse = runningSession()): Promise<void> {
    TestBed.configureTestingModule({
      imports: [SessionModePage, translocoTesting()],
      providers: [provideRouter([]), provideHttpClient(), provideHttpClientTesting(), provideFixedClock()],
    });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(SessionModePage);
    fixture.componentRef.setInput('id', 'session-1');
    page = fixture.nativeElement as HTMLElement;
    await fixture.whenStable();
    http.expectOne(SESSION_URL).flush(session);
    http.expectOne('/api/v1/organisations').flush([
      {
        id: 'org-gem',
        name: 'Gemeente Tiel',
        sector: 'gemeente',
        regionId: 'region-1',
        active: true,
        version: 1,
        createdAt: '2026-01-01T00:00:00Z',
        updatedAt: '2026-01-01T00:00:00Z',
      },
    ]);
    await fixture.whenStable();
  }

  afterEach(() => http.verify());

  const byTestId = <T extends HTMLElement = HTMLElement>(id: string) => page.querySelector<T>(`[data-testid="${id}"]`);
  const currentTitle = () => byTestId('session-current-title')?.textContent?.trim();
  const press = (init: KeyboardEventInit, target: EventTarget = document) =>
    target.dispatchEvent(new KeyboardEvent('keydown', { bubbles: true, cancelable: true, ...init }));
  const type = (element: HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement, value: string) => {
    element.value = value;
    element.dispatchEvent(new Event(element instanceof HTMLSelectElement ? 'change' : 'input'));
  };

  it('shows the running item with its timer over time, announced once at the boundary', async () => {
    await render();
    expect(currentTitle()).toBe('Noah de Jong');
    expect(byTestId('session-current-item')?.textContent).toContain('Wie betaalt de woonbegeleiding?');
    const timer = byTestId('session-timer');
    expect(byTestId('session-timer-elapsed')?.textContent?.trim()).toBe('30:00');
    expect(timer?.getAttribute('data-over')).toBe('true');
    expect(timer?.textContent).toContain('10 min over de tijd');
    expect(byTestId('session-timer-announcement')?.textContent?.trim()).toBe('De tijd voor punt 1 (20 minuten) is om.');
    // The clock itself is a timer role, which screen readers do not read out every second.
    expect(byTestId('session-timer-elapsed')?.getAttribute('role')).toBe('timer');
    expect(page.querySelector('[aria-current="step"]')?.textContent).toContain('Noah de Jong');
  });

  it('documents the keyboard shortcuts on screen', async () => {
    await render();
    const shortcuts = byTestId('session-shortcuts')?.textContent ?? '';
    expect(shortcuts).toContain('Alt + N');
    expect(shortcuts).toContain('Alt + P');
    expect(shortcuts).toContain('Alt + E');
    expect(byTestId('session-next-item')?.getAttribute('aria-keyshortcuts')).toBe('Alt+N');
  });

  it('Alt+N starts the next item (the API closes the running one) and Alt+P looks back without changing phases', async () => {
    await render();
    press({ altKey: true, code: 'KeyN', key: 'n' });
    const patch = http.expectOne({ method: 'PATCH', url: `${SESSION_URL}/agenda-items/item-2` });
    expect(patch.request.body).toEqual({ version: 1, phase: 'running' });
    patch.flush(anAgendaItem({ id: 'item-2', phase: 'running' }));
    const moved = runningSession();
    moved.agenda = moved.agenda.map((item) =>
      item.id === 'item-1'
        ? { ...item, phase: 'discussed', finishedAt: '2026-03-05T09:55:00Z', version: 4 }
        : item.id === 'item-2'
          ? { ...item, phase: 'running', startedAt: '2026-03-05T09:55:00Z', version: 2 }
          : item,
    );
    http.expectOne({ method: 'GET', url: SESSION_URL }).flush(moved);
    await fixture.whenStable();
    expect(currentTitle()).toBe('Wachtlijst');
    expect(byTestId('session-timer-elapsed')?.textContent?.trim()).toBe('05:00');
    expect(byTestId('session-announcement')?.textContent).toContain('U ziet nu punt 2 van 3: Wachtlijst');

    press({ altKey: true, code: 'KeyP', key: 'p' });
    await fixture.whenStable();
    expect(currentTitle()).toBe('Noah de Jong');
    // Looking back stops nothing: the discussed item shows the time it took.
    expect(byTestId('session-timer-elapsed')?.textContent?.trim()).toBe('25:00');
    http.expectNone({ method: 'PATCH' });

    // Alt+N from a past item only catches up with the running one.
    press({ altKey: true, code: 'KeyN', key: 'n' });
    await fixture.whenStable();
    expect(currentTitle()).toBe('Wachtlijst');
    http.expectNone({ method: 'PATCH' });
  });

  it('offers to start the first item when none runs yet', async () => {
    const session = runningSession();
    session.agenda = session.agenda.map((item) => ({ ...item, phase: 'pending', startedAt: null }));
    await render(session);
    const next = byTestId('session-next-item');
    expect(next?.textContent?.trim()).toBe('Punt starten');
    expect(byTestId('session-timer')?.textContent).toContain('Nog niet gestart');
    next?.click();
    const patch = http.expectOne({ method: 'PATCH', url: `${SESSION_URL}/agenda-items/item-1` });
    expect(patch.request.body).toEqual({ version: 3, phase: 'running' });
    patch.flush(anAgendaItem());
    http.expectOne(SESSION_URL).flush(runningSession());
  });

  it('saves the summary on leaving the field and with Ctrl+S, and says so', async () => {
    await render();
    const summary = byTestId<HTMLTextAreaElement>('session-summary');
    if (!summary) throw new Error('no summary');
    type(summary, 'Beide domeinen zien de noodzaak.');
    await fixture.whenStable();
    expect(byTestId('session-summary-status')?.textContent?.trim()).toBe('Nog niet opgeslagen');

    press({ ctrlKey: true, key: 's', code: 'KeyS' }, summary);
    const patch = http.expectOne({ method: 'PATCH', url: `${SESSION_URL}/agenda-items/item-1` });
    expect(patch.request.body).toEqual({ version: 3, summary: 'Beide domeinen zien de noodzaak.' });
    patch.flush(
      anAgendaItem({ id: 'item-1', phase: 'running', summary: 'Beide domeinen zien de noodzaak.', version: 4 }),
    );
    await fixture.whenStable();
    expect(byTestId('session-summary-status')?.textContent?.trim()).toBe('Opgeslagen');

    // Leaving the field with nothing new saves nothing.
    summary.dispatchEvent(new Event('blur'));
    http.expectNone({ method: 'PATCH' });

    type(summary, 'Beide domeinen zien de noodzaak. Gemeente betaalt.');
    summary.dispatchEvent(new Event('blur'));
    const second = http.expectOne({ method: 'PATCH', url: `${SESSION_URL}/agenda-items/item-1` });
    expect(second.request.body).toEqual({ version: 4, summary: 'Beide domeinen zien de noodzaak. Gemeente betaalt.' });
    second.flush(anAgendaItem({ id: 'item-1', phase: 'running', version: 5 }));
  });

  it('needs a justification for a decision with doorzettingsmacht', async () => {
    await render();
    const text = byTestId<HTMLTextAreaElement>('decision-text');
    if (!text) throw new Error('no decision text');
    expect(byTestId('decision-justification')).toBeNull();
    type(text, 'Plaatsing gaat door');
    byTestId<HTMLInputElement>('decision-doorzettingsmacht')?.click();
    await fixture.whenStable();
    const justification = byTestId<HTMLTextAreaElement>('decision-justification');
    expect(justification).not.toBeNull();

    byTestId('decision-add')?.click();
    await fixture.whenStable();
    http.expectNone({ method: 'POST' });
    expect(justification?.getAttribute('aria-invalid')).toBe('true');
    expect(page.querySelector('#decision-justification-error')?.textContent).toContain('Dit veld is verplicht.');

    if (!justification) throw new Error('no justification');
    type(justification, 'De jongere dreigt dakloos te worden');
    byTestId('decision-add')?.click();
    const post = http.expectOne({ method: 'POST', url: `${SESSION_URL}/agenda-items/item-1/decisions` });
    expect(post.request.body).toEqual({
      text: 'Plaatsing gaat door',
      doorzettingsmacht: true,
      justification: 'De jongere dreigt dakloos te worden',
    });
    post.flush(
      aDecision({
        text: 'Plaatsing gaat door',
        doorzettingsmacht: true,
        justification: 'De jongere dreigt dakloos te worden',
      }),
    );
    await fixture.whenStable();
    expect(byTestId('decisions')?.textContent).toContain('Met doorzettingsmacht');
    // Only one per item: the option is gone now.
    expect(byTestId('decision-doorzettingsmacht')).toBeNull();
    expect(byTestId('decision-doorzettingsmacht-taken')).not.toBeNull();
    expect(document.activeElement).toBe(byTestId('decision-text'));
  });

  it('records an agreement from the keyboard: Enter moves on, Enter in the deadline adds it and returns to "what"', async () => {
    await render();
    const what = byTestId<HTMLInputElement>('agreement-what');
    const owner = byTestId<HTMLSelectElement>('agreement-owner');
    const deadline = byTestId<HTMLInputElement>('agreement-deadline');
    if (!what || !owner || !deadline) throw new Error('no agreement fields');
    const options = Array.from(owner.querySelectorAll('option')).map((option) => option.textContent?.trim());
    expect(options).toEqual([
      'Kies wie het doet',
      'Peter Hol (Jeugdbescherming Gelderland)',
      'Marieke van Dijk',
      'Sanne de Vries',
      'Jeugdbescherming Gelderland',
      'Gemeente Tiel',
    ]);

    what.focus();
    type(what, 'Passende woonplek zoeken');
    press({ key: 'Enter' }, what);
    expect(document.activeElement).toBe(owner);
    type(owner, 'user:user-member');
    press({ key: 'Enter' }, owner);
    expect(document.activeElement).toBe(deadline);
    type(deadline, '2026-03-19');
    press({ key: 'Enter' }, deadline);

    const post = http.expectOne({ method: 'POST', url: `${SESSION_URL}/agenda-items/item-1/agreements` });
    expect(post.request.body).toEqual({
      what: 'Passende woonplek zoeken',
      ownerUserId: 'user-member',
      deadline: '2026-03-19',
    });
    post.flush(anAgreement());
    await fixture.whenStable();
    expect(document.activeElement).toBe(what);
    expect(what.value).toBe('');
    expect(byTestId('agreements')?.textContent).toContain('Peter Hol, uiterlijk 19-03-2026');

    // An organisation as owner, and a deadline in the past is refused before sending.
    type(what, 'Indicatie aanvragen');
    type(owner, 'organisation:org-gem');
    type(deadline, '2026-03-01');
    press({ key: 'Enter' }, deadline);
    await fixture.whenStable();
    http.expectNone({ method: 'POST' });
    expect(page.querySelector('#agreement-deadline-error')?.textContent).toContain('Kies vandaag of een latere datum.');
    type(deadline, '2026-03-26');
    press({ key: 'Enter' }, deadline);
    expect(http.expectOne({ method: 'POST' }).request.body).toEqual({
      what: 'Indicatie aanvragen',
      ownerOrganisationId: 'org-gem',
      deadline: '2026-03-26',
    });
  });

  it('does not move on while an agreement is still being typed', async () => {
    await render();
    const what = byTestId<HTMLInputElement>('agreement-what');
    if (!what) throw new Error('no what');
    type(what, 'Woonbegeleiding regelen');
    press({ altKey: true, code: 'KeyN', key: 'n' });
    await fixture.whenStable();
    http.expectNone({ method: 'PATCH' });
    expect(currentTitle()).toBe('Noah de Jong');
    expect(page.querySelector('[role="alert"]')?.textContent).toContain('Er staat nog een afspraak in het invoerveld');
    expect(document.activeElement).toBe(what);
  });

  it('Alt+E ends the session after confirming, and opens the minutes', async () => {
    await render();
    const navigate = jest.spyOn(TestBed.inject(Router), 'navigate').mockResolvedValue(true);
    press({ altKey: true, code: 'KeyE', key: 'e' });
    await fixture.whenStable();
    const dialog = page.querySelector('dialog');
    expect(dialog?.textContent).toContain('Sessie beëindigen?');
    const confirm = Array.from(dialog?.querySelectorAll('button') ?? []).find((button) =>
      button.textContent?.includes('Ja, sessie beëindigen'),
    );
    confirm?.click();
    const post = http.expectOne({ method: 'POST', url: `${SESSION_URL}/transitions` });
    expect(post.request.body).toEqual({ transition: 'end', version: 2 });
    post.flush(runningSession({ state: 'ended', canRecord: false, availableTransitions: [], hasMinutes: true }));
    await fixture.whenStable();
    expect(navigate).toHaveBeenCalledWith(['/actietafel/sessions', 'session-1', 'minutes']);
  });

  it('records attendance with a substitute by name', async () => {
    await render(runningSession({ invitees: [anInvitee()] }));
    byTestId<HTMLInputElement>('attendance-substitute')?.click();
    await fixture.whenStable();
    const name = byTestId<HTMLInputElement>('attendance-substitute-name');
    expect(document.activeElement).toBe(name);
    if (!name) throw new Error('no substitute name');
    name.value = 'Eva Smit';
    press({ key: 'Enter' }, name);
    const patch = http.expectOne({ method: 'PATCH', url: `${SESSION_URL}/invitees/user-member` });
    expect(patch.request.body).toEqual({ attendance: 'substitute', substituteName: 'Eva Smit' });
    patch.flush(anInvitee({ attendance: 'substitute', substituteName: 'Eva Smit' }));
    await fixture.whenStable();
    expect(byTestId('attendance-panel')?.textContent).toContain('Peter Hol wordt vervangen door Eva Smit.');
  });

  it('explains that an ended session cannot be recorded any more', async () => {
    await render(runningSession({ state: 'ended', canRecord: false, availableTransitions: [], hasMinutes: true }));
    expect(byTestId('session-mode-unavailable')?.textContent).toContain('Deze sessie is beëindigd.');
    expect(byTestId('session-next-item')).toBeNull();
    press({ altKey: true, code: 'KeyN', key: 'n' });
    http.expectNone({ method: 'PATCH' });
  });
});
