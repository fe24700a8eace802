import { Module } from '@nestjs/common';
import { CasesModule } from '../../cases/cases.module';
import { RemindersModule } from '../../reminders/reminders.module';
import { AgreementsController, CaseAgreementsController } from '../agreements/agreements.controller';
import { AgreementsService } from '../agreements/agreements.service';
import { EscalationAccess } from './escalation-access.service';
import { EscalationTransitions } from './escalation-transitions.service';
import { EscalationViews } from './escalation-views.service';
import { CaseEscalationsController, EscalationsController } from './escalations.controller';
import { EscalationsService } from './escalations.service';

/** Escalations to the Actietafel and their agreements (owned by the escalations work). */
@Module({
  imports: [CasesModule, RemindersModule],
  controllers: [CaseEscalationsController, EscalationsController, CaseAgreementsController, AgreementsController],
  providers: [EscalationsService, EscalationTransitions, EscalationAccess, EscalationViews, AgreementsService],
  exports: [EscalationViews, EscalationAccess, EscalationTransitions],
})
export class EscalationsModule {}
