import type { Page } from 'playwright-core';
import { baseUrl } from './environment';
import { selectOptionContaining } from './forms';
import { fullName, type Jongere } from './jongeren';

export const WAIT = { timeout: 15_000 } as const;

/**
 * Opens a case through the new-case form, with the jongere's consent for the user's own
 * organisation in its Toestemming fieldset. Answers the case's URL (without the tab).
 */
export async function openCaseThroughForm(page: Page, jongere: Jongere, municipality = 'Tiel'): Promise<string> {
  await page.goto(`${baseUrl()}/cases`);
  await page.locator('[data-testid="new-case-button"]').click();
  const form = page.locator('[data-testid="case-form"]');
  await form.getByLabel('Voornaam').fill(jongere.firstName);
  await form.getByLabel('Achternaam').fill(jongere.lastName);
  await form.getByLabel('Geboortedatum').fill(jongere.dateOfBirth);
  await form.getByLabel('BSN (niet verplicht)').fill(jongere.bsn);
  await selectOptionContaining(form.getByLabel('Gemeente', { exact: true }), municipality);
  // Of 17 the jongere decides alone; the date of the consent is today already.
  await form.locator('[data-testid="new-case-consent"]').getByLabel('De jongere').check();
  await form.getByRole('button', { name: 'Dossier aanmaken' }).click();
  const heading = page.locator('[data-testid="case-page"] h1', { hasText: fullName(jongere) });
  await heading.waitFor(WAIT);
  return page.url().replace(/\/overview$/, '');
}

export async function addColleagueThroughTeamTab(page: Page, caseUrl: string, name: string, part: string) {
  await page.goto(`${caseUrl}/team`);
  await page.getByLabel('Zoek een collega').fill(name.split(' ')[0]);
  await page
    .getByRole('button', { name: new RegExp(name) })
    .first()
    .click();
  await page.getByLabel(`Rol van ${name}`).fill(part);
  await page.getByRole('button', { name: `${name} toevoegen aan het team` }).click();
  await page.locator('[data-testid="team-table"]', { hasText: name }).waitFor(WAIT);
}

/**
 * Registers the jongere's consent in the Toestemmingen tab, for one organisation (by the start of
 * its name) or for a whole sector (by its Dutch label).
 */
export async function registerConsentThroughTab(
  page: Page,
  caseUrl: string,
  target: { organisation: string } | { sector: string },
): Promise<void> {
  await page.goto(`${caseUrl}/consents`);
  await page.locator('#add-consent').click();
  const form = page.locator('[data-testid="consent-form"]');
  if ('organisation' in target) {
    await form.getByLabel('Eén organisatie').check();
    await selectOptionContaining(form.getByLabel('Organisatie', { exact: true }), target.organisation);
  } else {
    await form.getByLabel('Alle organisaties van een sector').check();
    await form.getByLabel('Sector', { exact: true }).selectOption({ label: target.sector });
  }
  await form.getByLabel('De jongere').check();
  await form.getByRole('button', { name: 'Toestemming vastleggen' }).click();
  await page.getByText('De toestemming is vastgelegd.').waitFor(WAIT);
  const row = 'organisation' in target ? target.organisation : `Sector ${target.sector}`;
  await page.locator('[data-testid="consent-table"] tr', { hasText: row }).first().waitFor(WAIT);
}
