import type { FieldError } from '../api/problem';
import {
  CONSENT_ALONE_FROM_AGE,
  CONSENT_JOINTLY_FROM_AGE,
  type ConsentDraft,
  type ConsentFacts,
  consentCovers,
  consentDraftProblems,
  consentGiversProblem,
  consentStatus,
  erasureBlockers,
  hasActietafelGround,
  requiredConsentGivers,
} from './consent-rules';
import type { ConsentBasis, LegalGround } from './privacy.contract';

/** Turns 12 on 2022-05-10 and 16 on 2026-05-10. */
const BORN = '2010-05-10';
const TODAY = '2026-06-01';

function fields(errors: FieldError[]): string[] {
  return errors.map((error) => error.field);
}

describe('requiredConsentGivers', () => {
  it('asks the jongere alone from 16', () => {
    expect(CONSENT_ALONE_FROM_AGE).toBe(16);
    expect(requiredConsentGivers(16)).toEqual(['jongere']);
    expect(requiredConsentGivers(17)).toEqual(['jongere']);
    expect(requiredConsentGivers(27)).toEqual(['jongere']);
  });

  it('asks the jongere and a parent or guardian together from 12 to 15', () => {
    expect(CONSENT_JOINTLY_FROM_AGE).toBe(12);
    expect(requiredConsentGivers(12)).toEqual(['jongere', 'parent-or-guardian']);
    expect(requiredConsentGivers(15)).toEqual(['jongere', 'parent-or-guardian']);
  });

  it('asks a parent or guardian alone under 12', () => {
    expect(requiredConsentGivers(11)).toEqual(['parent-or-guardian']);
    expect(requiredConsentGivers(0)).toEqual(['parent-or-guardian']);
  });
});

describe('consentGiversProblem', () => {
  it('needs a parent or guardian the day before the 12th birthday and the jongere too on it', () => {
    expect(consentGiversProblem(BORN, '2022-05-09', ['parent-or-guardian'])).toBeNull();
    expect(consentGiversProblem(BORN, '2022-05-10', ['parent-or-guardian'])).toBe('jongere-required');
    expect(consentGiversProblem(BORN, '2022-05-10', ['jongere', 'parent-or-guardian'])).toBeNull();
  });

  it('refuses the jongere alone the day before the 16th birthday and accepts it on it', () => {
    expect(consentGiversProblem(BORN, '2026-05-09', ['jongere'])).toBe('parent-or-guardian-required');
    expect(consentGiversProblem(BORN, '2026-05-10', ['jongere'])).toBeNull();
  });

  it('refuses a parent or guardian alone for a jongere of 16', () => {
    expect(consentGiversProblem(BORN, '2026-05-10', ['parent-or-guardian'])).toBe('jongere-required');
  });

  it('lets extra givers do no harm: a parent may co-sign for a 17-year-old, the jongere for a 10-year-old', () => {
    expect(consentGiversProblem(BORN, '2027-06-01', ['jongere', 'parent-or-guardian'])).toBeNull();
    expect(consentGiversProblem(BORN, '2020-06-01', ['jongere', 'parent-or-guardian'])).toBeNull();
  });

  it('names both givers when neither is there from 12 to 15', () => {
    expect(consentGiversProblem(BORN, '2024-06-01', [])).toBe('jongere-and-parent-required');
  });

  it('names the one missing giver under 12 and from 16', () => {
    expect(consentGiversProblem(BORN, '2020-06-01', [])).toBe('parent-or-guardian-required');
    expect(consentGiversProblem(BORN, '2026-06-01', [])).toBe('jongere-required');
  });

  it('judges the age on the day consent was given, not today', () => {
    expect(consentGiversProblem(BORN, '2026-05-09', ['jongere', 'parent-or-guardian'])).toBeNull();
    expect(consentGiversProblem(BORN, '2026-05-09', ['jongere'])).toBe('parent-or-guardian-required');
  });

  it('lets someone born on 29 February decide alone from 29 February when the 16th birthday falls in a leap year', () => {
    expect(consentGiversProblem('2008-02-29', '2024-02-28', ['jongere'])).toBe('parent-or-guardian-required');
    expect(consentGiversProblem('2008-02-29', '2024-02-29', ['jongere'])).toBeNull();
  });

  it('lets someone born on 29 February 2084 decide alone only from 1 March 2100, as 2100 is no leap year', () => {
    expect(consentGiversProblem('2084-02-29', '2100-02-28', ['jongere'])).toBe('parent-or-guardian-required');
    expect(consentGiversProblem('2084-02-29', '2100-03-01', ['jongere'])).toBeNull();
  });

  it('asks the jongere along only from 1 March 2100 for someone born on 29 February 2088', () => {
    expect(consentGiversProblem('2088-02-29', '2100-02-28', ['parent-or-guardian'])).toBeNull();
    expect(consentGiversProblem('2088-02-29', '2100-03-01', ['parent-or-guardian'])).toBe('jongere-required');
  });

  it('treats a day before birth as under 12 rather than throwing', () => {
    expect(consentGiversProblem(BORN, '2010-05-09', ['parent-or-guardian'])).toBeNull();
    expect(consentGiversProblem(BORN, '2010-05-09', ['jongere'])).toBe('parent-or-guardian-required');
  });
});

