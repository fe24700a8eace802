import { randomInt } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const WORDS = [
  'rivier',
  'dijk',
  'uiterwaard',
  'kers',
  'appel',
  'peer',
  'veerpont',
  'molen',
  'polder',
  'betuwe',
  'waal',
  'linge',
];

/**
 * DEMO_PASSWORD when given; otherwise one generated on first start and kept under the data
 * folder, so that a restart of the demo still accepts the password it printed before.
 */
export function resolveDemoPassword(configured: string | undefined, dataDir: string): string {
  if (configured) return configured;
  const file = join(dataDir, 'demo-password');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  const words = Array.from({ length: 4 }, () => WORDS[randomInt(WORDS.length)]);
  const password = `${words.join('-')}-${randomInt(100, 1000)}`;
  mkdirSync(dataDir, { recursive: true });
  writeFileSync(file, password, { mode: 0o600 });
  return password;
}

const DEMO_ACCOUNTS =
  'admin@demo.sluitend.nl (and coordinator@, chair@, member@, jongerenwerker@, jeugdhulp@, school@, werk@, privacy@demo.sluitend.nl)';

/**
 * The start-up line that tells where to sign in. A production log is shipped and kept elsewhere, so there it
 * says where the password is, never the password itself.
 */
export function demoSignInNotice(
  nodeEnv: string,
  password: string,
  source: { configured: boolean; dataDir: string },
): string {
  if (nodeEnv !== 'production') return `Demo sign-in: ${DEMO_ACCOUNTS} with password: ${password}`;
  const where = source.configured ? 'DEMO_PASSWORD' : join(source.dataDir, 'demo-password');
  return `Demo sign-in: ${DEMO_ACCOUNTS} with the password in ${where}`;
}
