import { CaseContact, UpdateCaseRequest } from '@sluitend/domain';
import { CaseFieldsValue, trimmedCaseFields } from '../../shared/case-fields.model';

/**
 * Only the fields the user changed are sent. After a version conflict the user saves again on
 * the newest version, and a colleague's change to another field must survive that second save.
 */
export function updateCaseRequest(
  version: number,
  original: CaseFieldsValue,
  edited: CaseFieldsValue,
): UpdateCaseRequest {
  const before = trimmedCaseFields(original);
  const after = trimmedCaseFields(edited);
  const request: UpdateCaseRequest = { version };
  if (after.firstName !== before.firstName) request.firstName = after.firstName;
  if (after.lastName !== before.lastName) request.lastName = after.lastName;
  if (after.dateOfBirth !== before.dateOfBirth) request.dateOfBirth = after.dateOfBirth;
  if (after.bsn !== before.bsn) request.bsn = after.bsn;
  if (after.municipalityId !== before.municipalityId) request.municipalityId = after.municipalityId;
  if (after.schoolOrWork !== before.schoolOrWork) request.schoolOrWork = after.schoolOrWork;
  const contact: Partial<CaseContact> = {};
  for (const key of ['phone', 'email', 'address'] as const) {
    if (after.contact[key] !== before.contact[key]) contact[key] = after.contact[key];
  }
  if (Object.keys(contact).length > 0) request.contact = contact;
  return request;
}

/** Whether the request would change anything besides naming the version. */
export function changesSomething(request: UpdateCaseRequest): boolean {
  return Object.keys(request).some((key) => key !== 'version');
}
