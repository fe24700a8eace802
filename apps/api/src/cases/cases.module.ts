import { Module } from '@nestjs/common';
import { Clock } from '../common/time/clock';
import { RemindersModule } from '../reminders/reminders.module';
import { CaseActivity } from './case-activity';
import { CaseMembersController } from './case-members.controller';
import { CaseNetworkService } from './case-network.service';
import { CaseTeamService } from './case-team.service';
import { CaseTimeline } from './case-timeline.service';
import { CasesController } from './cases.controller';
import { CasesService } from './cases.service';

@Module({
  imports: [RemindersModule],
  controllers: [CasesController, CaseMembersController],
  providers: [CasesService, CaseTeamService, CaseNetworkService, CaseTimeline, CaseActivity, Clock],
  exports: [CaseTimeline, CaseTeamService, CaseNetworkService, CasesService, CaseActivity, Clock],
})
export class CasesModule {}
