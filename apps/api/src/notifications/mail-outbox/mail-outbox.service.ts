import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { Clock } from '../../common/time/clock';
import { MailComposer } from '../../mail/mail-composer';
import { Mailer } from '../../mail/mailer';
import { mailFailure, MAX_MAIL_ATTEMPTS, retryDelayMs } from './mail-retry';
import { markMail } from './mail-mark';

export type MailOutcome = 'sent' | 'retried' | 'failed' | 'skipped';
export type MailTally = Record<MailOutcome, number>;

interface ClaimedMail {
  id: string;
  userId: string;
  title: string;
  link: string;
  attempts: number;
  email: string;
  name: string;
  active: boolean;
  preference: string;
}

/** Sends at most this many mails at once: each holds a database connection while its mail is handed over. */
const LANES = 4;

export const emptyTally = (): MailTally => ({ sent: 0, retried: 0, failed: 0, skipped: 0 });

/**
 * Mails the notifications marked `pending` (their recipient wants each one by e-mail). Each mail is claimed,
 * sent and marked in one transaction, its row locked with SKIP LOCKED: any number of workers may run, and a
 * mail is claimed by one at a time. A worker killed mid-send rolls its claim back, so the mail is sent again;
 * the idempotency key (`notification-<id>`) keeps that retry one file, and one Message-ID for SMTP.
 */
@Injectable()
export class MailOutbox {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly composer: MailComposer,
    private readonly mailer: Mailer,
  ) {}

  /** Sends up to `limit` due mails; stops early when none is due. */
  async sendPending(limit = 100): Promise<MailTally> {
    const tally = emptyTally();
    let left = limit;
    const lane = async () => {
      while (left > 0) {
        left -= 1;
        const outcome = await this.dataSource.transaction((manager) => this.sendOne(manager));
        if (!outcome) return;
        tally[outcome] += 1;
      }
    };
    await Promise.all(Array.from({ length: Math.min(LANES, limit) }, lane));
    return tally;
  }

  private async sendOne(manager: EntityManager): Promise<MailOutcome | null> {
    const now = this.clock.now();
    const [mail]: ClaimedMail[] = await manager.query(
      `SELECT n.id, n.user_id AS "userId", n.title, n.link, n.mail_attempts AS attempts,
              u.email, u.name, u.active, u.mail_preference AS preference
         FROM notification n JOIN app_user u ON u.id = n.user_id
        WHERE n.mail_status = 'pending' AND (n.mail_next_attempt_at IS NULL OR n.mail_next_attempt_at <= $1)
        ORDER BY n.created_at
        LIMIT 1
          FOR UPDATE OF n SKIP LOCKED`,
      [now],
    );
    if (!mail) return null;
    // Whoever was deactivated or turned mail off since it was written gets no more mail.
    if (!mail.active || mail.preference === 'off') return markMail(manager, [mail.id], 'skipped', this.clock.now());
    try {
      await this.mailer.send(this.composer.notification(mail, { title: mail.title, path: mail.link }), {
        userId: mail.userId,
        idempotencyKey: `notification-${mail.id}`,
      });
    } catch (error) {
      const failure = mailFailure(error);
      const attempts = mail.attempts + 1;
      if (failure.permanent || attempts >= MAX_MAIL_ATTEMPTS)
        return markMail(manager, [mail.id], 'failed', this.clock.now(), { attempts, error: failure.code });
      await manager.query(
        `UPDATE notification SET mail_attempts = $2, mail_next_attempt_at = $3, mail_error = $4 WHERE id = $1`,
        [mail.id, attempts, new Date(now.getTime() + retryDelayMs(attempts)), failure.code],
      );
      return 'retried';
    }
    return markMail(manager, [mail.id], 'sent', this.clock.now(), { attempts: mail.attempts + 1 });
  }
}
