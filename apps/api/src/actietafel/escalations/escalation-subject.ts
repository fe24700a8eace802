import type { EscalationSubject } from '@sluitend/domain';
import type { CaseEntity } from '../../cases/entities/case.entity';

/** The case facts of the jongere an escalation (or agreement) is about; `municipality` must be loaded. */
export type EscalationSubjectSource = Pick<CaseEntity, 'firstName' | 'lastName' | 'dateOfBirth' | 'municipality'>;

/** Who the escalation is about: what the table needs to recognise the jongere, nothing more. */
export function toEscalationSubject(caseEntity: EscalationSubjectSource): EscalationSubject {
  return {
    firstName: caseEntity.firstName,
    lastName: caseEntity.lastName,
    dateOfBirth: caseEntity.dateOfBirth,
    municipalityName: caseEntity.municipality?.name ?? '',
  };
}
