import { FormGroup, NonNullableFormBuilder, Validators } from '@angular/forms';
import {
  ConsentBasis,
  ConsentPurpose,
  ConsentScope,
  CreateConsentRequest,
  FieldError,
  LegalGround,
  Sector,
  consentDraftProblems,
} from '@sluitend/domain';
import { CONSENT_NOTE_MAX_LENGTH, giverControls, giversOf } from '../../shared/consent-rules-ui';

export function consentFormControls(fb: NonNullableFormBuilder, today: string, organisationId: string) {
  return {
    scope: fb.control<ConsentScope>('organisation'),
    organisationId: fb.control(organisationId),
    sector: fb.control<Sector | ''>(''),
    purpose: fb.control<ConsentPurpose>('case-collaboration'),
    basis: fb.control<ConsentBasis>('consent'),
    givenBy: giverControls(fb),
    legalGround: fb.control<LegalGround | ''>(''),
    givenOn: fb.control(today),
    validUntil: fb.control(''),
    note: fb.control('', Validators.maxLength(CONSENT_NOTE_MAX_LENGTH)),
  };
}

export type ConsentFormValue = ReturnType<FormGroup<ReturnType<typeof consentFormControls>>['getRawValue']>;

/** Only what belongs to the chosen scope and basis is sent; empty optional fields are left out. */
export function createConsentRequest(value: ConsentFormValue): CreateConsentRequest {
  const note = value.note.trim();
  return {
    scope: value.scope,
    ...(value.scope === 'organisation'
      ? value.organisationId
        ? { organisationId: value.organisationId }
        : {}
      : value.sector
        ? { sector: value.sector }
        : {}),
    purpose: value.purpose,
    basis: value.basis,
    ...(value.basis === 'consent'
      ? { givenBy: giversOf(value.givenBy) }
      : value.legalGround
        ? { legalGround: value.legalGround }
        : {}),
    ...(note ? { note } : {}),
    givenOn: value.givenOn,
    ...(value.validUntil ? { validUntil: value.validUntil } : {}),
  };
}

/**
 * Checked before sending with the API's own rule (`consentDraftProblems`). While the dossier is
 * closed to the user the date of birth is unknown: then every rule but the age rule is checked
 * (against a date of birth long past, which no date can precede), and the API checks the age.
 */
export function consentFormProblems(
  request: CreateConsentRequest,
  dateOfBirth: string | null,
  today: string,
): FieldError[] {
  if (dateOfBirth) return consentDraftProblems(request, dateOfBirth, today);
  const hasGivers = (request.givenBy?.length ?? 0) > 0;
  return consentDraftProblems(request, UNKNOWN_DATE_OF_BIRTH, today).filter(
    (problem) => !(problem.field === 'givenBy' && hasGivers && request.basis === 'consent'),
  );
}

const UNKNOWN_DATE_OF_BIRTH = '0001-01-01';
