import { isIsoDate, isValidBsn } from '@sluitend/domain';
import { ValidateBy, type ValidationOptions } from 'class-validator';

/** The BSN elfproef from libs/domain, so the API and the web app accept exactly the same numbers. */
export function IsBsn(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isBsn',
      validator: {
        validate: (value) => typeof value === 'string' && isValidBsn(value),
        defaultMessage: () => 'bsn must be 9 digits that pass the elfproef',
      },
    },
    options,
  );
}

/** A calendar day as YYYY-MM-DD that really exists (no 2025-02-29). */
export function IsCalendarDate(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isCalendarDate',
      validator: {
        validate: (value) => isIsoDate(value),
        defaultMessage: (args) => `${args?.property ?? 'value'} must be a date as YYYY-MM-DD`,
      },
    },
    options,
  );
}
