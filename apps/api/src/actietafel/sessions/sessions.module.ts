import { Module } from '@nestjs/common';
import { CasesModule } from '../../cases/cases.module';
import { NotificationsModule } from '../../notifications/notifications.module';
import { RemindersModule } from '../../reminders/reminders.module';
import { SessionAgendaController } from './session-agenda.controller';
import { SessionAgendaService } from './session-agenda.service';
import { SessionGate } from './session.gate';
import { SessionLoader } from './session.loader';
import { SessionMinutesService } from './session-minutes.service';
import { SessionsController } from './sessions.controller';
import { SessionsService } from './sessions.service';

/** Actietafel sessions: planning, agenda, session mode and minutes. */
@Module({
  imports: [CasesModule, NotificationsModule, RemindersModule],
  controllers: [SessionsController, SessionAgendaController],
  providers: [SessionsService, SessionAgendaService, SessionMinutesService, SessionGate, SessionLoader],
})
export class SessionsModule {}
