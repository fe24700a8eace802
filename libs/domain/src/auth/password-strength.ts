import type * as ZxcvbnCore from '@zxcvbn-ts/core';
import type * as ZxcvbnCommon from '@zxcvbn-ts/language-common';
import type * as ZxcvbnEnglish from '@zxcvbn-ts/language-en';
import type * as ZxcvbnDutch from '@zxcvbn-ts/language-nl-be';
import { passwordProblems, passwordStrengthProblem, type PasswordProblem } from './password-policy';

/**
 * The zxcvbn-ts packages, handed in rather than imported: their dictionaries weigh megabytes, so the API loads
 * them at start and the web app only when a form sets a password (a dynamic import), while the rule stays here.
 */
export interface ZxcvbnPackages {
  core: typeof ZxcvbnCore;
  common: typeof ZxcvbnCommon;
  english: typeof ZxcvbnEnglish;
  dutch: typeof ZxcvbnDutch;
}

export type PasswordCheck = (password: string, email?: string) => PasswordProblem[];

/** The parts of an email address a person might build a password from: "sanne.de-vries@x.nl" → sanne, vries, … */
export function personalWords(email: string | undefined): string[] {
  if (!email) return [];
  const [local = '', domain = ''] = email.toLowerCase().split('@');
  return [local, ...local.split(/[._+-]+/), ...domain.split('.')].filter((word) => word.length >= 3);
}

/**
 * The whole password policy: length and the email's name (./password-policy), then how guessable it is
 * with Dutch and English dictionaries, common passwords, keyboard rows, repeats and sequences.
 */
export function passwordCheck({ core, common, english, dutch }: ZxcvbnPackages): PasswordCheck {
  let zxcvbn: ZxcvbnCore.ZxcvbnFactory | undefined;
  return (password, email) => {
    const problems = passwordProblems(password, email);
    // Only a password of acceptable length is estimated: the estimate's time grows with the length.
    if (problems.includes('too-short') || problems.includes('too-long')) return problems;
    // Built on first use: merging the dictionaries takes a moment a process that never checks a password skips.
    zxcvbn ??= new core.ZxcvbnFactory({
      dictionary: { ...common.dictionary, ...english.dictionary, ...dutch.dictionary },
      graphs: common.adjacencyGraphs,
      translations: dutch.translations,
    });
    const strength = passwordStrengthProblem(zxcvbn.check(password, personalWords(email)));
    return strength ? [...problems, strength] : problems;
  };
}
