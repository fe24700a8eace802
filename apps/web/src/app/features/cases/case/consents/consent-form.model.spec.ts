import { ConsentFormValue, consentFormProblems, createConsentRequest } from './consent-form.model';

const VALUE: ConsentFormValue = {
  scope: 'organisation',
  organisationId: 'org-1',
  sector: 'jeugdhulp',
  purpose: 'case-collaboration',
  basis: 'consent',
  givenBy: { jongere: true, 'parent-or-guardian': false },
  legalGround: 'court-order',
  givenOn: '2026-03-01',
  validUntil: '',
  note: '  ',
};

describe('consent form', () => {
  it('sends only what belongs to the chosen scope and basis', () => {
    expect(createConsentRequest(VALUE)).toEqual({
      scope: 'organisation',
      organisationId: 'org-1',
      purpose: 'case-collaboration',
      basis: 'consent',
      givenBy: ['jongere'],
      givenOn: '2026-03-01',
    });
    expect(
      createConsentRequest({ ...VALUE, scope: 'sector', basis: 'legal-ground', validUntil: '2027-01-01', note: ' x ' }),
    ).toEqual({
      scope: 'sector',
      sector: 'jeugdhulp',
      purpose: 'case-collaboration',
      basis: 'legal-ground',
      legalGround: 'court-order',
      note: 'x',
      givenOn: '2026-03-01',
      validUntil: '2027-01-01',
    });
  });

  it('checks the age rule with the date of birth, and leaves it to the API without one', () => {
    const parentOnly = createConsentRequest({ ...VALUE, givenBy: { jongere: false, 'parent-or-guardian': true } });
    expect(consentFormProblems(parentOnly, '2009-05-14', '2026-03-05')).toEqual([
      { field: 'givenBy', message: expect.stringContaining('jongere') },
    ]);
    expect(consentFormProblems(parentOnly, null, '2026-03-05')).toEqual([]);
  });

  it('still checks every other rule without the date of birth', () => {
    const request = createConsentRequest({
      ...VALUE,
      organisationId: '',
      givenBy: { jongere: false, 'parent-or-guardian': false },
      givenOn: '2026-03-06',
    });
    expect(consentFormProblems(request, null, '2026-03-05').map((problem) => problem.field)).toEqual([
      'organisationId',
      'givenOn',
      'givenBy',
    ]);
  });
});
