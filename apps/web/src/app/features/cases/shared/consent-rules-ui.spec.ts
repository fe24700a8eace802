import { ConsentDraft, consentDraftProblems } from '@sluitend/domain';
import nl from '../../../../../public/i18n/nl.json';
import { SERVER_ERROR } from '../../../core/http/form-errors';
import { consentControlMessages, consentProblemMessage, giversHint, giversOf } from './consent-rules-ui';

const TODAY = '2026-03-05';
const BASE: ConsentDraft = {
  scope: 'organisation',
  organisationId: 'org-1',
  basis: 'consent',
  givenBy: ['jongere'],
  givenOn: '2026-03-01',
};

function translate(key: string): unknown {
  return key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], nl);
}

describe('consent rules in the web', () => {
  it('has a Dutch text for every problem consentDraftProblems can find', () => {
    const drafts: Array<[ConsentDraft, string]> = [
      [{ ...BASE, organisationId: undefined }, '2009-05-14'],
      [{ ...BASE, scope: 'sector' }, '2009-05-14'],
      [{ ...BASE, givenOn: 'gisteren' }, '2009-05-14'],
      [{ ...BASE, givenOn: '2026-03-06' }, '2009-05-14'],
      [{ ...BASE, givenOn: '2009-05-13' }, '2009-05-14'],
      [{ ...BASE, validUntil: 'nooit' }, '2009-05-14'],
      [{ ...BASE, validUntil: '2026-02-01' }, '2009-05-14'],
      [{ ...BASE, basis: 'legal-ground' }, '2009-05-14'],
      [{ ...BASE, legalGround: 'court-order' }, '2009-05-14'],
      [{ ...BASE, givenBy: [] }, '2009-05-14'],
      [{ ...BASE, givenBy: ['parent-or-guardian'] }, '2009-05-14'],
      [{ ...BASE, givenBy: ['jongere'] }, '2020-01-01'],
      [{ ...BASE, givenBy: ['jongere'] }, '2012-01-01'],
    ];
    const problems = drafts.flatMap(([draft, dateOfBirth]) => consentDraftProblems(draft, dateOfBirth, TODAY));
    expect(problems.length).toBeGreaterThanOrEqual(drafts.length);
    for (const problem of problems) {
      const message = consentProblemMessage(problem);
      expect({ problem: problem.message, key: message.key }).not.toEqual(
        expect.objectContaining({ key: 'errors.detail' }),
      );
      expect(typeof translate(message.key)).toBe('string');
    }
  });

  it('shows an unknown message as the API wrote it', () => {
    expect(consentProblemMessage({ field: 'note', message: 'note is too long' })).toEqual({
      key: 'errors.detail',
      params: { detail: 'note is too long' },
    });
  });

  it("translates the API's consent rule when applyFieldErrors put it on a control, keeping its other errors", () => {
    expect(
      consentControlMessages({ [SERVER_ERROR]: 'givenBy must include the jongere', required: true }).map((m) => m.key),
    ).toEqual(['validation.required', 'privacy.consents.rules.jongereRequired']);
    expect(consentControlMessages({ [SERVER_ERROR]: 'something else' })).toEqual([
      { key: 'errors.detail', params: { detail: 'something else' } },
    ]);
    expect(consentControlMessages(null)).toEqual([]);
  });

  it('tells whose consent is needed at the age of the jongere', () => {
    expect(giversHint('2009-05-14', TODAY)).toEqual({ key: 'privacy.consents.giversHint.alone', params: { age: 16 } });
    expect(giversHint('2012-01-01', TODAY)).toEqual({
      key: 'privacy.consents.giversHint.together',
      params: { age: 14 },
    });
    expect(giversHint('2016-01-01', TODAY)).toEqual({ key: 'privacy.consents.giversHint.parent', params: { age: 10 } });
    expect(giversHint(null, TODAY).key).toBe('privacy.consents.giversHint.unknown');
    expect(giversHint('2027-01-01', TODAY).key).toBe('privacy.consents.giversHint.unknown');
  });

  it('lists the ticked givers in a fixed order', () => {
    expect(giversOf({ 'parent-or-guardian': true, jongere: true })).toEqual(['jongere', 'parent-or-guardian']);
    expect(giversOf({ 'parent-or-guardian': false, jongere: false })).toEqual([]);
  });
});
