import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { SessionResponse } from '@sluitend/domain';
import { aVersion, provideFixedClock } from '../../../../../testing/cases';
import { anAgendaItem, anAgreement, aSession } from '../../../../../testing/sessions';
import { translocoTesting } from '../../../../../testing/transloco-testing';
import { SessionPage } from './session-page';

const SESSION_URL = '/api/v1/actietafel-sessions/session-1';

describe('SessionPage', () => {
  let fixture: ComponentFixture<SessionPage>;
  let http: HttpTestingController;
  let page: HTMLElement;

  async function render(session: SessionResponse): Promise<void> {
    TestBed.configureTestingModule({
      imports: [SessionPage, translocoTesting()],
      providers: [provideRouter([]), provideHttpClient(), provideHttpClientTesting(), provideFixedClock()],
    });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(SessionPage);
    fixture.componentRef.setInput('id', 'session-1');
    page = fixture.nativeElement as HTMLElement;
    await fixture.whenStable();
    http.expectOne(SESSION_URL).flush(session);
    await fixture.whenStable();
  }

  afterEach(() => http.verify());

  const byTestId = <T extends HTMLElement = HTMLElement>(id: string) => page.querySelector<T>(`[data-testid="${id}"]`);
  const allByTestId = (id: string) => Array.from(page.querySelectorAll<HTMLElement>(`[data-testid="${id}"]`));
  const transitionButtons = () =>
    Array.from(page.querySelectorAll('[data-testid^="session-transition-"]')).map((button) =>
      button.getAttribute('data-testid'),
    );

  it('shows when and where the session is, in Dutch time', async () => {
    await render(aSession());
    expect(page.querySelector('h1')?.textContent).toContain('Actietafel van donderdag 12 maart 2026');
    expect(page.textContent).toContain('14:00–16:00 uur');
    expect(page.textContent).toContain('Stadhuis Tiel, zaal 2');
    expect(page.textContent).toContain('Marieke van Dijk');
    expect(byTestId('session-state')?.textContent?.trim()).toBe('Gepland');
  });

  it.each<[string, Partial<SessionResponse>, string[]]>([
    [
      'the coordinator of a planned session',
      { availableTransitions: ['send-agenda', 'cancel'] },
      ['send-agenda', 'cancel'],
    ],
    [
      'the chair after the agenda is sent',
      { state: 'agenda-sent', myPart: 'chair', availableTransitions: ['start'] },
      ['start'],
    ],
    ['a member', { state: 'agenda-sent', myPart: 'member', availableTransitions: [] }, []],
  ])('offers %s exactly the transitions the API allows', async (_who, overrides, expected) => {
    await render(aSession(overrides));
    expect(transitionButtons()).toEqual(expected.map((transition) => `session-transition-${transition}`));
  });

  it('sends the agenda with the version seen and shows the new state', async () => {
    await render(aSession());
    byTestId('session-transition-send-agenda')?.click();
    const post = http.expectOne({ method: 'POST', url: `${SESSION_URL}/transitions` });
    expect(post.request.body).toEqual({ transition: 'send-agenda', version: 2 });
    post.flush(aSession({ state: 'agenda-sent', availableTransitions: ['start', 'cancel'], version: 3 }));
    await fixture.whenStable();
    expect(byTestId('session-state')?.textContent?.trim()).toBe('Agenda verstuurd');
    expect(page.textContent).toContain('De agenda is verstuurd naar alle deelnemers.');
    expect(transitionButtons()).toEqual(['session-transition-start', 'session-transition-cancel']);
  });

  it('asks before cancelling, and explains a refusal because of scheduled escalations', async () => {
    await render(aSession());
    byTestId('session-transition-cancel')?.click();
    await fixture.whenStable();
    http.expectNone({ method: 'POST' });
    const dialog = page.querySelector('dialog');
    expect(dialog?.textContent).toContain('Sessie annuleren?');
    Array.from(dialog?.querySelectorAll('button') ?? [])
      .find((button) => button.textContent?.includes('Ja, sessie annuleren'))
      ?.click();
    http
      .expectOne({ method: 'POST', url: `${SESSION_URL}/transitions` })
      .flush(
        { type: 'https://sluitend.nl/problems/session-has-agenda', title: 'Conflict', status: 409, detail: 'x' },
        { status: 409, statusText: 'Conflict' },
      );
    http.expectOne({ method: 'GET', url: SESSION_URL }).flush(aSession());
    await fixture.whenStable();
    expect(page.querySelector('[role="alert"]')?.textContent).toContain('ingeplande escalaties op de agenda');
  });

  it('shows the full content of an item: the jongere, the question, reason, urgency, sectors and earlier agreements', async () => {
    const followUp = anAgendaItem({
      id: 'item-2',
      position: 2,
      kind: 'follow-up',
      minutesPlanned: 10,
    });
    if (!followUp.escalation) throw new Error('no escalation');
    followUp.escalation = {
      ...followUp.escalation,
      earlierAgreements: [anAgreement({ what: 'Woonplek zoeken', overdue: true })],
    };
    await render(aSession({ agenda: [followUp, anAgendaItem()] }));
    const items = allByTestId('agenda-item');
    expect(items).toHaveLength(2);
    // In order, each with its planned start.
    expect(items[0]?.textContent).toContain('1. Noah de Jong');
    expect(items[0]?.textContent).toContain('vanaf 14:00 uur, 20 minuten');
    expect(items[1]?.textContent).toContain('vanaf 14:20 uur, 10 minuten');
    const full = (items[0]?.textContent ?? '').replace(/\s+/g, ' ');
    expect(full).toContain('Noah de Jong, geboren 14-05-2009, gemeente Tiel');
    expect(full).toContain('Wie betaalt de woonbegeleiding?');
    expect(full).toContain('Financieringsgeschil tussen domeinen');
    expect(full).toContain('Jeugdhulp, Gemeente');
    expect(full).toContain('Urgent');
    expect(items[1]?.textContent).toContain('Vervolg');
    expect(items[1]?.querySelector('[data-testid="agenda-item-earlier-agreements"]')?.textContent).toContain(
      'Woonplek zoeken — Peter Hol, uiterlijk 19-03-2026',
    );
    expect(byTestId('agenda-outline-note')).toBeNull();
  });

  it('opens the attached plan version on request only', async () => {
    await render(aSession());
    http.expectNone(`${SESSION_URL}/agenda-items/item-1/plan-version`);
    byTestId('agenda-item-plan')?.click();
    await fixture.whenStable();
    http.expectOne(`${SESSION_URL}/agenda-items/item-1/plan-version`).flush(aVersion(3));
    await fixture.whenStable();
    const dialog = byTestId('plan-version-dialog');
    expect(dialog?.textContent).toContain('Toekomstplan van Noah de Jong, versie 3');
    expect(dialog?.textContent).toContain('Mijn toekomst');
  });

  it('shows only the outline, and why, to a member outside the view window', async () => {
    const outlineItem = anAgendaItem({ escalation: null });
    await render(
      aSession({
        myPart: 'member',
        state: 'ended',
        contentAccess: 'outline',
        availableTransitions: [],
        agendaSentAt: '2026-02-20T09:00:00Z',
        viewWindow: { from: '2026-02-20T09:00:00Z', until: '2026-03-03T15:00:00Z' },
        agenda: [outlineItem],
      }),
    );
    const item = byTestId('agenda-item');
    expect(item?.textContent).toContain('1. Financieringsgeschil tussen domeinen');
    expect(item?.textContent).toContain('Urgent');
    expect(item?.textContent).toContain('20 minuten');
    expect(item?.querySelector('[data-testid="agenda-item-full"]')).toBeNull();
    expect(item?.textContent).not.toContain('Noah');
    expect(byTestId('agenda-item-plan')).toBeNull();
    expect(byTestId('agenda-outline-note')?.textContent).toContain(
      'was te zien van 20-02-2026 10:00 tot 03-03-2026 16:00',
    );
    expect(byTestId('agenda-outline-note')?.textContent).toContain('dataminimalisatie');
  });

  it('tells a member before the agenda is sent from when they will see the content', async () => {
    await render(
      aSession({
        myPart: 'member',
        contentAccess: 'outline',
        availableTransitions: [],
        agenda: [anAgendaItem({ escalation: null })],
      }),
    );
    expect(byTestId('agenda-outline-note')?.textContent).toContain(
      'vanaf het versturen van de agenda tot 19-03-2026 16:00',
    );
  });

  it('lets the coordinator reorder and time-box items before the start', async () => {
    const second = anAgendaItem({ id: 'item-2', position: 2, escalationId: 'esc-2', version: 4 });
    await render(aSession({ agenda: [anAgendaItem(), second] }));
    const ups = allByTestId('agenda-item-up');
    expect(ups[0]?.getAttribute('aria-disabled')).toBe('true');
    ups[1]?.click();
    const patch = http.expectOne({ method: 'PATCH', url: `${SESSION_URL}/agenda-items/item-2` });
    expect(patch.request.body).toEqual({ version: 4, position: 1 });
    patch.flush({ ...second, position: 1, version: 5 });
    http
      .expectOne({ method: 'GET', url: SESSION_URL })
      .flush(aSession({ agenda: [{ ...second, position: 1, version: 5 }, anAgendaItem({ position: 2, version: 2 })] }));
    await fixture.whenStable();
    expect(page.textContent).toContain('Het punt staat nu op plaats 1.');

    const minutes = allByTestId('agenda-item-minutes')[1] as HTMLInputElement;
    minutes.value = '30';
    minutes.dispatchEvent(new Event('change'));
    const time = http.expectOne({ method: 'PATCH', url: `${SESSION_URL}/agenda-items/item-1` });
    expect(time.request.body).toEqual({ version: 2, minutesPlanned: 30 });
    time.flush(anAgendaItem({ position: 2, minutesPlanned: 30, version: 3 }));
  });

  it('offers no planning changes once the session has started, but links the chair to session mode', async () => {
    await render(aSession({ state: 'in-progress', myPart: 'chair', canRecord: true, availableTransitions: ['end'] }));
    expect(byTestId('agenda-item-up')).toBeNull();
    expect(byTestId('agenda-item-minutes')).toBeNull();
    expect(byTestId('session-run-link')?.getAttribute('href')).toBe('/actietafel/sessions/session-1/run');
    expect(byTestId('session-minutes-link')).toBeNull();
  });

  it('links to the minutes once they exist', async () => {
    await render(aSession({ state: 'ended', hasMinutes: true, availableTransitions: [] }));
    expect(byTestId('session-minutes-link')?.getAttribute('href')).toBe('/actietafel/sessions/session-1/minutes');
    expect(byTestId('session-run-link')).toBeNull();
  });
});
