import { Module } from '@nestjs/common';
import { CasesModule } from '../cases/cases.module';
import { RemindersModule } from '../reminders/reminders.module';
import { MyActionsController } from './my-actions.controller';
import { ToekomstplanController } from './toekomstplan.controller';
import { ToekomstplanService } from './toekomstplan.service';

@Module({
  imports: [CasesModule, RemindersModule],
  controllers: [ToekomstplanController, MyActionsController],
  providers: [ToekomstplanService],
})
export class ToekomstplanModule {}
