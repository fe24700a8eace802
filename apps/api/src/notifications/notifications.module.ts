import { Module } from '@nestjs/common';
import { Clock } from '../common/time/clock';
import { NotificationsController } from './notifications.controller';
import { NotificationsService } from './notifications.service';
import { NotificationSettingsController } from './settings/notification-settings.controller';
import { NotificationSettingsService } from './settings/notification-settings.service';

/**
 * In-app notifications and each user's mail preference; other modules tell users things through
 * NotificationsService.notify. Mailing them is the worker's (MailOutboxModule).
 */
@Module({
  controllers: [NotificationsController, NotificationSettingsController],
  providers: [NotificationsService, NotificationSettingsService, Clock],
  exports: [NotificationsService],
})
export class NotificationsModule {}