describe('consentStatus', () => {
  function facts(overrides: Partial<ConsentFacts> = {}): ConsentFacts {
    return { givenOn: '2026-03-05', validUntil: '2026-09-05', withdrawnAt: null, ...overrides };
  }

  it('is active from the day consent was given', () => {
    expect(consentStatus(facts(), '2026-03-05')).toBe('active');
  });

  it('is not yet valid the day before it was given', () => {
    expect(consentStatus(facts(), '2026-03-04')).toBe('not-yet-valid');
  });

  it('still holds on validUntil, its last valid day, and has expired the day after', () => {
    expect(consentStatus(facts(), '2026-09-05')).toBe('active');
    expect(consentStatus(facts(), '2026-09-06')).toBe('expired');
  });

  it('holds for exactly one day when validUntil is givenOn', () => {
    const oneDay = facts({ validUntil: '2026-03-05' });
    expect(consentStatus(oneDay, '2026-03-04')).toBe('not-yet-valid');
    expect(consentStatus(oneDay, '2026-03-05')).toBe('active');
    expect(consentStatus(oneDay, '2026-03-06')).toBe('expired');
  });

  it('never expires without validUntil', () => {
    expect(consentStatus(facts({ validUntil: null }), '2099-12-31')).toBe('active');
  });

  it('is withdrawn, whatever the dates, once withdrawn: withdrawal wins over expiry', () => {
    const withdrawnAt = '2026-10-01T09:00:00Z';
    expect(consentStatus(facts({ withdrawnAt }), '2026-12-01')).toBe('withdrawn');
    expect(consentStatus(facts({ withdrawnAt }), '2026-06-01')).toBe('withdrawn');
  });

  it('is withdrawn rather than not yet valid when withdrawn before it was to start', () => {
    expect(consentStatus(facts({ withdrawnAt: '2026-03-01T09:00:00Z' }), '2026-03-02')).toBe('withdrawn');
  });

  it('is never active when validUntil lies before givenOn', () => {
    const reversed = facts({ givenOn: '2026-03-10', validUntil: '2026-03-05' });
    expect(consentStatus(reversed, '2026-03-07')).toBe('not-yet-valid');
    expect(consentStatus(reversed, '2026-03-10')).toBe('expired');
  });
});

describe('consentCovers', () => {
  const jeugdhulpOrganisation = { id: 'org-1', sector: 'jeugdhulp' as const };

  it('covers the one organisation it names for its purpose', () => {
    const consent = {
      scope: 'organisation' as const,
      organisationId: 'org-1',
      sector: null,
      purpose: 'case-collaboration' as const,
    };
    expect(consentCovers(consent, jeugdhulpOrganisation, 'case-collaboration')).toBe(true);
  });

  it('does not cover another organisation of the same sector when it names one organisation', () => {
    const consent = {
      scope: 'organisation' as const,
      organisationId: 'org-2',
      sector: null,
      purpose: 'case-collaboration' as const,
    };
    expect(consentCovers(consent, jeugdhulpOrganisation, 'case-collaboration')).toBe(false);
  });

  it('covers every organisation of the sector it names', () => {
    const consent = {
      scope: 'sector' as const,
      organisationId: null,
      sector: 'jeugdhulp' as const,
      purpose: 'actietafel' as const,
    };
    expect(consentCovers(consent, jeugdhulpOrganisation, 'actietafel')).toBe(true);
    expect(consentCovers(consent, { id: 'org-9', sector: 'jeugdhulp' }, 'actietafel')).toBe(true);
  });

  it('does not cover an organisation of another sector', () => {
    const consent = {
      scope: 'sector' as const,
      organisationId: null,
      sector: 'onderwijs' as const,
      purpose: 'actietafel' as const,
    };
    expect(consentCovers(consent, jeugdhulpOrganisation, 'actietafel')).toBe(false);
  });

  it('ignores a stray organisation id on a sector consent and a stray sector on an organisation consent', () => {
    const sectorWide = {
      scope: 'sector' as const,
      organisationId: 'org-1',
      sector: 'onderwijs' as const,
      purpose: 'actietafel' as const,
    };
    const oneOrganisation = {
      scope: 'organisation' as const,
      organisationId: 'org-2',
      sector: 'jeugdhulp' as const,
      purpose: 'actietafel' as const,
    };
    expect(consentCovers(sectorWide, jeugdhulpOrganisation, 'actietafel')).toBe(false);
    expect(consentCovers(oneOrganisation, jeugdhulpOrganisation, 'actietafel')).toBe(false);
  });

  it('does not cover another purpose: consent for the case team is not consent for the Actietafel', () => {
    const consent = {
      scope: 'organisation' as const,
      organisationId: 'org-1',
      sector: null,
      purpose: 'case-collaboration' as const,
    };
    expect(consentCovers(consent, jeugdhulpOrganisation, 'actietafel')).toBe(false);
    const sectorWide = { ...consent, scope: 'sector' as const, organisationId: null, sector: 'jeugdhulp' as const };
    expect(consentCovers(sectorWide, jeugdhulpOrganisation, 'actietafel')).toBe(false);
  });
});

