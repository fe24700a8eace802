import { AbstractControl, FormArray, ValidationErrors, ValidatorFn } from '@angular/forms';
import { DUPLICATE_KEY_ERROR, KEBAB_KEY_ERROR } from '../../../shared/validation-messages';

/** The API's rules for a region's life domains. */
export const LIFE_DOMAINS_MIN = 1;
export const LIFE_DOMAINS_MAX = 20;
export const LIFE_DOMAIN_KEY_MAX_LENGTH = 64;
export const LIFE_DOMAIN_LABEL_MAX_LENGTH = 120;
export const LIFE_DOMAIN_KEY_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** A key proposed from a label: "Onderwijs & werk (incl. stage)" becomes "onderwijs-werk-incl-stage". */
export function toKebabKey(label: string): string {
  return label
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, LIFE_DOMAIN_KEY_MAX_LENGTH)
    .replace(/^-+|-+$/g, '');
}

/** An empty key is left to `requiredText`, so the user sees one message at a time. */
export const kebabKey: ValidatorFn = (control: AbstractControl<string>): ValidationErrors | null =>
  !control.value || LIFE_DOMAIN_KEY_PATTERN.test(control.value) ? null : { [KEBAB_KEY_ERROR]: true };

/**
 * For the key control of a row in a FormArray of `{ key, ... }` groups: a key already used by an
 * earlier row is refused, so only the row that repeats it is marked.
 */
export const uniqueKeyInList: ValidatorFn = (control: AbstractControl<string>): ValidationErrors | null => {
  const row = control.parent;
  const list = row?.parent;
  if (!row || !(list instanceof FormArray) || !control.value) return null;
  const earlier = list.controls.slice(0, list.controls.indexOf(row));
  const taken = earlier.some((other) => other.get('key')?.value === control.value);
  return taken ? { [DUPLICATE_KEY_ERROR]: true } : null;
};
