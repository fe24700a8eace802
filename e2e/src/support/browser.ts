import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { ApiSession, signInThroughApi } from './api';
import { CHROMIUM } from './environment';

/** Debian's Chromium, never a downloaded one; the flags keep it off the (closed) network. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

export async function signInThroughForm(page: Page, baseUrl: string, email: string, password: string): Promise<void> {
  await page.goto(`${baseUrl}/login`);
  await page.locator('#email').fill(email);
  await page.locator('#password').fill(password);
  await page.locator('button[type=submit]').click();
}

/** One signed-in user in a browser context of their own: the page, and the API with the same session. */
export interface Session {
  page: Page;
  api: ApiSession;
}

/** Browser contexts for the users of one test file, each signed in through the API; closed together. */
export class Sessions {
  private readonly contexts: BrowserContext[] = [];

  constructor(private readonly browser: () => Browser) {}

  async signIn(email: string): Promise<Session> {
    const context = await this.browser().newContext({ locale: 'nl-NL', timezoneId: 'Europe/Amsterdam' });
    this.contexts.push(context);
    const api = await signInThroughApi(context, email);
    return { page: await context.newPage(), api };
  }

  async closeAll(): Promise<void> {
    for (const context of this.contexts.splice(0)) await context.close();
  }
}