describe('consentDraftProblems', () => {
  function draft(overrides: Partial<ConsentDraft> = {}): ConsentDraft {
    return {
      scope: 'organisation',
      organisationId: 'org-1',
      basis: 'consent',
      givenBy: ['jongere'],
      givenOn: TODAY,
      ...overrides,
    };
  }

  it('accepts a 16-year-old consenting alone for one organisation', () => {
    expect(consentDraftProblems(draft(), BORN, TODAY)).toEqual([]);
  });

  it('accepts a sector-wide consent that names its sector', () => {
    expect(
      consentDraftProblems(draft({ scope: 'sector', organisationId: undefined, sector: 'onderwijs' }), BORN, TODAY),
    ).toEqual([]);
  });

  it('requires the organisation of a consent of one organisation', () => {
    expect(consentDraftProblems(draft({ organisationId: undefined }), BORN, TODAY)).toEqual([
      { field: 'organisationId', message: 'organisationId is required for a consent of one organisation' },
    ]);
    expect(fields(consentDraftProblems(draft({ organisationId: '' }), BORN, TODAY))).toEqual(['organisationId']);
  });

  it('requires the sector of a sector-wide consent', () => {
    expect(consentDraftProblems(draft({ scope: 'sector', organisationId: undefined }), BORN, TODAY)).toEqual([
      { field: 'sector', message: 'sector is required for a consent of a whole sector' },
    ]);
  });

  it.each(['2026-02-30', '2026-6-1', 'yesterday', ''])('refuses givenOn %p as no date, and stops there', (givenOn) => {
    expect(consentDraftProblems(draft({ givenOn, givenBy: [] }), BORN, TODAY)).toEqual([
      { field: 'givenOn', message: 'givenOn must be a date' },
    ]);
  });

  it('still reports the scope problem alongside an invalid givenOn', () => {
    expect(fields(consentDraftProblems(draft({ organisationId: undefined, givenOn: 'x' }), BORN, TODAY))).toEqual([
      'organisationId',
      'givenOn',
    ]);
  });

  it('accepts consent given today and refuses consent given tomorrow', () => {
    expect(consentDraftProblems(draft({ givenOn: TODAY }), BORN, TODAY)).toEqual([]);
    expect(consentDraftProblems(draft({ givenOn: '2026-06-02' }), BORN, TODAY)).toEqual([
      { field: 'givenOn', message: 'givenOn must not be in the future' },
    ]);
  });

  it('refuses consent given before birth without also judging the givers by a negative age', () => {
    expect(consentDraftProblems(draft({ givenOn: '2010-05-09', givenBy: ['jongere'] }), BORN, TODAY)).toEqual([
      { field: 'givenOn', message: 'givenOn must not be before the date of birth' },
    ]);
  });

  it('judges the givers on the day of birth itself: a newborn needs a parent or guardian, whoever else signs', () => {
    expect(consentDraftProblems(draft({ givenOn: BORN, givenBy: ['jongere'] }), BORN, TODAY)).toEqual([
      { field: 'givenBy', message: 'givenBy must include a parent or guardian for a jongere under 16' },
    ]);
    expect(consentDraftProblems(draft({ givenOn: BORN, givenBy: ['parent-or-guardian'] }), BORN, TODAY)).toEqual([]);
    expect(
      consentDraftProblems(draft({ givenOn: BORN, givenBy: ['jongere', 'parent-or-guardian'] }), BORN, TODAY),
    ).toEqual([]);
  });

  it('accepts validUntil on givenOn itself and refuses it the day before', () => {
    expect(consentDraftProblems(draft({ givenOn: '2026-05-20', validUntil: '2026-05-20' }), BORN, TODAY)).toEqual([]);
    expect(consentDraftProblems(draft({ givenOn: '2026-05-20', validUntil: '2026-05-19' }), BORN, TODAY)).toEqual([
      { field: 'validUntil', message: 'validUntil must not be before givenOn' },
    ]);
  });

  it('accepts a validUntil already past: a consent that has run out may still be recorded', () => {
    expect(consentDraftProblems(draft({ givenOn: '2026-05-10', validUntil: '2026-05-31' }), BORN, TODAY)).toEqual([]);
  });

  it.each(['2026-13-01', '31-12-2026', ''])('refuses validUntil %p as no date', (validUntil) => {
    expect(consentDraftProblems(draft({ validUntil }), BORN, TODAY)).toEqual([
      { field: 'validUntil', message: 'validUntil must be a date' },
    ]);
  });

  it('requires someone to have given consent', () => {
    const expected = [{ field: 'givenBy', message: 'givenBy must name who gave consent' }];
    expect(consentDraftProblems(draft({ givenBy: undefined }), BORN, TODAY)).toEqual(expected);
    expect(consentDraftProblems(draft({ givenBy: [] }), BORN, TODAY)).toEqual(expected);
  });

  it('refuses a jongere of 15 consenting alone the day before the 16th birthday, naming the parent', () => {
    expect(consentDraftProblems(draft({ givenOn: '2026-05-09' }), BORN, TODAY)).toEqual([
      { field: 'givenBy', message: 'givenBy must include a parent or guardian for a jongere under 16' },
    ]);
    expect(consentDraftProblems(draft({ givenOn: '2026-05-10' }), BORN, TODAY)).toEqual([]);
  });

  it('refuses a parent alone for a jongere of 12, from the 12th birthday', () => {
    const parentOnly = { givenBy: ['parent-or-guardian'] as const };
    expect(consentDraftProblems(draft({ ...parentOnly, givenOn: '2022-05-09' }), BORN, TODAY)).toEqual([]);
    expect(consentDraftProblems(draft({ ...parentOnly, givenOn: '2022-05-10' }), BORN, TODAY)).toEqual([
      { field: 'givenBy', message: 'givenBy must include the jongere' },
    ]);
  });

  it('refuses the jongere alone under 12, naming the parent', () => {
    expect(fields(consentDraftProblems(draft({ givenOn: '2022-05-09' }), BORN, TODAY))).toEqual(['givenBy']);
  });

  it('accepts the jongere and a parent together from 12 to 15', () => {
    const both = { givenBy: ['jongere', 'parent-or-guardian'] as const };
    expect(consentDraftProblems(draft({ ...both, givenOn: '2024-01-01' }), BORN, TODAY)).toEqual([]);
  });

  it('refuses a legal ground together with consent as the basis', () => {
    expect(consentDraftProblems(draft({ legalGround: 'court-order' }), BORN, TODAY)).toEqual([
      { field: 'legalGround', message: 'legalGround must be empty when the basis is consent' },
    ]);
  });

  describe('with a legal ground as the basis', () => {
    function legal(overrides: Partial<ConsentDraft> = {}): ConsentDraft {
      return draft({
        basis: 'legal-ground',
        givenBy: undefined,
        legalGround: 'child-protection-measure',
        ...overrides,
      });
    }

    it('accepts a legal ground without givers, whatever the age', () => {
      expect(consentDraftProblems(legal(), BORN, TODAY)).toEqual([]);
      expect(consentDraftProblems(legal({ givenOn: '2015-01-01' }), BORN, TODAY)).toEqual([]);
      expect(consentDraftProblems(legal({ givenBy: [] }), BORN, TODAY)).toEqual([]);
    });

    it('requires the legal ground itself', () => {
      expect(consentDraftProblems(legal({ legalGround: undefined }), BORN, TODAY)).toEqual([
        { field: 'legalGround', message: 'legalGround is required when the basis is a legal ground' },
      ]);
    });

    it('refuses givers: a legal ground takes the place of consent', () => {
      expect(consentDraftProblems(legal({ givenBy: ['jongere'] }), BORN, TODAY)).toEqual([
        { field: 'givenBy', message: 'givenBy must be empty when the basis is a legal ground' },
      ]);
    });

    it('reports a missing legal ground and givers at once', () => {
      expect(
        fields(consentDraftProblems(legal({ legalGround: undefined, givenBy: ['jongere'] }), BORN, TODAY)),
      ).toEqual(['legalGround', 'givenBy']);
    });

    it('still checks the dates', () => {
      expect(
        fields(consentDraftProblems(legal({ givenOn: '2026-06-02', validUntil: '2026-06-01' }), BORN, TODAY)),
      ).toEqual(['givenOn', 'validUntil']);
    });
  });
});

