import * as core from '@zxcvbn-ts/core';
import * as common from '@zxcvbn-ts/language-common';
import * as english from '@zxcvbn-ts/language-en';
import * as dutch from '@zxcvbn-ts/language-nl-be';
import { passwordCheck } from './password-strength';

const passwordProblemsWithStrength = passwordCheck({ core, common, english, dutch });

describe('passwordCheck', () => {
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
});
