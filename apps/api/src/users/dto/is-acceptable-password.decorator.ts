import { passwordProblems, PASSWORD_MIN_LENGTH } from '@sluitend/domain';
import { ValidateBy, type ValidationOptions } from 'class-validator';

/** The domain's password policy as a class-validator rule, checked against the email in the same request. */
export function IsAcceptablePassword(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isAcceptablePassword',
      validator: {
        validate: (value, args) => {
          const email = (args?.object as { email?: unknown } | undefined)?.email;
          return (
            typeof value === 'string' &&
            passwordProblems(value, typeof email === 'string' ? email : undefined).length === 0
          );
        },
        defaultMessage: () =>
          `password must be at least ${PASSWORD_MIN_LENGTH} characters and must not contain the email name`,
      },
    },
    options,
  );
}
