import { Module } from '@nestjs/common';
import { Clock } from '../common/time/clock';
import { NotificationsModule } from '../notifications/notifications.module';
import { QueueModule } from '../queue/queue.module';
import { ReminderDelivery } from './reminder-delivery.service';
import { ReminderPlanner } from './reminder-planner';
import { ReminderRelay } from './reminder-relay.service';

/** The reminder outbox and its exactly-once delivery; the queue worker and reconciler build on it. */
@Module({
  imports: [NotificationsModule, QueueModule],
  providers: [ReminderDelivery, ReminderRelay, ReminderPlanner, Clock],
  exports: [ReminderDelivery, ReminderRelay, ReminderPlanner],
})
export class RemindersModule {}
