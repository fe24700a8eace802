import {
  CaseContact,
  ConsentGiver,
  CreateCaseRequest,
  FieldError,
  InitialConsentRequest,
  consentDraftProblems,
  dateOfBirthProblem,
} from '@sluitend/domain';
import { giversOf } from '../shared/consent-rules-ui';
import { CaseFieldsValue, trimmedCaseFields } from '../shared/case-fields.model';

export const DEFAULT_CASUSREGISSEUR_PART = 'casusregisseur';

/** The optional consent of the new-case form: for the opening professional's own organisation. */
export interface InitialConsentValue {
  givenBy: Record<ConsentGiver, boolean>;
  givenOn: string;
  validUntil: string;
  note: string;
}

/** The same sentence `consentDraftProblems` uses, so it is shown (and translated) the same way. */
const GIVERS_REQUIRED = 'givenBy must name who gave consent';
const INITIAL_CONSENT_FIELDS = ['givenBy', 'givenOn', 'validUntil'];

/** No giver ticked means no consent: the case opens, its content closed until one is registered. */
export function initialConsentRequest(value: InitialConsentValue): InitialConsentRequest | undefined {
  const givenBy = giversOf(value.givenBy);
  if (givenBy.length === 0) return undefined;
  const note = value.note.trim();
  return {
    givenBy,
    givenOn: value.givenOn,
    ...(value.validUntil ? { validUntil: value.validUntil } : {}),
    ...(note ? { note } : {}),
  };
}

/**
 * The API's own rule (consentDraftProblems) for the consent of the new case, limited to the fields
 * the form has. Nothing is checked while no giver is ticked, unless a date or note says a consent
 * was meant; nor while the date of birth is wrong, which has its own error.
 */
export function initialConsentProblems(value: InitialConsentValue, dateOfBirth: string, today: string): FieldError[] {
  const consent = initialConsentRequest(value);
  if (!consent) {
    return value.validUntil || value.note.trim() ? [{ field: 'givenBy', message: GIVERS_REQUIRED }] : [];
  }
  if (dateOfBirthProblem(dateOfBirth, today)) return [];
  return consentDraftProblems({ scope: 'organisation', basis: 'consent', ...consent }, dateOfBirth, today).filter(
    (problem) => INITIAL_CONSENT_FIELDS.includes(problem.field),
  );
}

/** Optional fields the user left empty are left out, rather than sent as empty strings. */
export function createCaseRequest(
  value: CaseFieldsValue & { casusregisseurPart: string; consent?: InitialConsentValue },
): CreateCaseRequest {
  const fields = trimmedCaseFields(value);
  const contact = Object.fromEntries(
    Object.entries(fields.contact).filter(([, text]) => text !== null),
  ) as Partial<CaseContact>;
  const consent = value.consent ? initialConsentRequest(value.consent) : undefined;
  return {
    firstName: fields.firstName,
    lastName: fields.lastName,
    dateOfBirth: fields.dateOfBirth,
    municipalityId: fields.municipalityId,
    ...(fields.bsn ? { bsn: fields.bsn } : {}),
    ...(fields.schoolOrWork ? { schoolOrWork: fields.schoolOrWork } : {}),
    ...(Object.keys(contact).length > 0 ? { contact } : {}),
    casusregisseurPart: value.casusregisseurPart.trim() || DEFAULT_CASUSREGISSEUR_PART,
    ...(consent ? { consent } : {}),
  };
}
