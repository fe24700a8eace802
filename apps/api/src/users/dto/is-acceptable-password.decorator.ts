import { PASSWORD_MIN_LENGTH, type PasswordProblem } from '@sluitend/domain';
import { ValidateBy, type ValidationArguments, type ValidationOptions } from 'class-validator';
import { checkPassword } from './password-check';

const REASONS: Readonly<Record<PasswordProblem, string>> = {
  'too-short': `must be at least ${PASSWORD_MIN_LENGTH} characters`,
  'too-long': 'is too long',
  'contains-email': 'must not contain the email name',
  'common-password': 'is a commonly used password',
  'repeated-characters': 'repeats characters, which makes it easy to guess',
  'predictable-pattern': 'follows a keyboard row or sequence, which makes it easy to guess',
  'personal-words': "is built from the user's own name or email",
  'too-guessable': 'is too easy to guess: use a longer passphrase of unrelated words',
};

function problemsOf(value: unknown, args: ValidationArguments | undefined): PasswordProblem[] {
  if (typeof value !== 'string') return ['too-short'];
  const email = (args?.object as { email?: unknown } | undefined)?.email;
  return checkPassword(value, typeof email === 'string' ? email : undefined);
}

/**
 * The domain's password policy, strength included, as a class-validator rule checked against the email in the
 * same request. The web app checks the same policy before sending and says why in Dutch.
 */
export function IsAcceptablePassword(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isAcceptablePassword',
      validator: {
        validate: (value, args) => problemsOf(value, args).length === 0,
        defaultMessage: (args) => {
          const problems = problemsOf(args?.value, args);
          return `password ${problems.map((problem) => REASONS[problem]).join('; ')}`;
        },
      },
    },
    options,
  );
}
