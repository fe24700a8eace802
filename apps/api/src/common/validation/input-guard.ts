import type { FieldError } from '@sluitend/domain';

/** Deeper than any request of ours (a toekomstplan is 5 levels); class-transformer recurses, so bound it first. */
export const MAX_INPUT_DEPTH = 32;

/**
 * Keys no request has, which class-transformer drops before forbidNonWhitelisted could see them, and which
 * would reach an object's prototype if anything merged the input.
 */
const PROTOTYPE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

const hasNul = (text: string) => text.includes('\u0000');
/** In unicode mode a surrogate pair is one code point, so this matches only a lone surrogate. */
const LONE_SURROGATE = /\p{Surrogate}/u;

/**
 * What no field of ours may hold, found without recursion so that any depth is safe to inspect: nesting beyond
 * MAX_INPUT_DEPTH, the NUL character (Postgres text cannot store it), lone UTF-16 surrogates (not Unicode text:
 * encodeURI and Postgres refuse them) and prototype keys. Each problem names its field as a dotted path.
 */
export function inputProblems(input: unknown, root = ''): FieldError[] {
  const problems: FieldError[] = [];
  const pending: Array<{ value: unknown; field: string; depth: number }> = [{ value: input, field: root, depth: 0 }];
  for (let next = pending.pop(); next && problems.length < 20; next = pending.pop()) {
    const { value, field, depth } = next;
    const name = field || 'body';
    if (typeof value === 'string') {
      if (hasNul(value)) problems.push({ field: name, message: `${name} must not contain the NUL character` });
      else if (LONE_SURROGATE.test(value))
        problems.push({ field: name, message: `${name} must be valid Unicode text` });
      continue;
    }
    if (typeof value !== 'object' || value === null) continue;
    if (depth >= MAX_INPUT_DEPTH) {
      problems.push({ field: name, message: `${name} is nested deeper than ${MAX_INPUT_DEPTH} levels` });
      continue;
    }
    for (const key of Object.keys(value)) {
      const child = field ? `${field}.${key}` : key;
      if (PROTOTYPE_KEYS.has(key)) {
        problems.push({ field: child, message: `property ${key} should not exist` });
      } else if (hasNul(key) || LONE_SURROGATE.test(key)) {
        problems.push({ field: name, message: `${name} has a property name that is not valid text` });
      } else {
        pending.push({ value: (value as Record<string, unknown>)[key], field: child, depth: depth + 1 });
      }
    }
  }
  return problems;
}
