import { ApiProperty } from '@nestjs/swagger';
import type { EscalationSubject } from '@sluitend/domain';

/** Who an escalation is about: what the table needs to recognise the jongere, nothing more. */
export class EscalationSubjectDto implements EscalationSubject {
  @ApiProperty({ example: 'Noah' })
  firstName!: string;

  @ApiProperty({ example: 'de Jong' })
  lastName!: string;

  @ApiProperty({ format: 'date' })
  dateOfBirth!: string;

  @ApiProperty({ example: 'Tiel' })
  municipalityName!: string;
}
