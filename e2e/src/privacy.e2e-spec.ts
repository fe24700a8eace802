import { readFile } from 'node:fs/promises';
import { randomUUID } from 'node:crypto';
import type { Browser, Download, Page } from 'playwright-core';
import type { SubjectAccessReport } from '@sluitend/domain';
import { addTeamMember, openCase, registerSectorConsent } from './support/api';
import { Sessions, launchBrowser } from './support/browser';
import { WAIT, addColleagueThroughTeamTab, openCaseThroughForm, registerConsentThroughTab } from './support/case-pages';
import { baseUrl } from './support/environment';
import { fullName, newJongere } from './support/jongeren';

const SANNE = 'jongerenwerker@demo.sluitend.nl';
const LINDA = 'school@demo.sluitend.nl';
const YOUSSEF = 'jeugdhulp@demo.sluitend.nl';
const FATIMA = 'privacy@demo.sluitend.nl';

/** Every test opens cases of its own, for jongeren no other test knows, so the order never matters. */
describe('privacy and access in the browser', () => {
  let browser: Browser;
  const sessions = new Sessions(() => browser);

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterEach(() => sessions.closeAll());

  afterAll(() => browser.close());

  async function download(page: Page, button: string): Promise<{ file: Download; content: Buffer }> {
    const [file] = await Promise.all([
      page.waitForEvent('download', WAIT),
      page.getByRole('button', { name: button }).click(),
    ]);
    const path = await file.path();
    return { file, content: await readFile(path) };
  }

  it('refuses a professional of another organisation the dossier until consent for that organisation is registered', async () => {
    const sanne = await sessions.signIn(SANNE);
    const jongere = newJongere();
    const caseUrl = await openCaseThroughForm(sanne.page, jongere);
    await addColleagueThroughTeamTab(sanne.page, caseUrl, 'Linda Verhoef', 'mentor school');

    const linda = await sessions.signIn(LINDA);
    await linda.page.goto(`${caseUrl}/overview`);
    const refusal = linda.page.locator('[data-testid="consent-required"]');
    await refusal.waitFor(WAIT);
    expect(await refusal.innerText()).toContain('Casusregisseur: Sanne de Vries (Jongerenwerk Rivierenland).');
    const closedPage = await linda.page.locator('[data-testid="case-page"]').innerText();
    expect(closedPage).toContain('Afgeschermd dossier');
    expect(closedPage).not.toContain(jongere.lastName);

    await registerConsentThroughTab(sanne.page, caseUrl, { organisation: 'Praktijkschool Tiel' });

    await linda.page.reload();
    await linda.page.locator('[data-testid="case-page"] h1', { hasText: fullName(jongere) }).waitFor(WAIT);
    await linda.page.locator('[data-testid="case-data"]').waitFor(WAIT);
    expect(await refusal.count()).toBe(0);
  });

  it('gives a professional outside the team read-only emergency access for a stated reason, and shows it to the casusregisseur', async () => {
    const sanne = await sessions.signIn(SANNE);
    const jongere = newJongere();
    const dossier = await openCase(sanne.api, jongere);
    const reason = `Acute crisismelding, de jongere is sinds gisteren onvindbaar (melding ${randomUUID().slice(0, 8)})`;

    const youssef = await sessions.signIn(YOUSSEF);
    await youssef.page.goto(`${baseUrl()}/cases`);
    await youssef.page.locator('[data-testid="emergency-access-button"]').click();
    const form = youssef.page.locator('[data-testid="emergency-form"]');
    await form.getByLabel('BSN', { exact: true }).fill(jongere.bsn);
    await form.getByLabel('Waarom hebt u nu toegang nodig?').fill(reason);
    await form.getByRole('button', { name: 'Noodtoegang openen' }).click();

    const banner = youssef.page.locator('[data-testid="emergency-banner"]');
    await banner.waitFor(WAIT);
    expect(new URL(youssef.page.url()).pathname).toBe(`/cases/${dossier.id}/overview`);
    expect(await banner.innerText()).toMatch(/Noodtoegang — alleen lezen, tot \d\d:\d\d/);
    expect(await youssef.page.locator('[data-testid="case-page"] h1').innerText()).toBe(fullName(jongere));
    await youssef.page.locator('[data-testid="case-data"]').waitFor(WAIT);
    // Read-only: no edit button, and no Toegang tab for someone who does not lead the case.
    expect(await youssef.page.locator('#edit-case-button').count()).toBe(0);
    expect(await youssef.page.getByRole('link', { name: 'Toegang', exact: true }).count()).toBe(0);

    const caseUrl = `${baseUrl()}/cases/${dossier.id}`;
    await sanne.page.goto(`${caseUrl}/timeline`);
    await sanne.page
      .locator('[data-testid="timeline"] li', { hasText: reason })
      .filter({ hasText: 'Youssef Bakker' })
      .waitFor(WAIT);

    await sanne.page.goto(`${caseUrl}/access-log`);
    const flagged = sanne.page.locator('[data-testid="access-log"] tr[data-flag="emergency"]', {
      hasText: 'Noodtoegang gevraagd',
    });
    await flagged.first().waitFor(WAIT);
    expect(await flagged.first().innerText()).toContain('Youssef Bakker');
    expect(await flagged.first().innerText()).toContain(`Reden: ${reason}`);

    await sanne.page.goto(`${baseUrl()}/home`);
    const card = sanne.page.locator('[data-testid="emergency-accesses"]');
    const row = card.locator('tr', { hasText: reason });
    await row.waitFor(WAIT);
    expect(await card.locator('h2').innerText()).toBe('Noodtoegang');
    expect(await row.innerText()).toContain('Youssef Bakker');
    expect(await row.innerText()).toContain('Actief');
  });

  it('shows the casusregisseur in the Toegang tab who looked at the dossier', async () => {
    const sanne = await sessions.signIn(SANNE);
    const jongere = newJongere();
    const dossier = await openCase(sanne.api, jongere);
    await addTeamMember(sanne.api, dossier.id, 'Youssef Bakker', 'jeugdhulpverlener');
    await registerSectorConsent(sanne.api, dossier.id, 'jeugdhulp');
    const caseUrl = `${baseUrl()}/cases/${dossier.id}`;

    const youssef = await sessions.signIn(YOUSSEF);
    await youssef.page.goto(`${caseUrl}/overview`);
    await youssef.page.locator('[data-testid="case-data"]').waitFor(WAIT);
    expect(await youssef.page.locator('[data-testid="case-page"] h1').innerText()).toBe(fullName(jongere));

    await sanne.page.goto(`${caseUrl}/access-log`);
    const read = sanne.page
      .locator('[data-testid="access-log"] tbody tr', { hasText: 'Youssef Bakker' })
      .filter({ hasText: 'Ingezien' });
    await read.first().waitFor(WAIT);
    expect(await read.first().innerText()).toContain('Jeugd-GGZ Betuwe');
    expect(await read.first().innerText()).toContain('Toestemming');
  });

  it('downloads the inzage export as JSON with the case, plan versions, consents and access log, and as PDF', async () => {
    const sanne = await sessions.signIn(SANNE);
    const jongere = newJongere();
    const dossier = await openCase(sanne.api, jongere);
    const caseUrl = `${baseUrl()}/cases/${dossier.id}`;
    await sanne.page.goto(`${caseUrl}/toekomstplan`);
    await sanne.page.locator('[data-testid="plan-editor"]').getByLabel('Wat ik wil').fill('Een eigen kamer.');
    await sanne.page.locator('[data-testid="plan-save"]').click();
    await sanne.page.locator('[data-testid="plan-version"]', { hasText: /Versie 1,/ }).waitFor(WAIT);

    await sanne.page.getByRole('link', { name: 'Toegang', exact: true }).click();
    await sanne.page.locator('[data-testid="privacy-actions"]').waitFor(WAIT);

    const json = await download(sanne.page, 'Inzage-export downloaden (JSON)');
    expect(json.file.suggestedFilename()).toBe(`inzage-${dossier.id}.json`);
    const report = JSON.parse(json.content.toString('utf8')) as SubjectAccessReport;
    expect(report.case).toMatchObject({ id: dossier.id, firstName: jongere.firstName, lastName: jongere.lastName });
    expect(report.toekomstplanVersions.length).toBeGreaterThanOrEqual(1);
    expect(report.toekomstplanVersions.map((version) => version.content.myFuture.whatIWant)).toContain(
      'Een eigen kamer.',
    );
    expect(report.consents).toEqual([
      expect.objectContaining({ organisationName: 'Jongerenwerk Rivierenland', givenBy: ['jongere'] }),
    ]);
    expect(report.accessLog.length).toBeGreaterThan(0);
    expect(report.accessLog.every((event) => event.caseIds.includes(dossier.id))).toBe(true);
    await sanne.page.getByText(`Het bestand inzage-${dossier.id}.json is gedownload.`).waitFor(WAIT);

    const pdf = await download(sanne.page, 'Inzage-export downloaden (PDF)');
    expect(pdf.file.suggestedFilename()).toBe(`inzage-${dossier.id}.pdf`);
    expect(pdf.content.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  });

  it('lets the privacy officer search the access log for a case and find the chain intact', async () => {
    const sanne = await sessions.signIn(SANNE);
    const jongere = newJongere();
    const dossier = await openCase(sanne.api, jongere);

    const fatima = await sessions.signIn(FATIMA);
    await fatima.page.goto(`${baseUrl()}/privacy/access-log`);
    await fatima.page.getByLabel('Dossiernummer').fill(dossier.id);
    await fatima.page.getByRole('button', { name: 'Zoeken' }).click();
    // Before the search the page lists every event: wait until only the case's own are left.
    await fatima.page.waitForFunction(
      (caseId) => {
        const rows = Array.from(document.querySelectorAll('[data-testid="audit-log"] tbody tr'));
        return rows.length > 0 && rows.every((row) => row.textContent?.includes(caseId));
      },
      dossier.id,
      WAIT,
    );
    const log = fatima.page.locator('[data-testid="audit-log"]');
    const created = log.locator('tbody tr', { hasText: 'Sanne de Vries' }).filter({ hasText: 'Aanmaken' });
    expect(await created.count()).toBe(1);
    // The officer sees who did what, never what the dossier holds.
    expect(await log.innerText()).not.toContain(jongere.lastName);

    await fatima.page.getByRole('button', { name: 'Keten controleren' }).click();
    const verdict = fatima.page.locator('[data-testid="audit-verify"]').getByText(/De keten is intact/);
    await verdict.waitFor(WAIT);
    expect(await verdict.innerText()).toMatch(/De keten is intact: \d+ gebeurtenissen gecontroleerd op /);
    // Anchored outside the database: the API signed a checkpoint at start, in the run's DATA_DIR.
    const anchor = fatima.page
      .locator('[data-testid="audit-verify"]')
      .getByText(/Verankerd: het log reikt tot controlepunt \d+/);
    await anchor.waitFor(WAIT);
  });
});
