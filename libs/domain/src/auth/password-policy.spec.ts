import {
  PASSWORD_MAX_LENGTH,
  PASSWORD_MIN_LENGTH,
  PASSWORD_MIN_STRENGTH,
  passwordProblems,
  passwordStrengthProblem,
} from './password-policy';

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

  it('sets the limits at 12 and 128 characters, as NIST SP 800-63B allows', () => {
    expect(PASSWORD_MIN_LENGTH).toBe(12);
    expect(PASSWORD_MAX_LENGTH).toBe(128);
  });

  it('accepts exactly 12 characters and refuses 11 as too short, and nothing else', () => {
    expect(passwordProblems('a'.repeat(12))).toEqual([]);
    expect(passwordProblems('a'.repeat(11))).toEqual(['too-short']);
  });

  it('accepts exactly 128 characters and refuses 129 as too long, and nothing else', () => {
    expect(passwordProblems('a'.repeat(128))).toEqual([]);
    expect(passwordProblems('a'.repeat(129))).toEqual(['too-long']);
  });

  it('counts characters, so 12 letters with accents or spaces are long enough', () => {
    expect(passwordProblems('één twee drie'.slice(0, 12))).toEqual([]);
  });

  it('rejects a password that contains the email name', () => {
    expect(passwordProblems('jansen-welkom-2026', 'Jansen@example.nl')).toContain('contains-email');
  });

  it('finds the email name whatever the case of the password', () => {
    expect(passwordProblems('welkom-JANSEN-2026', 'jansen@example.nl')).toEqual(['contains-email']);
  });

  it('refuses an email name of exactly 4 characters but ignores one of 3 or fewer, which too many passwords contain', () => {
    expect(passwordProblems('welkom-jans-2026', 'jans@example.nl')).toEqual(['contains-email']);
    expect(passwordProblems('welkom-ans-2026x', 'ans@example.nl')).toEqual([]);
    expect(passwordProblems('welkom-an-2026xx', 'an@example.nl')).toEqual([]);
  });

  it('looks only at the name before the @, not at the domain', () => {
    expect(passwordProblems('example-welkom-2026', 'jansen@example.nl')).toEqual([]);
  });

  it('reports the email name also in a password of the wrong length, beside the length', () => {
    expect(passwordProblems('jansen', 'jansen@example.nl')).toEqual(['too-short', 'contains-email']);
  });

  it('checks no email name when no email is given', () => {
    expect(passwordProblems('jansen-welkom-2026')).toEqual([]);
    expect(passwordProblems('jansen-welkom-2026', '')).toEqual([]);
  });
});

describe('passwordStrengthProblem', () => {
  it('asks for at least strength 3 of zxcvbn’s 0 to 4 (about 10^8 guesses)', () => {
    expect(PASSWORD_MIN_STRENGTH).toBe(3);
    expect(passwordStrengthProblem({ score: 4, sequence: [] })).toBeNull();
    expect(passwordStrengthProblem({ score: 3, sequence: [] })).toBeNull();
    expect(passwordStrengthProblem({ score: 2, sequence: [] })).toBe('too-guessable');
  });

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

  it('ranks a repeat before a keyboard row, and a keyboard row before the user’s own words', () => {
    const userWord = { pattern: 'dictionary', dictionaryName: 'userInputs' };
    expect(
      passwordStrengthProblem({ score: 1, sequence: [userWord, { pattern: 'spatial' }, { pattern: 'repeat' }] }),
    ).toBe('repeated-characters');
    expect(passwordStrengthProblem({ score: 1, sequence: [userWord, { pattern: 'sequence' }] })).toBe(
      'predictable-pattern',
    );
  });

  it('names the user’s own words when they are the only telling piece among others', () => {
    const userWord = { pattern: 'dictionary', dictionaryName: 'userInputs' };
    expect(passwordStrengthProblem({ score: 2, sequence: [{ pattern: 'bruteforce' }, userWord] })).toBe(
      'personal-words',
    );
  });

  it('counts as a known password only a match in a passwords list, not a word from another dictionary', () => {
    const word = (dictionaryName?: string) => ({ score: 1, sequence: [{ pattern: 'dictionary', dictionaryName }] });
    expect(passwordStrengthProblem(word('passwords'))).toBe('common-password');
    expect(passwordStrengthProblem(word('commonWords-nl'))).toBe('too-guessable');
    expect(passwordStrengthProblem(word('my-passwords'))).toBe('too-guessable');
    expect(passwordStrengthProblem(word(undefined))).toBe('too-guessable');
  });

  it('takes a list name only from a dictionary match', () => {
    expect(
      passwordStrengthProblem({ score: 1, sequence: [{ pattern: 'bruteforce', dictionaryName: 'passwords' }] }),
    ).toBe('too-guessable');
    expect(
      passwordStrengthProblem({ score: 1, sequence: [{ pattern: 'bruteforce', dictionaryName: 'userInputs' }] }),
    ).toBe('too-guessable');
  });

  it('says "too guessable" when no single piece explains a weak estimate', () => {
    expect(passwordStrengthProblem({ score: 2, sequence: [{ pattern: 'bruteforce' }] })).toBe('too-guessable');
  });
});
