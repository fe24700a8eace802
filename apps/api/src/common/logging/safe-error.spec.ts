import { QueryFailedError } from 'typeorm';
import { safeError } from './safe-error';

describe('safeError', () => {
  it('keeps the SQLSTATE and constraint of a failed query but never its parameters or the failing row', () => {
    const driverError = Object.assign(new Error('new row for relation "case_file" violates check constraint'), {
      code: '23514',
      constraint: 'ck_case_file_bsn',
      table: 'case_file',
      detail: 'Failing row contains (Noah, de Jong, 2009-05-14, 111222333).',
    });
    const error = new QueryFailedError('INSERT INTO case_file VALUES ($1, $2)', ['Noah', '111222333'], driverError);
    const logged = JSON.stringify(safeError(error));
    expect(logged).toContain('23514');
    expect(logged).toContain('ck_case_file_bsn');
    expect(logged).not.toMatch(/Noah|de Jong|111222333|2009-05-14/);
  });

  it('blanks values Postgres quotes in its message', () => {
    const error = new Error('invalid input syntax for type date: "Noah de Jong"');
    expect(safeError(error).message).toBe('invalid input syntax for type date: "[value]"');
  });

  it('describes a thrown non-error by its type only', () => {
    expect(safeError('Noah de Jong')).toEqual({ type: 'string' });
  });
});
