import { Global, Module } from '@nestjs/common';
import { ActietafelAccessPolicy } from './actietafel-access.policy';
import { CaseTimeline } from '../cases/case-timeline.service';
import { Clock } from '../common/time/clock';
import { CaseAccessController } from './case-access.controller';
import { CaseAccessPolicy } from './case-access.policy';
import { EmergencyAccessController } from './emergency-access.controller';
import { EmergencyAccessService } from './emergency-access.service';

/** Global: every module that serves case data asks this one policy. */
@Global()
@Module({
  controllers: [CaseAccessController, EmergencyAccessController],
  providers: [CaseAccessPolicy, ActietafelAccessPolicy, EmergencyAccessService, CaseTimeline, Clock],
  exports: [CaseAccessPolicy, ActietafelAccessPolicy, EmergencyAccessService],
})
export class AccessModule {}
