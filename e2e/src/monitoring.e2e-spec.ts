import { readFile } from 'node:fs/promises';
import { randomUUID } from 'node:crypto';
import { Workbook } from 'exceljs';
import type { Browser, Page } from 'playwright-core';
import type { CreateEscalationRequest, EscalationResponse } from '@sluitend/domain';
import { openCase, registerActietafelConsent } from './support/api';
import { Sessions, launchBrowser } from './support/browser';
import { WAIT } from './support/case-pages';
import { baseUrl } from './support/environment';
import { newJongere, today } from './support/jongeren';

const SANNE = 'jongerenwerker@demo.sluitend.nl';
const KARIM = 'coordinator@demo.sluitend.nl';

const REPORT_SHEETS = [
  'Overzicht',
  'Aanmeldingen per status',
  'Doorstroom per maand',
  'Doorlooptijden',
  'Per gemeente',
  'Per sector',
  'Redenen',
  'Afspraken over de deadline',
  'Signalen',
];

/** The dashboard has answered for the period in the address bar: its figures are on the page. */
async function dashboardShown(page: Page): Promise<void> {
  await page.locator('[data-testid="monitoring-dashboard"][aria-busy="false"]').waitFor(WAIT);
}

async function figure(page: Page, selector: string): Promise<number> {
  const text = (await page.locator(selector).innerText()).trim();
  const count = Number(text.replace(/\./g, ''));
  if (!Number.isInteger(count)) throw new Error(`not a count: ${JSON.stringify(text)}`);
  return count;
}

/**
 * The coordinator's dashboard in the browser: a period chosen, a figure followed to the list behind it, and
 * the report downloaded as the Excel file the region sends its funders.
 */
describe('the monitoring dashboard in the browser', () => {
  let browser: Browser;
  const sessions = new Sessions(() => browser);

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterEach(() => sessions.closeAll());

  afterAll(() => browser.close());

  it('changes the period, follows a figure to as many escalations as it said, and downloads the report', async () => {
    // An escalation submitted today, so today's figures are never all zero.
    const sanne = await sessions.signIn(SANNE);
    const jongere = newJongere();
    const dossier = await openCase(sanne.api, jongere);
    await registerActietafelConsent(sanne.api, dossier.id);
    const request: CreateEscalationRequest = {
      request: {
        reasonCode: 'waiting-list',
        reasonText: 'Al vier maanden op de wachtlijst voor begeleid wonen.',
        whatWasTried: 'Overbrugging via het wijkteam, geen plek gevonden.',
        question: `Wie biedt een overbruggingsplek? (${randomUUID().slice(0, 8)})`,
        urgency: 'normal',
        sectorsNeeded: ['jeugdhulp'],
      },
      submit: true,
    };
    const escalation = await sanne.api.post<EscalationResponse>(`/cases/${dossier.id}/escalations`, request);

    const karim = await sessions.signIn(KARIM);
    const page = karim.page;
    await page.goto(`${baseUrl()}/home`);
    await page.getByRole('link', { name: 'Monitoring' }).click();
    await dashboardShown(page);
    await page.getByRole('heading', { level: 1, name: 'Monitoring' }).waitFor(WAIT);

    // A preset puts its period in the address bar; then a period typed by hand: today only.
    await page.getByRole('button', { name: 'Vorig jaar' }).click();
    const lastYear = Number(today().slice(0, 4)) - 1;
    await page.waitForURL(`**/monitoring?from=${lastYear}-01-01&to=${lastYear}-12-31`, WAIT);
    await dashboardShown(page);
    await page.getByLabel('Van', { exact: true }).fill(today());
    await page.getByLabel('Tot en met', { exact: true }).fill(today());
    await page.getByRole('button', { name: 'Toepassen' }).click();
    await page.waitForURL(`**/monitoring?from=${today()}&to=${today()}`, WAIT);
    await dashboardShown(page);

    const waiting = await figure(page, '[data-state="submitted"] [data-testid="state-count"]');
    expect(waiting).toBeGreaterThanOrEqual(1);
    await page.getByRole('link', { name: `${waiting} escalaties met status Ingediend: toon de lijst` }).click();
    await page.waitForURL(
      `**/actietafel/escalations?state=submitted&submittedFrom=${today()}&submittedTo=${today()}`,
      WAIT,
    );
    const queue = page.locator('[data-testid="escalation-queue"][aria-busy="false"]');
    await queue.waitFor(WAIT);
    await page.locator(`[data-testid="triage-row"][data-escalation-id="${escalation.id}"]`).waitFor(WAIT);
    expect(await page.locator('[data-testid="triage-row"]').count()).toBe(Math.min(waiting, 20));
    expect(await queue.innerText()).toContain(`Gevonden escalaties: ${waiting}`);
    expect(await page.locator('[data-testid="queue-drill-down"]').innerText()).toContain('Ingediend van');

    // Back to the dashboard with the same period, on to the report and its Excel file.
    await page.goBack();
    await page.waitForURL(`**/monitoring?from=${today()}&to=${today()}`, WAIT);
    await page.getByRole('link', { name: 'Rapportage maken' }).click();
    await page.waitForURL(`**/monitoring/report?from=${today()}&to=${today()}`, WAIT);
    await page.locator('[data-testid="monitoring-report"]').waitFor(WAIT);
    const [download] = await Promise.all([
      page.waitForEvent('download', WAIT),
      page.getByRole('link', { name: 'Download Excel (.xlsx)' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe(`monitoring-${today()}-${today()}.xlsx`);
    const workbook = new Workbook();
    const file = await readFile(await download.path());
    await workbook.xlsx.load(file.buffer.slice(file.byteOffset, file.byteOffset + file.byteLength) as ArrayBuffer);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(REPORT_SHEETS);

    // Aggregates only: the jongere behind the figures appears nowhere in the file.
    const cells: string[] = [];
    workbook.eachSheet((sheet) =>
      sheet.eachRow((row) => row.eachCell((cell) => void cells.push(String(cell.text ?? '')))),
    );
    expect(cells.join('\n')).not.toContain(jongere.lastName);
    expect(cells.join('\n')).not.toContain(jongere.bsn);
  });
});
