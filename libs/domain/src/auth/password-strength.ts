import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import * as common from '@zxcvbn-ts/language-common';
import * as english from '@zxcvbn-ts/language-en';
import * as dutch from '@zxcvbn-ts/language-nl-be';
import { passwordProblems, passwordStrengthProblem, type PasswordProblem } from './password-policy';

/*
 * Not exported from the domain's index: the dictionaries weigh megabytes. The API imports this module
 * through `@sluitend/domain/password-strength`; the web app loads it lazily, only on a form that sets a password.
 */

let estimator: ZxcvbnFactory | undefined;

// Built on first use: merging the dictionaries takes a moment that a process which never checks a password skips.
function zxcvbn(): ZxcvbnFactory {
  estimator ??= new ZxcvbnFactory({
    dictionary: { ...common.dictionary, ...english.dictionary, ...dutch.dictionary },
    graphs: common.adjacencyGraphs,
    translations: dutch.translations,
  });
  return estimator;
}

/** The parts of an email address a person might build a password from: "sanne.de-vries@x.nl" → sanne, vries, … */
function personalWords(email: string | undefined): string[] {
  if (!email) return [];
  const [local = '', domain = ''] = email.toLowerCase().split('@');
  return [local, ...local.split(/[._+-]+/), ...domain.split('.')].filter((word) => word.length >= 3);
}

/**
 * The whole password policy: length and the email's name (./password-policy), then how guessable it is
 * with Dutch and English dictionaries, common passwords, keyboard rows, repeats and sequences.
 */
export function passwordProblemsWithStrength(password: string, email?: string): PasswordProblem[] {
  const problems = passwordProblems(password, email);
  // Only a password of acceptable length is estimated: the estimate's time grows with the length.
  if (problems.includes('too-short') || problems.includes('too-long')) return problems;
  const strength = passwordStrengthProblem(zxcvbn().check(password, personalWords(email)));
  return strength ? [...problems, strength] : problems;
}
