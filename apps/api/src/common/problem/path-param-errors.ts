import type { FieldError } from '@sluitend/domain';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Nest's ParseUUIDPipe says only "uuid is expected"; the route's own parameters tell which one was not, so the
 * problem can name the field like every other 400.
 */
export function malformedUuidParams(params: Record<string, string> | undefined): FieldError[] {
  return Object.entries(params ?? {})
    .filter(([, value]) => !UUID.test(value))
    .map(([field]) => ({ field, message: `${field} must be a UUID` }));
}
