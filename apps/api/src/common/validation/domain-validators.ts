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

/** Postgres `integer` (int4): every whole number we take in is stored in or compared with such a column. */
export const INT4 = { min: -2_147_483_648, max: 2_147_483_647 } as const;

/** A whole number that fits an int4 column, so 2147483648 or 1e20 is a 400, not a Postgres overflow. */
export function IsInt4(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isInt4',
      validator: {
        validate: (value) => Number.isInteger(value) && value >= INT4.min && value <= INT4.max,
        defaultMessage: (args) => `${args?.property ?? 'value'} must be a whole number from ${INT4.min} to ${INT4.max}`,
      },
    },
    options,
  );
}
