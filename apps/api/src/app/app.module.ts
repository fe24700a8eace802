import { DynamicModule, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { QueueDashboardModule } from '../admin/queue-dashboard/queue-dashboard.module';
import { EscalationsModule } from '../actietafel/escalations/escalations.module';
import { SessionsModule } from '../actietafel/sessions/sessions.module';
import { AccessModule } from '../access/access.module';
import { AuditModule } from '../audit/audit.module';
import { AuthModule } from '../auth/auth.module';
import { ConsentsModule } from '../consents/consents.module';
import { CasesModule } from '../cases/cases.module';
import { IdempotencyModule } from '../common/idempotency/idempotency.module';
import { LoggingModule } from '../common/logging/logging.module';
import { AppConfig } from '../config/app-config';
import { ConfigModule } from '../config/config.module';
import { dataSourceOptions } from '../database/data-source-options';
import { HealthModule } from '../health/health.module';
import { MonitoringModule } from '../monitoring/monitoring.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { OrganisationsModule } from '../organisations/organisations.module';
import { QueueModule } from '../queue/queue.module';
import { RedisModule } from '../redis/redis.module';
import { RegionsModule } from '../regions/regions.module';
import { RemindersModule } from '../reminders/reminders.module';
import { SeedModule } from '../seed/seed.module';
import { SubjectRightsModule } from '../subject-rights/subject-rights.module';
import { ToekomstplanModule } from '../toekomstplan/toekomstplan.module';
import { UsersModule } from '../users/users.module';

/** `databaseUrl` is resolved before start-up: configured, or the embedded Postgres. */
@Module({})
export class AppModule {
  static forRoot(config: AppConfig, databaseUrl: string): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        LoggingModule,
        TypeOrmModule.forRoot(dataSourceOptions(databaseUrl)),
        RedisModule,
        QueueModule,
        IdempotencyModule,
        HealthModule,
        AuthModule,
        RegionsModule,
        OrganisationsModule,
        UsersModule,
        AuditModule,
        AccessModule,
        CasesModule,
        ConsentsModule,
        SubjectRightsModule,
        ToekomstplanModule,
        EscalationsModule,
        SessionsModule,
        MonitoringModule,
        NotificationsModule,
        RemindersModule,
        QueueDashboardModule,
        SeedModule,
      ],
    };
  }
}
