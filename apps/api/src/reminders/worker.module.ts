import { DynamicModule, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { LoggingModule } from '../common/logging/logging.module';
import { AppConfig } from '../config/app-config';
import { ConfigModule } from '../config/config.module';
import { dataSourceOptions } from '../database/data-source-options';
import { MailOutboxModule } from '../notifications/mail-outbox/mail-outbox.module';
import { QueueModule } from '../queue/queue.module';
import { RedisModule } from '../redis/redis.module';
import { RemindersModule } from './reminders.module';

/** What the worker process needs: the database, Redis, the reminder pipeline and the mail sender; no HTTP. */
@Module({})
export class WorkerModule {
  static forRoot(config: AppConfig, databaseUrl: string): DynamicModule {
    return {
      module: WorkerModule,
      imports: [
        ConfigModule.forRoot(config),
        LoggingModule,
        // The API applies the migrations; a worker only ever uses the schema it finds.
        TypeOrmModule.forRoot({ ...dataSourceOptions(databaseUrl), migrationsRun: false }),
        RedisModule,
        QueueModule,
        RemindersModule,
        MailOutboxModule,
      ],
    };
  }
}
