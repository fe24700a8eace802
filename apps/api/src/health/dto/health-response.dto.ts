import { ApiProperty } from '@nestjs/swagger';
import type { DependencyState, HealthResponse } from '@sluitend/domain';

class HealthChecksDto {
  @ApiProperty({ enum: ['up', 'down'] })
  postgres!: DependencyState;

  @ApiProperty({ enum: ['up', 'down'] })
  redis!: DependencyState;
}

export class HealthResponseDto implements HealthResponse {
  @ApiProperty({ enum: ['ok', 'unavailable'] })
  status!: 'ok' | 'unavailable';

  @ApiProperty({ type: HealthChecksDto })
  checks!: HealthChecksDto;
}
