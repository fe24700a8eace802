import type { NotificationKind, NotificationResponse } from '@sluitend/domain';
import type { NotificationEntity } from './entities/notification.entity';

export function toNotificationResponse(entity: NotificationEntity): NotificationResponse {
  return {
    id: entity.id,
    kind: entity.kind as NotificationKind,
    title: entity.title,
    link: entity.link,
    createdAt: entity.createdAt.toISOString(),
    readAt: entity.readAt?.toISOString() ?? null,
  };
}
