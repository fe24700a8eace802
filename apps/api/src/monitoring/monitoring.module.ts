import { Module } from '@nestjs/common';
import { Clock } from '../common/time/clock';
import { MonitoringController } from './monitoring.controller';
import { MonitoringScopes } from './monitoring-scope';
import { MonitoringService } from './monitoring.service';
import { MonitoringReportController } from './report/monitoring-report.controller';
import { MonitoringReportService } from './report/monitoring-report.service';
import { SignalCases } from './signal-cases.service';

/** The coordinator's dashboard and the region's monitoring figures (issue 7). */
@Module({
  controllers: [MonitoringController, MonitoringReportController],
  providers: [MonitoringService, MonitoringScopes, SignalCases, Clock, MonitoringReportService],
  exports: [MonitoringService],
})
export class MonitoringModule {}
