/** Values the global set-up hands to the test files through the environment of the Jest workers. */
export const E2E_PASSWORD = 'e2e-demo-wachtwoord';

export function baseUrl(): string {
  const url = process.env['E2E_BASE_URL'];
  if (!url) throw new Error('E2E_BASE_URL is not set: the global set-up did not run');
  return url;
}

export const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
