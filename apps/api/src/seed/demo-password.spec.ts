import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkPassword } from '../users/dto/password-check';
import { demoSignInNotice, resolveDemoPassword } from './demo-password';

describe('resolveDemoPassword', () => {
  let dir: string;

  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'demo-pw-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('uses DEMO_PASSWORD when it is set', () => {
    expect(resolveDemoPassword('mijn-eigen-demo-wachtwoord', dir)).toBe('mijn-eigen-demo-wachtwoord');
  });

  it('generates a password that meets the policy and keeps it for the next start', () => {
    const first = resolveDemoPassword(undefined, dir);
    expect(checkPassword(first)).toEqual([]);
    expect(readFileSync(join(dir, 'demo-password'), 'utf8')).toBe(first);
    expect(resolveDemoPassword(undefined, dir)).toBe(first);
  });
});

describe('demoSignInNotice', () => {
  const password = 'rivier-dijk-kers-veerpont-123';

  it('never writes the demo password into a production log', () => {
    expect(demoSignInNotice('production', password, { configured: false, dataDir: '/data' })).not.toContain(password);
    expect(demoSignInNotice('production', password, { configured: false, dataDir: '/data' })).toContain(
      join('/data', 'demo-password'),
    );
    expect(demoSignInNotice('production', password, { configured: true, dataDir: '/data' })).not.toContain(password);
  });

  it('prints the demo password on a development machine', () => {
    expect(demoSignInNotice('development', password, { configured: false, dataDir: '.data' })).toContain(password);
  });
});
