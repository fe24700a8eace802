import * as core from '@zxcvbn-ts/core';
import * as common from '@zxcvbn-ts/language-common';
import * as english from '@zxcvbn-ts/language-en';
import * as dutch from '@zxcvbn-ts/language-nl-be';
import { passwordCheck, personalWords } from './password-strength';

const passwordProblemsWithStrength = passwordCheck({ core, common, english, dutch });

describe('passwordCheck', () => {
  // First in the file on purpose: the estimator is built on first use, so only this test watches it being built
  // (Stryker runs just the tests that cover a line); it must see every dictionary and the keyboard graphs.
  it('estimates with the common-password lists and the Dutch and English words from the first check on', () => {
    expect(passwordProblemsWithStrength('welkom12345678')).toEqual(['common-password']);
    expect(passwordProblemsWithStrength('qwertyuiop1234')).toEqual(['common-password']);
    expect(passwordProblemsWithStrength('paarse fiets op de dijk')).toEqual([]);
  });

  it('refuses sixteen times the same letter, though it is long enough', () => {
    expect(passwordProblemsWithStrength('aaaaaaaaaaaaaaaa')).toEqual(['repeated-characters']);
  });

  it('refuses common passwords, also Dutch ones and with digits added', () => {
    expect(passwordProblemsWithStrength('welkom12345678')).toEqual(['common-password']);
    expect(passwordProblemsWithStrength('p@ssw0rd123456')).toEqual(['common-password']);
  });

  it('refuses keyboard rows and alphabet runs', () => {
    expect(passwordProblemsWithStrength('abcdefghijklmnop')).toEqual(['predictable-pattern']);
  });

  it('accepts a passphrase of several words', () => {
    expect(passwordProblemsWithStrength('paarse fiets op de dijk', 'an@example.nl')).toEqual([]);
    expect(passwordProblemsWithStrength('rivier-dijk-kers-veerpont-123')).toEqual([]);
  });

  it('keeps the length rules, and does not estimate what is already too short', () => {
    expect(passwordProblemsWithStrength('aaaa')).toEqual(['too-short']);
  });

  it('keeps refusing the email name', () => {
    expect(passwordProblemsWithStrength('jansen-welkom-paarse-fiets', 'jansen@example.nl')).toContain('contains-email');
  });

  it('refuses a password built from the words of the user’s own email address, also of its domain', () => {
    // Strong on its own (zxcvbn scores it 4), weak once it is known to be the user's own words.
    expect(passwordProblemsWithStrength('kwartelkoningzebravink', 'an@example.nl')).toEqual([]);
    expect(passwordProblemsWithStrength('kwartelkoningzebravink', 'an@kwartelkoningzebravink.nl')).toEqual([
      'personal-words',
    ]);
  });

  it.each(['.', '_', '+', '-', '..'])('splits the email name into words at "%s"', (separator) => {
    expect(passwordProblemsWithStrength('zebravinkkwartelkoning', 'an@example.nl')).toEqual([]);
    expect(
      passwordProblemsWithStrength('zebravinkkwartelkoning', `zebravink${separator}kwartelkoning@example.nl`),
    ).toEqual(['personal-words']);
  });

  it('reads the email address whatever its case', () => {
    expect(passwordProblemsWithStrength('zebravinkkwartelkoning', 'ZebraVink.KwartelKoning@Example.NL')).toEqual([
      'personal-words',
    ]);
  });

  it('checks an address without a domain by its name alone', () => {
    expect(passwordProblemsWithStrength('zebravinkkwartelkoning', 'zebravink.kwartelkoning')).toEqual([
      'personal-words',
    ]);
  });

  it('does not estimate what is too long either', () => {
    expect(passwordProblemsWithStrength('a'.repeat(129))).toEqual(['too-long']);
  });
});

describe('personalWords', () => {
  it('takes the whole name, its parts at . _ + and -, and the domain’s parts, each of at least 3 characters', () => {
    expect(personalWords('Sanne.de-Vries@Zorgpunt.nl')).toEqual(['sanne.de-vries', 'sanne', 'vries', 'zorgpunt']);
    expect(personalWords('bob_li+ks@ggd.nl')).toEqual(['bob_li+ks', 'bob', 'ggd']);
  });

  it('treats a run of separators as one', () => {
    expect(personalWords('sanne..vries@x.nl')).toEqual(['sanne..vries', 'sanne', 'vries']);
  });

  it('has no words without an email, and only the name’s for an address without a domain', () => {
    expect(personalWords(undefined)).toEqual([]);
    expect(personalWords('')).toEqual([]);
    expect(personalWords('sanne.vries')).toEqual(['sanne.vries', 'sanne', 'vries']);
  });
});
