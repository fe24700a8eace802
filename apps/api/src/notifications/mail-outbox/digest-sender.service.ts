import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { Clock } from '../../common/time/clock';
import { MailComposer } from '../../mail/mail-composer';
import { Mailer } from '../../mail/mailer';
import { latestDigest } from './digest-schedule';
import { emptyTally, type MailOutcome, type MailTally } from './mail-outbox.service';
import { mailFailure, MAX_MAIL_ATTEMPTS, retryDelayMs } from './mail-retry';
import { markMail } from './mail-mark';

interface Recipient {
  email: string;
  name: string;
  active: boolean;
  preference: string;
}

/**
 * The daily digest: once DIGEST_TIME has passed, each user with notifications waiting (`digest`) from before
 * it gets one mail listing them, and they are marked `sent` in the same transaction. It runs on every tick,
 * so a digest missed while no worker ran goes out when one runs again; marked rows are never listed twice.
 * A failed digest waits with the same back-off as a single mail (mail-retry.ts), then is tried again.
 */
@Injectable()
export class DigestSender {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly composer: MailComposer,
    private readonly mailer: Mailer,
  ) {}

  async sendDigests(now = this.clock.now()): Promise<MailTally> {
    const { day, at } = latestDigest(now);
    const users: Array<{ userId: string }> = await this.dataSource.query(
      `SELECT user_id AS "userId" FROM notification
        WHERE mail_status = 'digest' AND created_at < $1
        GROUP BY user_id
       HAVING max(COALESCE(mail_next_attempt_at, '-infinity')) <= $2`,
      [at, now],
    );
    const tally = emptyTally();
    for (const { userId } of users) {
      const outcome = await this.dataSource.transaction((manager) => this.sendDigestOf(manager, userId, day, at, now));
      if (outcome) tally[outcome] += 1;
    }
    return tally;
  }

  private async sendDigestOf(
    manager: EntityManager,
    userId: string,
    day: string,
    at: Date,
    now: Date,
  ): Promise<MailOutcome | null> {
    // One sender per user at a time: with row locks alone, two could each claim part of the rows and send two
    // digests under one key.
    const [{ locked }]: Array<{ locked: boolean }> = await manager.query(
      `SELECT pg_try_advisory_xact_lock(hashtext('notification-digest'), hashtext($1)) AS locked`,
      [userId],
    );
    if (!locked) return null;
    const rows: Array<{ id: string; title: string; link: string; attempts: number; nextAttemptAt: Date | null }> =
      await manager.query(
        `SELECT id, title, link, mail_attempts AS attempts, mail_next_attempt_at AS "nextAttemptAt" FROM notification
        WHERE user_id = $1 AND mail_status = 'digest' AND created_at < $2
        ORDER BY created_at, id
          FOR UPDATE SKIP LOCKED`,
        [userId, at],
      );
    // Waiting after a failed try: the whole digest waits, so it still goes out as one mail.
    if (rows.length === 0 || rows.some((row) => row.nextAttemptAt && row.nextAttemptAt > now)) return null;
    const ids = rows.map((row) => row.id);
    const [recipient]: Recipient[] = await manager.query(
      `SELECT email, name, active, mail_preference AS preference FROM app_user WHERE id = $1`,
      [userId],
    );
    // A notification written while its user switched preference may still wait here: follow the new one.
    if (!recipient.active || recipient.preference === 'off') return markMail(manager, ids, 'skipped', this.clock.now());
    if (recipient.preference === 'immediate') {
      await manager.query(`UPDATE notification SET mail_status = 'pending' WHERE id = ANY($1)`, [ids]);
      return null;
    }
    try {
      const items = rows.map((row) => ({ title: row.title, path: row.link }));
      await this.mailer.send(this.composer.digest(recipient, day, items), {
        userId,
        idempotencyKey: `digest-${userId}-${day}`,
      });
    } catch (error) {
      const failure = mailFailure(error);
      const attempts = Math.max(...rows.map((row) => row.attempts)) + 1;
      if (failure.permanent || attempts >= MAX_MAIL_ATTEMPTS)
        return markMail(manager, ids, 'failed', this.clock.now(), { attempts, error: failure.code });
      await manager.query(
        `UPDATE notification SET mail_attempts = $2, mail_next_attempt_at = $3, mail_error = $4 WHERE id = ANY($1)`,
        [ids, attempts, new Date(now.getTime() + retryDelayMs(attempts)), failure.code],
      );
      return 'retried';
    }
    return markMail(manager, ids, 'sent', this.clock.now());
  }
}
