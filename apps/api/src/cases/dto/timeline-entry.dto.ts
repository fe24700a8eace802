import { ApiProperty } from '@nestjs/swagger';
import type { TimelineEntry } from '@sluitend/domain';
import { PersonRefDto } from './case-response.dto';

export class TimelineEntryDto implements TimelineEntry {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ format: 'date-time' })
  at!: string;

  @ApiProperty({ type: PersonRefDto, nullable: true })
  actor!: PersonRefDto | null;

  @ApiProperty({ example: 'toekomstplan.saved' })
  kind!: string;

  @ApiProperty({ example: 'Toekomstplan versie 3 opgeslagen' })
  summary!: string;

  @ApiProperty({ type: 'object', additionalProperties: true })
  details!: Record<string, unknown>;
}
