import { Injectable } from '@nestjs/common';
import {
  NOTIFICATION_LIST_LIMIT,
  type NotificationKind,
  type NotificationResponse,
  type NotificationSummaryResponse,
} from '@sluitend/domain';
import { DataSource, IsNull, type EntityManager } from 'typeorm';
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
   * subject) is skipped, so telling twice stores once and never fails the caller. Whether and how it is
   * mailed is decided in the same statement, from the recipient's preference at this moment: `pending`
   * (immediate), `digest` (daily digest) or `skipped` (off, or an inactive user).
   */
  async notify(manager: EntityManager, notifications: readonly NotificationInput[]): Promise<void> {
    const unique = [...new Map(notifications.map((n) => [`${n.userId}|${n.kind}|${n.subjectId}`, n])).values()];
    if (unique.length === 0) return;
    // LEFT JOIN: an unknown user still fails on the foreign key, as an insert of the row itself would.
    await manager.query(
      `INSERT INTO notification (user_id, kind, subject_id, title, link, created_at, mail_status)
       SELECT n.user_id, n.kind, n.subject_id, n.title, n.link, $6,
              CASE WHEN u.active AND u.mail_preference = 'immediate' THEN 'pending'
                   WHEN u.active AND u.mail_preference = 'daily-digest' THEN 'digest'
                   ELSE 'skipped' END
         FROM unnest($1::uuid[], $2::varchar[], $3::uuid[], $4::varchar[], $5::varchar[])
              AS n (user_id, kind, subject_id, title, link)
         LEFT JOIN app_user u ON u.id = n.user_id
       ON CONFLICT DO NOTHING`,
      [
        unique.map((n) => n.userId),
        unique.map((n) => n.kind),
        unique.map((n) => n.subjectId),
        unique.map((n) => n.title),
        unique.map((n) => n.link),
        this.clock.now(),
      ],
    );
  }

  /** How many of mine are unread: what the bell shows. */
  async summary(user: AuthenticatedUser): Promise<NotificationSummaryResponse> {
    const unreadCount = await this.dataSource
      .getRepository(NotificationEntity)
      .countBy({ userId: user.id, readAt: IsNull() });
    return { unreadCount };
  }

  /** Marks all of mine read; one read before keeps its first time. */
  async markAllRead(user: AuthenticatedUser): Promise<NotificationSummaryResponse> {
    await this.dataSource
      .getRepository(NotificationEntity)
      .createQueryBuilder()
      .update()
      .set({ readAt: this.clock.now() })
      .where('user_id = :userId AND read_at IS NULL', { userId: user.id })
      .execute();
    return this.summary(user);
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
