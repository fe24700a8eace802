import { Module } from '@nestjs/common';
import { CasesModule } from '../cases/cases.module';
import { MyActionsController } from './my-actions.controller';
import { ToekomstplanController } from './toekomstplan.controller';
import { ToekomstplanService } from './toekomstplan.service';

@Module({
  imports: [CasesModule],
  controllers: [ToekomstplanController, MyActionsController],
  providers: [ToekomstplanService],
})
export class ToekomstplanModule {}
