import type { Locator } from 'playwright-core';

/** Chooses the option whose visible text contains `text` (option texts often add an organisation). */
export async function selectOptionContaining(select: Locator, text: string): Promise<void> {
  // The options often come from the API after the form is shown.
  await select.locator('option', { hasText: text }).first().waitFor({ state: 'attached', timeout: 15_000 });
  const value = await select.evaluate((element, wanted) => {
    const options = Array.from((element as HTMLSelectElement).options);
    return options.find((option) => option.text.includes(wanted))?.value ?? null;
  }, text);
  if (value === null) throw new Error(`no option containing "${text}"`);
  await select.selectOption(value);
}
