import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser, signInThroughForm } from './support/browser';
import { addColleagueThroughTeamTab, openCaseThroughForm, registerConsentThroughTab } from './support/case-pages';
import { baseUrl, E2E_PASSWORD } from './support/environment';
import { selectOptionContaining } from './support/forms';
import { newJongere } from './support/jongeren';

const WORKER = 'jongerenwerker@demo.sluitend.nl';
const SCHOOL = 'school@demo.sluitend.nl';
const ACTION = 'Stagegesprek plannen bij het bouwbedrijf';

describe('a case and its toekomstplan in the browser', () => {
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  let caseUrl = '';

  async function signedIn(email: string): Promise<Page> {
    const context = await browser.newContext({ locale: 'nl-NL' });
    contexts.push(context);
    const page = await context.newPage();
    await signInThroughForm(page, baseUrl(), email, E2E_PASSWORD);
    await page.locator('[data-testid^="home-"]').waitFor({ timeout: 15_000 });
    return page;
  }

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser.close();
  });

  it('lets the youth worker open a case with consent, add a school colleague to its team and register consent for the school sector', async () => {
    const page = await signedIn(WORKER);
    // Opened with the jongere's consent for the youth worker's own organisation.
    caseUrl = await openCaseThroughForm(page, newJongere());
    await addColleagueThroughTeamTab(page, caseUrl, 'Linda Verhoef', 'mentor school');
    // Without consent for her school the colleague would see only that the case exists.
    await registerConsentThroughTab(page, caseUrl, { sector: 'Onderwijs' });
  });

  it('lets the youth worker fill in the plan with a goal and an action owned by the colleague', async () => {
    const page = await signedIn(WORKER);
    await page.goto(`${caseUrl}/toekomstplan`);
    const editor = page.locator('[data-testid="plan-editor"]');
    await editor.waitFor({ timeout: 15_000 });
    await editor.getByLabel('Wat ik wil').fill('Ik wil een stage in de bouw.');
    await editor.getByRole('button', { name: 'Doel toevoegen bij Wonen' }).click();
    await editor.getByLabel('Omschrijving van het doel').first().fill('Een stageplek vinden');
    await editor
      .getByRole('button', { name: /Actie toevoegen bij doel 1/ })
      .first()
      .click();
    await editor.getByLabel('Wat gaat er gebeuren?').first().fill(ACTION);
    await selectOptionContaining(editor.getByLabel('Wie doet het?').first(), 'Linda Verhoef');
    await page.locator('[data-testid="plan-save"]').click();
    await page.locator('[data-testid="plan-version"]', { hasText: /Versie 1,/ }).waitFor({ timeout: 15_000 });
  });

  it("shows the action under the colleague's Mijn acties, where she marks it done", async () => {
    const page = await signedIn(SCHOOL);
    const myActions = page.locator('[data-testid="my-actions"]');
    await myActions.getByText(ACTION).first().waitFor({ timeout: 15_000 });
    await myActions.getByLabel(`Status van ${ACTION}`).selectOption('done');
    await page.getByText(`De actie ${ACTION} is klaar.`).waitFor({ timeout: 15_000 });

    const worker = await signedIn(WORKER);
    await worker.goto(`${caseUrl}/timeline`);
    await worker.locator('[data-testid="timeline"]', { hasText: 'Linda Verhoef' }).waitFor({ timeout: 15_000 });
  });

  it('shows the conflict dialog to the second of two people saving the same plan', async () => {
    const first = await signedIn(WORKER);
    const second = await signedIn(SCHOOL);
    for (const page of [first, second]) {
      await page.goto(`${caseUrl}/toekomstplan`);
      await page.locator('[data-testid="plan-editor"]').waitFor({ timeout: 15_000 });
    }
    const versionLine = first.locator('[data-testid="plan-version"]');
    const before = await versionLine.innerText();
    await first.getByLabel('Waar ik goed in ben').fill('Ik ben handig.');
    await first.locator('[data-testid="plan-save"]').click();
    await first.waitForFunction(
      (previous) => document.querySelector('[data-testid="plan-version"]')?.textContent?.trim() !== previous.trim(),
      before,
      { timeout: 15_000 },
    );

    await second.getByLabel('Wie mij helpt').fill('Mijn mentor.');
    await second.locator('[data-testid="plan-save"]').click();
    const dialog = second.locator('[data-testid="conflict-dialog"]');
    await dialog.waitFor({ state: 'visible', timeout: 15_000 });
    expect(await dialog.innerText()).toContain('Iemand anders heeft het plan intussen opgeslagen');
  });
});
