import { ApiProperty } from '@nestjs/swagger';
import { MONITORING_SIGNALS, type MonitoringSignal } from '@sluitend/domain';
import { IsIn } from 'class-validator';

export class SignalParamsDto {
  @ApiProperty({ enum: MONITORING_SIGNALS, description: 'The signal whose cases to list.' })
  @IsIn(MONITORING_SIGNALS)
  signal!: MonitoringSignal;
}
