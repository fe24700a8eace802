import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { Clock } from '../common/time/clock';
import { RemindersModule } from '../reminders/reminders.module';
import { DemoSeedService } from './demo-seed.service';

@Module({ imports: [AuthModule, RemindersModule], providers: [DemoSeedService, Clock], exports: [DemoSeedService] })
export class SeedModule {}
