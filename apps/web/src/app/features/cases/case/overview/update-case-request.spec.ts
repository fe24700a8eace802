import { CaseFieldsValue } from '../../shared/case-fields.model';
import { changesSomething, updateCaseRequest } from './update-case-request';

const ORIGINAL: CaseFieldsValue = {
  firstName: 'Noah',
  lastName: 'de Jong',
  dateOfBirth: '2009-05-14',
  bsn: '',
  municipalityId: 'm-1',
  schoolOrWork: 'Praktijkschool Tiel',
  contact: { phone: '0612345678', email: '', address: '' },
};

describe('updateCaseRequest', () => {
  it('sends only the changed fields with the version', () => {
    const edited = { ...ORIGINAL, lastName: ' de Vries ', contact: { ...ORIGINAL.contact, email: 'noah@example.nl' } };
    expect(updateCaseRequest(3, ORIGINAL, edited)).toEqual({
      version: 3,
      lastName: 'de Vries',
      contact: { email: 'noah@example.nl' },
    });
  });

  it('clears an optional field with null', () => {
    const edited = { ...ORIGINAL, schoolOrWork: '  ', contact: { ...ORIGINAL.contact, phone: '' } };
    expect(updateCaseRequest(3, ORIGINAL, edited)).toEqual({
      version: 3,
      schoolOrWork: null,
      contact: { phone: null },
    });
  });

  it('knows when nothing changed', () => {
    expect(changesSomething(updateCaseRequest(3, ORIGINAL, { ...ORIGINAL, firstName: 'Noah ' }))).toBe(false);
    expect(changesSomething(updateCaseRequest(3, ORIGINAL, { ...ORIGINAL, bsn: '111222333' }))).toBe(true);
  });
});
