import { Module } from '@nestjs/common';
import { Clock } from '../common/time/clock';
import { RemindersModule } from '../reminders/reminders.module';
import { CaseMembersController } from './case-members.controller';
import { CaseNetworkService } from './case-network.service';
import { CaseTeamService } from './case-team.service';
import { CaseTimeline } from './case-timeline.service';
import { CasesController } from './cases.controller';
import { CasesService } from './cases.service';

@Module({
  imports: [RemindersModule],
  controllers: [CasesController, CaseMembersController],
  providers: [CasesService, CaseTeamService, CaseNetworkService, CaseTimeline, Clock],
  exports: [CaseTimeline, CaseTeamService, CaseNetworkService, CasesService, Clock],
})
export class CasesModule {}
