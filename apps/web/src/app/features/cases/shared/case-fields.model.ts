import { FormControl, FormGroup, NonNullableFormBuilder, Validators } from '@angular/forms';
import { CaseContact, CaseResponse } from '@sluitend/domain';
import { bsnValidator, dateOfBirthValidator } from '../../../shared/domain-validators';
import { requiredText } from '../../../shared/validators';

/** The API's limits (CreateCaseDto / UpdateCaseDto), so the form stops what the API would refuse. */
export const CASE_LIMITS = {
  name: 100,
  schoolOrWork: 200,
  phone: 40,
  email: 254,
  address: 300,
  closedReason: 1000,
} as const;

export interface CaseFieldControls {
  firstName: FormControl<string>;
  lastName: FormControl<string>;
  dateOfBirth: FormControl<string>;
  bsn: FormControl<string>;
  municipalityId: FormControl<string>;
  schoolOrWork: FormControl<string>;
  contact: FormGroup<{
    phone: FormControl<string>;
    email: FormControl<string>;
    address: FormControl<string>;
  }>;
}

export type CaseFieldsValue = ReturnType<FormGroup<CaseFieldControls>['getRawValue']>;

/** The jongere's data, shared by the new-case form and the edit form of the overview. */
export function caseFieldControls(fb: NonNullableFormBuilder, today: () => string): CaseFieldControls {
  return {
    firstName: fb.control('', [requiredText, Validators.maxLength(CASE_LIMITS.name)]),
    lastName: fb.control('', [requiredText, Validators.maxLength(CASE_LIMITS.name)]),
    dateOfBirth: fb.control('', [Validators.required, dateOfBirthValidator(today)]),
    bsn: fb.control('', bsnValidator),
    municipalityId: fb.control('', Validators.required),
    schoolOrWork: fb.control('', Validators.maxLength(CASE_LIMITS.schoolOrWork)),
    contact: fb.group({
      phone: fb.control('', Validators.maxLength(CASE_LIMITS.phone)),
      email: fb.control('', [Validators.email, Validators.maxLength(CASE_LIMITS.email)]),
      address: fb.control('', Validators.maxLength(CASE_LIMITS.address)),
    }),
  };
}

/** A stored case as form values: the API's nulls become empty inputs. */
export function caseFieldsOf(dossier: CaseResponse): CaseFieldsValue {
  return {
    firstName: dossier.firstName,
    lastName: dossier.lastName,
    dateOfBirth: dossier.dateOfBirth,
    bsn: dossier.bsn ?? '',
    municipalityId: dossier.municipalityId,
    schoolOrWork: dossier.schoolOrWork ?? '',
    contact: {
      phone: dossier.contact.phone ?? '',
      email: dossier.contact.email ?? '',
      address: dossier.contact.address ?? '',
    },
  };
}

/** Trimmed text, with empty optional inputs as null: "not known" rather than an empty string. */
export function trimmedCaseFields(value: CaseFieldsValue): {
  firstName: string;
  lastName: string;
  dateOfBirth: string;
  bsn: string | null;
  municipalityId: string;
  schoolOrWork: string | null;
  contact: CaseContact;
} {
  return {
    firstName: value.firstName.trim(),
    lastName: value.lastName.trim(),
    dateOfBirth: value.dateOfBirth,
    bsn: value.bsn.trim() || null,
    municipalityId: value.municipalityId,
    schoolOrWork: value.schoolOrWork.trim() || null,
    contact: {
      phone: value.contact.phone.trim() || null,
      email: value.contact.email.trim() || null,
      address: value.contact.address.trim() || null,
    },
  };
}
