import { Injectable } from '@nestjs/common';
import type { MailPreference, NotificationSettingsResponse } from '@sluitend/domain';
import { DataSource, type EntityManager } from 'typeorm';
import type { AuthenticatedUser } from '../../auth/authenticated-user';
import { updateWithVersion } from '../../common/persistence/versioned-update';
import { UserEntity } from '../../users/entities/user.entity';
import type { UpdateNotificationSettingsDto } from './dto/notification-settings.dto';

const toResponse = (user: UserEntity): NotificationSettingsResponse => ({
  mail: user.mailPreference,
  email: user.email,
  version: user.version,
});

/**
 * The signed-in user's own mail preference. A change applies to notifications from then on, and to those
 * still waiting for a digest: switching to `immediate` mails them one by one soon (none is lost), switching to
 * `off` drops their mail. Mails already queued as `pending` still go out.
 */
@Injectable()
export class NotificationSettingsService {
  constructor(private readonly dataSource: DataSource) {}

  async get(user: AuthenticatedUser): Promise<NotificationSettingsResponse> {
    return toResponse(await this.dataSource.getRepository(UserEntity).findOneByOrFail({ id: user.id }));
  }

  async update(user: AuthenticatedUser, request: UpdateNotificationSettingsDto): Promise<NotificationSettingsResponse> {
    const updated = await this.dataSource.transaction(async (manager) => {
      const result = await updateWithVersion(
        manager,
        UserEntity,
        user.id,
        request.version,
        { mailPreference: request.mail },
        'Your account',
      );
      await this.moveWaitingDigest(manager, user.id, request.mail);
      return result;
    });
    return toResponse(updated);
  }

  private async moveWaitingDigest(manager: EntityManager, userId: string, preference: MailPreference) {
    if (preference === 'daily-digest') return;
    await manager.query(
      `UPDATE notification SET mail_status = $2, mail_next_attempt_at = NULL
        WHERE user_id = $1 AND mail_status = 'digest'`,
      [userId, preference === 'immediate' ? 'pending' : 'skipped'],
    );
  }
}
