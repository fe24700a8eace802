import { passwordProblems, passwordStrengthProblem } from './password-policy';

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

describe('passwordStrengthProblem', () => {
  it('accepts an estimate of at least the minimum strength whatever it was built from', () => {
    expect(passwordStrengthProblem({ score: 3, sequence: [{ pattern: 'repeat' }] })).toBeNull();
  });

  it('names a known password before any other weakness', () => {
    const estimate = {
      score: 1,
      sequence: [{ pattern: 'repeat' }, { pattern: 'dictionary', dictionaryName: 'passwords-common' }],
    };
    expect(passwordStrengthProblem(estimate)).toBe('common-password');
  });

  it('names repeats, keyboard rows and sequences, and words from the user’s own details', () => {
    expect(passwordStrengthProblem({ score: 0, sequence: [{ pattern: 'repeat' }] })).toBe('repeated-characters');
    expect(passwordStrengthProblem({ score: 1, sequence: [{ pattern: 'spatial' }] })).toBe('predictable-pattern');
    expect(passwordStrengthProblem({ score: 1, sequence: [{ pattern: 'sequence' }] })).toBe('predictable-pattern');
    expect(
      passwordStrengthProblem({ score: 2, sequence: [{ pattern: 'dictionary', dictionaryName: 'userInputs' }] }),
    ).toBe('personal-words');
  });

  it('says "too guessable" when no single piece explains a weak estimate', () => {
    expect(passwordStrengthProblem({ score: 2, sequence: [{ pattern: 'bruteforce' }] })).toBe('too-guessable');
  });
});
