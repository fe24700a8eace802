import { caseFileName, caseReference } from './case-reference';

describe('case reference in file names', () => {
  const caseId = '3F9A1C2E-0b1d-4c6e-9f00-123456789abc';

  it('refers to a case by the first 8 characters of its id', () => {
    expect(caseReference(caseId)).toBe('3f9a1c2e');
  });

  it('names a download by kind, case reference, version and day, and by nothing else', () => {
    expect(caseFileName('toekomstplan', caseId, '2026-12-06', 'pdf', 2)).toBe(
      'toekomstplan-3f9a1c2e-v2-2026-12-06.pdf',
    );
    expect(caseFileName('inzage', caseId, '2026-12-06', 'json')).toBe('inzage-3f9a1c2e-2026-12-06.json');
  });
});