describe('erasureBlockers', () => {
  function record(basis: ConsentBasis, legalGround: LegalGround | null, overrides: Partial<ConsentFacts> = {}) {
    return { basis, legalGround, givenOn: '2025-01-01', validUntil: '2026-12-31', withdrawnAt: null, ...overrides };
  }

  it('is blocked by an active legal ground and names it', () => {
    expect(erasureBlockers([record('legal-ground', 'youth-probation')], TODAY)).toEqual(['youth-probation']);
  });

  it('names every active legal ground', () => {
    const records = [record('legal-ground', 'court-order'), record('legal-ground', 'child-protection-measure')];
    expect(erasureBlockers(records, TODAY)).toEqual(['court-order', 'child-protection-measure']);
  });

  it('is not blocked by consent, however active: the jongere may have the dossier destroyed', () => {
    expect(erasureBlockers([record('consent', null)], TODAY)).toEqual([]);
  });

  it('is not blocked by a legal ground that has ended, was withdrawn or has yet to start', () => {
    const records = [
      record('legal-ground', 'court-order', { validUntil: '2026-05-31' }),
      record('legal-ground', 'child-protection-measure', { withdrawnAt: '2026-02-01T10:00:00Z' }),
      record('legal-ground', 'youth-probation', { givenOn: '2026-06-02' }),
    ];
    expect(erasureBlockers(records, TODAY)).toEqual([]);
  });

  it('is still blocked on the last day of a legal ground and free the day after', () => {
    const records = [record('legal-ground', 'court-order', { validUntil: TODAY })];
    expect(erasureBlockers(records, TODAY)).toEqual(['court-order']);
    expect(erasureBlockers(records, '2026-06-02')).toEqual([]);
  });

  it('judges by the basis, not by a stray legal ground left on a consent registration', () => {
    expect(erasureBlockers([record('consent', 'court-order')], TODAY)).toEqual([]);
  });

  it('lists only grounds that are named: never a null for a legal-ground registration lacking its ground', () => {
    expect(erasureBlockers([record('legal-ground', null), record('legal-ground', 'court-order')], TODAY)).toEqual([
      'court-order',
    ]);
  });

  it('is blocked by a legal ground without an end date', () => {
    expect(erasureBlockers([record('legal-ground', 'vital-interest', { validUntil: null })], '2040-01-01')).toEqual([
      'vital-interest',
    ]);
  });

  it('has no blockers without any consent or legal ground', () => {
    expect(erasureBlockers([], TODAY)).toEqual([]);
  });
});

