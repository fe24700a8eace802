import { CaseContact, CreateCaseRequest } from '@sluitend/domain';
import { CaseFieldsValue, trimmedCaseFields } from '../shared/case-fields.model';

export const DEFAULT_CASUSREGISSEUR_PART = 'casusregisseur';

/** Optional fields the user left empty are left out, rather than sent as empty strings. */
export function createCaseRequest(value: CaseFieldsValue & { casusregisseurPart: string }): CreateCaseRequest {
  const fields = trimmedCaseFields(value);
  const contact = Object.fromEntries(
    Object.entries(fields.contact).filter(([, text]) => text !== null),
  ) as Partial<CaseContact>;
  return {
    firstName: fields.firstName,
    lastName: fields.lastName,
    dateOfBirth: fields.dateOfBirth,
    municipalityId: fields.municipalityId,
    ...(fields.bsn ? { bsn: fields.bsn } : {}),
    ...(fields.schoolOrWork ? { schoolOrWork: fields.schoolOrWork } : {}),
    ...(Object.keys(contact).length > 0 ? { contact } : {}),
    casusregisseurPart: value.casusregisseurPart.trim() || DEFAULT_CASUSREGISSEUR_PART,
  };
}
