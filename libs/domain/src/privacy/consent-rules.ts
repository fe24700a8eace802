import type { FieldError } from '../api/problem';
import type { Sector } from '../people/sector';
import { ageInYears } from '../rules/age';
import { compareDates, isIsoDate } from '../rules/calendar-date';
import type {
  ConsentBasis,
  ConsentGiver,
  ConsentPurpose,
  ConsentScope,
  ConsentStatus,
  LegalGround,
} from './privacy.contract';

/** From 16 the jongere decides alone (DOMAIN.md, and WGBO art. 7:447/7:465 BW as the Jeugdwet follows it). */
export const CONSENT_ALONE_FROM_AGE = 16;
/** From 12 the jongere consents together with a parent or guardian; below 12 the parent or guardian decides. */
export const CONSENT_JOINTLY_FROM_AGE = 12;

/** Whose consent is needed for a jongere of this age. */
export function requiredConsentGivers(age: number): ConsentGiver[] {
  if (age >= CONSENT_ALONE_FROM_AGE) return ['jongere'];
  if (age >= CONSENT_JOINTLY_FROM_AGE) return ['jongere', 'parent-or-guardian'];
  return ['parent-or-guardian'];
}

/**
 * Why these givers cannot carry consent for someone born on `dateOfBirth` on `givenOn`, or null when they
 * can. Extra givers do no harm (a parent may co-sign for a 17-year-old); a missing one does.
 */
export function consentGiversProblem(
  dateOfBirth: string,
  givenOn: string,
  givenBy: readonly ConsentGiver[],
): 'jongere-required' | 'parent-or-guardian-required' | 'jongere-and-parent-required' | null {
  const required = requiredConsentGivers(ageInYears(dateOfBirth, givenOn));
  const missing = required.filter((giver) => !givenBy.includes(giver));
  if (missing.length === 0) return null;
  if (missing.length === 2) return 'jongere-and-parent-required';
  return missing[0] === 'jongere' ? 'jongere-required' : 'parent-or-guardian-required';
}

export interface ConsentFacts {
  givenOn: string;
  validUntil: string | null;
  withdrawnAt: string | null;
}

/** Withdrawal wins over everything and acts at once; `validUntil` is the last day it holds. */
export function consentStatus(consent: ConsentFacts, today: string): ConsentStatus {
  if (consent.withdrawnAt) return 'withdrawn';
  if (compareDates(today, consent.givenOn) < 0) return 'not-yet-valid';
  if (consent.validUntil && compareDates(today, consent.validUntil) > 0) return 'expired';
  return 'active';
}

export interface ConsentCoverage {
  scope: ConsentScope;
  organisationId: string | null;
  sector: Sector | null;
  purpose: ConsentPurpose;
}

/** Whether a consent names this organisation, directly or through its sector, for this purpose. */
export function consentCovers(
  consent: ConsentCoverage,
  organisation: { id: string; sector: Sector },
  purpose: ConsentPurpose,
): boolean {
  if (consent.purpose !== purpose) return false;
  return consent.scope === 'organisation'
    ? consent.organisationId === organisation.id
    : consent.sector === organisation.sector;
}

export interface ConsentDraft {
  scope: ConsentScope;
  organisationId?: string;
  sector?: Sector;
  basis: ConsentBasis;
  givenBy?: readonly ConsentGiver[];
  legalGround?: LegalGround;
  givenOn: string;
  validUntil?: string;
}

const GIVER_MESSAGES = {
  'jongere-required': 'givenBy must include the jongere',
  'parent-or-guardian-required': 'givenBy must include a parent or guardian for a jongere under 16',
  'jongere-and-parent-required': 'givenBy must include both the jongere and a parent or guardian from 12 to 15',
} as const;

/**
 * The field errors of a consent to be registered for a jongere born on `dateOfBirth`, checked on `today`
 * (the api refuses with them, the web form shows them before sending). The shape itself (types, enums)
 * is validated elsewhere; these are the rules across fields.
 */
export function consentDraftProblems(draft: ConsentDraft, dateOfBirth: string, today: string): FieldError[] {
  const errors: FieldError[] = [];
  if (draft.scope === 'organisation' && !draft.organisationId)
    errors.push({ field: 'organisationId', message: 'organisationId is required for a consent of one organisation' });
  if (draft.scope === 'sector' && !draft.sector)
    errors.push({ field: 'sector', message: 'sector is required for a consent of a whole sector' });
  if (!isIsoDate(draft.givenOn)) return [...errors, { field: 'givenOn', message: 'givenOn must be a date' }];
  if (compareDates(draft.givenOn, today) > 0)
    errors.push({ field: 'givenOn', message: 'givenOn must not be in the future' });
  if (compareDates(draft.givenOn, dateOfBirth) < 0)
    errors.push({ field: 'givenOn', message: 'givenOn must not be before the date of birth' });
  if (draft.validUntil !== undefined) {
    if (!isIsoDate(draft.validUntil)) errors.push({ field: 'validUntil', message: 'validUntil must be a date' });
    else if (compareDates(draft.validUntil, draft.givenOn) < 0)
      errors.push({ field: 'validUntil', message: 'validUntil must not be before givenOn' });
  }
  if (draft.basis === 'legal-ground') {
    if (!draft.legalGround)
      errors.push({ field: 'legalGround', message: 'legalGround is required when the basis is a legal ground' });
    if (draft.givenBy && draft.givenBy.length > 0)
      errors.push({ field: 'givenBy', message: 'givenBy must be empty when the basis is a legal ground' });
    return errors;
  }
  if (draft.legalGround)
    errors.push({ field: 'legalGround', message: 'legalGround must be empty when the basis is consent' });
  if (!draft.givenBy || draft.givenBy.length === 0) {
    errors.push({ field: 'givenBy', message: 'givenBy must name who gave consent' });
    return errors;
  }
  if (compareDates(draft.givenOn, dateOfBirth) >= 0) {
    const problem = consentGiversProblem(dateOfBirth, draft.givenOn, draft.givenBy);
    if (problem) errors.push({ field: 'givenBy', message: GIVER_MESSAGES[problem] });
  }
  return errors;
}

/**
 * Jeugdwet art. 7.3.9 lets the jongere have the dossier destroyed, except where that would harm a vital
 * interest of someone else or a law forbids it; while a legal ground (a child-protection measure, youth
 * probation, a court order) applies, the dossier is needed for it. Returns the blocking grounds.
 */
export function erasureBlockers(
  consents: ReadonlyArray<ConsentFacts & { basis: ConsentBasis; legalGround: LegalGround | null }>,
  today: string,
): LegalGround[] {
  return consents
    .filter((consent) => consent.basis === 'legal-ground' && consentStatus(consent, today) === 'active')
    .map((consent) => consent.legalGround)
    .filter((ground): ground is LegalGround => ground !== null);
}

/**
 * Whether a case may be discussed at the Actietafel: an active consent or legal ground for purpose
 * `actietafel`, of any scope. The table is regional and multidisciplinary, so the consent is to the table.
 */
export function hasActietafelGround(
  consents: ReadonlyArray<ConsentFacts & { purpose: ConsentPurpose }>,
  today: string,
): boolean {
  return consents.some((consent) => consent.purpose === 'actietafel' && consentStatus(consent, today) === 'active');
}
