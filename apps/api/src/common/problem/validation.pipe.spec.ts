import type { ValidationError } from '@nestjs/common';
import { toFieldErrors } from './validation.pipe';

describe('toFieldErrors', () => {
  it('names nested fields with a dotted path and keeps every message', () => {
    const errors: ValidationError[] = [
      { property: 'email', constraints: { isEmail: 'email must be an email' }, children: [] },
      {
        property: 'roles',
        children: [{ property: '0', constraints: { isIn: 'each role must be a known role' }, children: [] }],
      },
    ];
    expect(toFieldErrors(errors)).toEqual([
      { field: 'email', message: 'email must be an email' },
      { field: 'roles.0', message: 'each role must be a known role' },
    ]);
  });
});
