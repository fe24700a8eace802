import { Module } from '@nestjs/common';
import { Clock } from '../common/time/clock';
import { NotificationsController } from './notifications.controller';
import { NotificationsService } from './notifications.service';

/** In-app notifications; other modules tell users things through NotificationsService.notify. */
@Module({
  controllers: [NotificationsController],
  providers: [NotificationsService, Clock],
  exports: [NotificationsService],
})
export class NotificationsModule {}