describe('hasActietafelGround', () => {
  const base = {
    givenOn: '2026-01-01',
    validUntil: null,
    withdrawnAt: null,
  };

  it('holds with an active consent for the Actietafel', () => {
    expect(hasActietafelGround([{ ...base, purpose: 'actietafel' }], '2026-11-23')).toBe(true);
  });

  it('does not hold with consent for the case team only', () => {
    expect(hasActietafelGround([{ ...base, purpose: 'case-collaboration' }], '2026-11-23')).toBe(false);
  });

  it('does not hold once the consent is withdrawn, expired or not yet valid', () => {
    const today = '2026-11-23';
    expect(hasActietafelGround([{ ...base, purpose: 'actietafel', withdrawnAt: '2026-11-01T10:00:00Z' }], today)).toBe(
      false,
    );
    expect(hasActietafelGround([{ ...base, purpose: 'actietafel', validUntil: '2026-11-22' }], today)).toBe(false);
    expect(hasActietafelGround([{ ...base, purpose: 'actietafel', givenOn: '2026-11-24' }], today)).toBe(false);
  });

  it('holds when any one of several registrations is an active one for the Actietafel', () => {
    const expired = { ...base, purpose: 'actietafel' as const, validUntil: '2026-02-01' };
    const team = { ...base, purpose: 'case-collaboration' as const };
    expect(hasActietafelGround([expired, team], '2026-11-23')).toBe(false);
    expect(hasActietafelGround([expired, team, { ...base, purpose: 'actietafel' }], '2026-11-23')).toBe(true);
  });
});
