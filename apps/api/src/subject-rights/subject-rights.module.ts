import { Module } from '@nestjs/common';
import { EscalationsModule } from '../actietafel/escalations/escalations.module';
import { CasesModule } from '../cases/cases.module';
import { QueueModule } from '../queue/queue.module';
import { PrivacyOfficeController } from './privacy-office.controller';
import { RestrictionAndErasureService } from './restriction-and-erasure.service';
import { RetentionScheduler } from './retention.scheduler';
import { RetentionService } from './retention.service';
import { SubjectAccessReportService } from './subject-access-report.service';
import { SubjectRightsController } from './subject-rights.controller';

@Module({
  imports: [CasesModule, QueueModule, EscalationsModule],
  controllers: [SubjectRightsController, PrivacyOfficeController],
  providers: [SubjectAccessReportService, RestrictionAndErasureService, RetentionService, RetentionScheduler],
})
export class SubjectRightsModule {}
