import { randomUUID } from 'node:crypto';
import type { Browser, Locator, Page } from 'playwright-core';
import type { ColleagueResponse, SessionResponse } from '@sluitend/domain';
import { pdfText } from '@sluitend/test-support';
import { openCase, registerActietafelConsent } from './support/api';
import { Sessions, launchBrowser, type Session } from './support/browser';
import { WAIT } from './support/case-pages';
import { baseUrl } from './support/environment';
import { selectOptionContaining } from './support/forms';
import { fullName, newJongere, today } from './support/jongeren';

const SANNE = 'jongerenwerker@demo.sluitend.nl';
const YOUSSEF = 'jeugdhulp@demo.sluitend.nl';
const KARIM = 'coordinator@demo.sluitend.nl';
const MARIEKE = 'chair@demo.sluitend.nl';

function inDays(days: number): string {
  const date = new Date(`${today()}T12:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

async function colleague(session: Session, name: string, role: string): Promise<ColleagueResponse> {
  const found = await session.api.get<ColleagueResponse[]>(
    `/colleagues?role=${role}&search=${encodeURIComponent(name.split(' ')[0])}`,
  );
  const person = found.find((candidate) => candidate.name === name);
  if (!person) throw new Error(`no ${role} named ${name}`);
  return person;
}

async function confirmAction(page: Page, action: string, fill?: (dialog: Locator) => Promise<unknown>) {
  await page.locator(`[data-testid="action-${action}"]`).click();
  const dialog = page.locator(`[data-testid="action-dialog-${action}"]`);
  await dialog.waitFor(WAIT);
  if (fill) await fill(dialog);
  await dialog.locator('[data-testid="confirm-action"]').click();
  await dialog.waitFor({ ...WAIT, state: 'detached' });
}

async function expectState(page: Page, label: string) {
  await page.locator('[data-testid="escalation-state"]', { hasText: label }).first().waitFor(WAIT);
}

async function finishAgreement(page: Page, what: string, note: string) {
  await page.goto(`${baseUrl()}/home`);
  const row = page.locator('[data-testid="my-agreement-row"]', { hasText: what });
  await row.waitFor(WAIT);
  await row.locator('[data-testid="mark-agreement-done"]').click();
  const dialog = page.locator('[data-testid="agreement-done-dialog"]');
  await dialog.locator('[data-testid="agreement-done-note"]').fill(note);
  await dialog.locator('[data-testid="confirm-agreement-done"]').click();
  await row.locator('[data-testid="mark-agreement-done"]').waitFor({ ...WAIT, state: 'detached' });
}

/**
 * The whole story of the Actietafel with the people who live it, each in a browser of their own:
 * a youth worker escalates, the coordinator triages and schedules, the chair runs the session,
 * the owners finish their agreements and the coordinator closes the escalation.
 */
describe('the Actietafel in the browser', () => {
  let browser: Browser;
  const sessions = new Sessions(() => browser);

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterEach(() => sessions.closeAll());

  afterAll(() => browser.close());

  it('takes a stuck case from escalation through a session with doorzettingsmacht to a resolved close', async () => {
    const marker = randomUUID().slice(0, 8);
    const sanne = await sessions.signIn(SANNE);
    const jongere = newJongere();
    const dossier = await openCase(sanne.api, jongere);
    await registerActietafelConsent(sanne.api, dossier.id);

    // The youth worker escalates from the case.
    await sanne.page.goto(`${baseUrl()}/cases/${dossier.id}/actietafel`);
    await sanne.page.locator('[data-testid="new-escalation"]').click();
    const form = sanne.page.locator('[data-testid="escalation-form"]');
    await form.waitFor(WAIT);
    await form.locator('[data-testid="escalation-reasonCode"]').selectOption('housing');
    await form.locator('[data-testid="escalation-reasonText"]').fill('Geen kamer te vinden voor zijn 18e verjaardag.');
    await form
      .locator('[data-testid="escalation-whatWasTried"]')
      .fill('Inschrijving woningcorporatie, urgentieaanvraag afgewezen.');
    await form.locator('[data-testid="escalation-question"]').fill(`Wie regelt een tijdelijke woonplek? (${marker})`);
    await form.locator('[data-testid="escalation-urgency-urgent"]').check();
    await form.locator('[data-testid="escalation-sector-jeugdhulp"]').check();
    await form.locator('[data-testid="escalation-sector-welzijn"]').check();
    await form.locator('[data-testid="submit-escalation"]').click();
    await expectState(sanne.page, 'Ingediend');
    const escalationId = new URL(sanne.page.url()).pathname.split('/').pop() ?? '';

    // The coordinator finds it in the queue, accepts it and puts it on a session's agenda.
    const karim = await sessions.signIn(KARIM);
    const chair = await colleague(karim, 'Marieke van Dijk', 'actietafel-chair');
    const youssefRef = await colleague(karim, 'Youssef Bakker', 'professional');
    const sanneRef = await colleague(karim, 'Sanne de Vries', 'professional');
    const place = `Gemeentehuis Tiel, zaal ${marker}`;
    const planned = await karim.api.post<SessionResponse>('/actietafel-sessions', {
      startsAt: `${inDays(1)}T08:00:00Z`,
      endsAt: `${inDays(1)}T10:00:00Z`,
      location: place,
      chairUserId: chair.userId,
      invitees: [
        { userId: sanneRef.userId, sector: 'welzijn' },
        { userId: youssefRef.userId, sector: 'jeugdhulp' },
      ],
    });
    await karim.page.goto(`${baseUrl()}/actietafel/escalations`);
    const row = karim.page.locator(`[data-testid="triage-row"][data-escalation-id="${escalationId}"]`);
    await row.waitFor(WAIT);
    expect(await row.innerText()).toContain(fullName(jongere));
    await row.locator('[data-testid="triage-link"]').click();
    await karim.page.locator('[data-testid="escalation-facts"]').waitFor(WAIT);
    await confirmAction(karim.page, 'accept');
    await expectState(karim.page, 'Geaccepteerd');
    await confirmAction(karim.page, 'schedule', (dialog) =>
      dialog.locator('[data-testid="action-session"]').selectOption(planned.id),
    );
    await expectState(karim.page, 'Geagendeerd');
    await karim.page.goto(`${baseUrl()}/actietafel/sessions/${planned.id}`);
    await karim.page.locator('[data-testid="session-transition-send-agenda"]').click();
    await karim.page.locator('[data-testid="session-transition-send-agenda"]').waitFor({ ...WAIT, state: 'detached' });

    // The chair runs the meeting in session mode.
    const marieke = await sessions.signIn(MARIEKE);
    await marieke.page.goto(`${baseUrl()}/actietafel/sessions/${planned.id}`);
    await marieke.page.locator('[data-testid="session-transition-start"]').click();
    await marieke.page.locator('[data-testid="session-run-link"]').click();
    const mode = marieke.page.locator('[data-testid="session-mode"]');
    await mode.waitFor(WAIT);
    await mode.locator('[data-testid="session-agenda-item"]', { hasText: jongere.lastName }).click();
    await mode.locator('[data-testid="session-current-title"]', { hasText: jongere.lastName }).waitFor(WAIT);
    await mode.locator('[data-testid="session-next-item"]', { hasText: 'Punt starten' }).click();
    await mode.locator('[data-testid="session-timer"]', { hasText: /Nog \d+ min/ }).waitFor(WAIT);
    await mode.locator('[data-testid="session-summary"]').fill('Woonplek is urgent; corporatie heeft geen aanbod.');
    await mode.locator('[data-testid="session-summary"]').blur();
    await mode.locator('[data-testid="session-summary-status"]', { hasText: 'Opgeslagen' }).waitFor(WAIT);

    await mode.locator('[data-testid="decision-text"]').fill('De gemeente financiert een tijdelijke kamer.');
    await mode.locator('[data-testid="decision-doorzettingsmacht"]').check();
    await mode
      .locator('[data-testid="decision-justification"]')
      .fill('Zonder woonplek valt de jongere op zijn 18e tussen wal en schip.');
    await mode.locator('[data-testid="decision-add"]').click();
    await mode.locator('[data-testid="decision"]', { hasText: 'tijdelijke kamer' }).waitFor(WAIT);

    const agreements = [
      { what: `Kamer bij Kamerpunt reserveren (${marker})`, owner: 'Sanne de Vries' },
      { what: `Zorgindicatie verlengen tot 18+ (${marker})`, owner: 'Youssef Bakker' },
    ];
    for (const agreement of agreements) {
      await mode.locator('[data-testid="agreement-what"]').fill(agreement.what);
      await selectOptionContaining(mode.locator('[data-testid="agreement-owner"]'), agreement.owner);
      await mode.locator('[data-testid="agreement-deadline"]').fill(inDays(14));
      // Enter in the last field adds the agreement, as a chair entering them quickly does.
      await mode.locator('[data-testid="agreement-deadline"]').press('Enter');
      await mode.locator('[data-testid="agreement"]', { hasText: agreement.what }).waitFor(WAIT);
    }

    await mode.locator('[data-testid="session-end"]').click();
    await marieke.page.getByRole('button', { name: 'Ja, sessie beëindigen' }).click();
    const minutes = marieke.page.locator('[data-testid="minutes-content"]');
    await minutes.waitFor(WAIT);
    const minutesText = await minutes.innerText();
    expect(minutesText).toContain(fullName(jongere));
    expect(minutesText).toContain('Zonder woonplek valt de jongere op zijn 18e tussen wal en schip.');
    for (const agreement of agreements) {
      expect(minutesText).toContain(agreement.what);
      expect(minutesText).toContain(agreement.owner);
    }

    // The minutes PDF exists and names the decision and the owners.
    const pdfHref = await marieke.page.locator('[data-testid="minutes-pdf"]').getAttribute('href');
    const pdf = await marieke.page.context().request.get(new URL(pdfHref ?? '', baseUrl()).toString());
    expect(pdf.status()).toBe(200);
    const body = await pdf.body();
    expect(body.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const text = await pdfText(body);
    expect(text).toContain('doorzettingsmacht');
    for (const agreement of agreements) expect(text).toContain(agreement.owner);

    // The owners see their agreements on their home page and finish them.
    await finishAgreement(sanne.page, agreements[0].what, 'Kamer is gereserveerd vanaf volgende maand.');
    const youssef = await sessions.signIn(YOUSSEF);
    await finishAgreement(youssef.page, agreements[1].what, 'Indicatie verlengd tot 1 jaar na de 18e verjaardag.');

    // The coordinator closes the escalation as resolved.
    await karim.page.goto(`${baseUrl()}/actietafel/escalations/${escalationId}`);
    await expectState(karim.page, 'Afspraken lopen');
    await confirmAction(karim.page, 'close', async (dialog) => {
      await dialog.locator('[data-testid="action-outcome-resolved"]').check();
      await dialog
        .locator('[data-testid="action-evaluation"]')
        .fill('Tijdelijke kamer geregeld, zorg loopt door na 18.');
    });
    await expectState(karim.page, 'Afgesloten');

    // The youth worker sees the outcome on the case.
    await sanne.page.goto(`${baseUrl()}/cases/${dossier.id}/actietafel/${escalationId}`);
    await expectState(sanne.page, 'Afgesloten');
    expect(await sanne.page.locator('[data-testid="escalation-outcome"]').innerText()).toContain(
      'Tijdelijke kamer geregeld',
    );
  });
});
