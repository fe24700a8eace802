import { Module } from '@nestjs/common';
import { Clock } from '../common/time/clock';
import { NotificationsModule } from '../notifications/notifications.module';
import { ReminderDelivery } from './reminder-delivery.service';

/** The reminder outbox and its exactly-once delivery; the queue worker and reconciler build on it. */
@Module({
  imports: [NotificationsModule],
  providers: [ReminderDelivery, Clock],
  exports: [ReminderDelivery],
})
export class RemindersModule {}
