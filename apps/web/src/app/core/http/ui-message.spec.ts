import { HttpErrorResponse } from '@angular/common/http';
import { errorMessage, isVersionConflict } from './ui-message';

const failure = (status: number, error: unknown = null) => new HttpErrorResponse({ status, error });

describe('errorMessage', () => {
  it("prefers the caller's text for a status", () => {
    expect(errorMessage(failure(409), { 409: 'errors.staleVersion' })).toEqual({ key: 'errors.staleVersion' });
  });

  it('uses a translated generic text for well-known statuses', () => {
    expect(errorMessage(failure(403))).toEqual({ key: 'errors.forbidden' });
    expect(errorMessage(failure(0))).toEqual({ key: 'errors.network' });
  });

  it('falls back to the problem detail for other statuses', () => {
    const problem = { type: 'about:blank', title: 'Bad Request', status: 400, detail: 'region does not exist' };
    expect(errorMessage(failure(400, problem))).toEqual({
      key: 'errors.detail',
      params: { detail: 'region does not exist' },
    });
  });

  it('has a generic text for server errors without a problem body', () => {
    expect(errorMessage(failure(502, '<html>Bad gateway</html>'))).toEqual({ key: 'errors.server' });
  });

  it('handles errors that are not HTTP errors', () => {
    expect(errorMessage(new Error('boom'))).toEqual({ key: 'errors.unexpected' });
  });
});

describe('errorMessage with problem codes', () => {
  const problem = (status: number, code: string) =>
    new HttpErrorResponse({
      status,
      error: { type: `https://sluitend.nl/problems/${code}`, title: 'x', status, detail: 'English detail' },
    });

  it('recognises the API code before the status', () => {
    expect(errorMessage(problem(409, 'own-admin-rights'), { 409: 'errors.staleVersion' })).toEqual({
      key: 'errors.ownAdminRights',
    });
  });

  it('treats only a version conflict (or an uncoded 409) as a lost race', () => {
    expect(isVersionConflict(problem(409, 'version-conflict'))).toBe(true);
    expect(isVersionConflict(failure(409))).toBe(true);
    expect(isVersionConflict(problem(409, 'own-admin-rights'))).toBe(false);
    expect(isVersionConflict(problem(400, 'validation-failed'))).toBe(false);
  });
});
