import type { FieldError } from '@sluitend/domain';

/**
 * An error the API answers on purpose. Each module names its own `code`s; the one
 * exception filter turns them into problem+json.
 */
export class ProblemException extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly title: string,
    readonly detail: string,
    readonly extensions: { errors?: FieldError[]; headers?: Record<string, string>; [key: string]: unknown } = {},
  ) {
    super(detail);
  }
}

export const problemTypeUri = (code: string): string => `https://sluitend.nl/problems/${code}`;
