import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser, signInThroughForm } from './support/browser';
import { baseUrl, E2E_PASSWORD } from './support/environment';

const HOMES: ReadonlyArray<{ email: string; role: string; heading: string }> = [
  { email: 'admin@demo.sluitend.nl', role: 'admin', heading: 'Beheer' },
  { email: 'coordinator@demo.sluitend.nl', role: 'actietafel-coordinator', heading: 'Escalaties' },
  { email: 'chair@demo.sluitend.nl', role: 'actietafel-chair', heading: 'Actietafel-sessies' },
  { email: 'member@demo.sluitend.nl', role: 'actietafel-member', heading: 'Mijn Actietafel-agenda' },
  { email: 'jongerenwerker@demo.sluitend.nl', role: 'professional', heading: 'Mijn dossiers' },
  { email: 'jeugdhulp@demo.sluitend.nl', role: 'professional', heading: 'Mijn dossiers' },
  { email: 'school@demo.sluitend.nl', role: 'professional', heading: 'Mijn dossiers' },
  { email: 'werk@demo.sluitend.nl', role: 'professional', heading: 'Mijn dossiers' },
  { email: 'privacy@demo.sluitend.nl', role: 'privacy-officer', heading: 'Privacy' },
];

describe('signing in to the web app', () => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(() => browser.close());

  beforeEach(async () => {
    context = await browser.newContext({ locale: 'nl-NL' });
    page = await context.newPage();
  });

  afterEach(() => context.close());

  it.each(HOMES)('brings $email to the $role home page', async ({ email, role, heading }) => {
    await signInThroughForm(page, baseUrl(), email, E2E_PASSWORD);
    const home = page.locator(`[data-testid="home-${role}"]`);
    await home.waitFor({ state: 'visible', timeout: 15_000 });
    expect(await home.locator('h1').innerText()).toBe(heading);
  });

  it('shows an error for a wrong password and stays on the login page', async () => {
    await signInThroughForm(page, baseUrl(), 'jongerenwerker@demo.sluitend.nl', 'helemaal verkeerd wachtwoord');
    const alert = page.locator('[role="alert"]');
    await alert.first().waitFor({ state: 'visible', timeout: 15_000 });
    expect((await alert.first().innerText()).length).toBeGreaterThan(0);
    expect(new URL(page.url()).pathname).toBe('/login');
  });

  it('sends a visitor who is not signed in to the login page', async () => {
    await page.goto(`${baseUrl()}/home`);
    await page.locator('#email').waitFor({ state: 'visible', timeout: 15_000 });
    expect(new URL(page.url()).pathname).toBe('/login');
  });
});
