import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { Clock } from '../common/time/clock';
import { DemoSeedService } from './demo-seed.service';

@Module({ imports: [AuthModule], providers: [DemoSeedService, Clock], exports: [DemoSeedService] })
export class SeedModule {}
