export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 128;

/** The lowest strength estimate (0 to 4, as zxcvbn counts) a password may have: 3 means about 10^8 guesses. */
export const PASSWORD_MIN_STRENGTH = 3;

export const PASSWORD_STRENGTH_PROBLEMS = [
  'common-password',
  'repeated-characters',
  'predictable-pattern',
  'personal-words',
  'too-guessable',
] as const;
export type PasswordStrengthProblem = (typeof PASSWORD_STRENGTH_PROBLEMS)[number];

export type PasswordProblem = 'too-short' | 'too-long' | 'contains-email' | PasswordStrengthProblem;

/**
 * Length over composition rules, as NIST SP 800-63B advises: long passphrases are
 * stronger and easier to remember than forced symbol mixes. How guessable a password is
 * needs the dictionaries of ./password-strength (big: loaded where needed), which adds its problem.
 */
export function passwordProblems(password: string, email?: string): PasswordProblem[] {
  const problems: PasswordProblem[] = [];
  if (password.length < PASSWORD_MIN_LENGTH) problems.push('too-short');
  if (password.length > PASSWORD_MAX_LENGTH) problems.push('too-long');
  // Stryker disable next-line OptionalChaining: split always returns at least one element, so [0] is never undefined
  const localPart = email?.split('@')[0]?.toLowerCase();
  if (localPart && localPart.length >= 4 && password.toLowerCase().includes(localPart)) {
    problems.push('contains-email');
  }
  return problems;
}

/** What a strength estimator (zxcvbn) says about a password: its score and the pieces it guessed it from. */
export interface PasswordEstimate {
  score: number;
  sequence: ReadonlyArray<{ pattern: string; dictionaryName?: string }>;
}

/**
 * Why an estimate is too weak, as one reason a person can act on; the most telling piece wins
 * (a known password before a repeat before a keyboard row before a name from the user's own details).
 */
export function passwordStrengthProblem(estimate: PasswordEstimate): PasswordStrengthProblem | null {
  if (estimate.score >= PASSWORD_MIN_STRENGTH) return null;
  const patterns = estimate.sequence;
  if (patterns.some((part) => part.pattern === 'dictionary' && part.dictionaryName?.startsWith('passwords'))) {
    return 'common-password';
  }
  if (patterns.some((part) => part.pattern === 'repeat')) return 'repeated-characters';
  if (patterns.some((part) => part.pattern === 'sequence' || part.pattern === 'spatial')) {
    return 'predictable-pattern';
  }
  if (patterns.some((part) => part.pattern === 'dictionary' && part.dictionaryName === 'userInputs')) {
    return 'personal-words';
  }
  return 'too-guessable';
}
