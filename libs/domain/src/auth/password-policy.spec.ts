import { passwordProblems } from './password-policy';

describe('passwordProblems', () => {
  it('accepts a long passphrase', () => {
    expect(passwordProblems('paarse fiets op de dijk', 'an@example.nl')).toEqual([]);
  });

  it('rejects a password shorter than 12 characters', () => {
    expect(passwordProblems('kort123!', 'an@example.nl')).toContain('too-short');
  });

  it('rejects a password longer than 128 characters', () => {
    expect(passwordProblems('x'.repeat(129))).toContain('too-long');
  });

  it('rejects a password that contains the email name', () => {
    expect(passwordProblems('jansen-welkom-2026', 'Jansen@example.nl')).toContain('contains-email');
  });
});
