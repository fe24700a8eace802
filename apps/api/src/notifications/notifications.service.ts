import { Injectable } from '@nestjs/common';
import { NOTIFICATION_LIST_LIMIT, type NotificationKind, type NotificationResponse } from '@sluitend/domain';
import { DataSource, type EntityManager } from 'typeorm';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { Clock } from '../common/time/clock';
import { NotificationEntity } from './entities/notification.entity';
import { toNotificationResponse } from './notification.mapper';
import { notificationNotFound } from './notifications.errors';

/** One message to one user about one subject; the title must hold no personal data of a jongere. */
export interface NotificationInput {
  userId: string;
  kind: NotificationKind;
  subjectId: string;
  title: string;
  link: string;
}

/** In-app notifications: written in the transaction of what they tell about, read by their addressee only. */
@Injectable()
export class NotificationsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  /**
   * Stores the notifications in the caller's transaction; one that was already sent (same user, kind and
   * subject) is skipped, so telling twice stores once and never fails the caller.
   */
  async notify(manager: EntityManager, notifications: readonly NotificationInput[]): Promise<void> {
    const unique = new Map(notifications.map((n) => [`${n.userId}|${n.kind}|${n.subjectId}`, n]));
    if (unique.size === 0) return;
    await manager
      .createQueryBuilder()
      .insert()
      .into(NotificationEntity)
      .values(
        [...unique.values()].map((n) => ({
          userId: n.userId,
          kind: n.kind,
          subjectId: n.subjectId,
          title: n.title,
          link: n.link,
          createdAt: this.clock.now(),
        })),
      )
      .orIgnore()
      .execute();
  }

  /** Mine, newest first. */
  async list(user: AuthenticatedUser): Promise<NotificationResponse[]> {
    const rows = await this.dataSource.getRepository(NotificationEntity).find({
      where: { userId: user.id },
      order: { createdAt: 'DESC', id: 'ASC' },
      take: NOTIFICATION_LIST_LIMIT,
    });
    return rows.map(toNotificationResponse);
  }

  /** Marks one of mine as read; reading it again keeps the first time. */
  async markRead(user: AuthenticatedUser, id: string): Promise<NotificationResponse> {
    const repository = this.dataSource.getRepository(NotificationEntity);
    await repository
      .createQueryBuilder()
      .update()
      .set({ readAt: this.clock.now() })
      .where('id = :id AND user_id = :userId AND read_at IS NULL', { id, userId: user.id })
      .execute();
    const notification = await repository.findOneBy({ id, userId: user.id });
    if (!notification) throw notificationNotFound(id);
    return toNotificationResponse(notification);
  }
}
