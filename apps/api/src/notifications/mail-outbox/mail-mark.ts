import type { EntityManager } from 'typeorm';
import type { MailOutcome } from './mail-outbox.service';

/**
 * Records how the mail of notifications ended, in the transaction that claimed them: the single sender marks
 * one row, the digest sender all the rows of one digest, with the same meaning.
 */
export async function markMail(
  manager: EntityManager,
  ids: readonly string[],
  status: 'sent' | 'failed' | 'skipped',
  now: Date,
  details: { attempts?: number; error?: string } = {},
): Promise<MailOutcome> {
  await manager.query(
    `UPDATE notification
        SET mail_status = $2, mail_sent_at = $3, mail_next_attempt_at = NULL,
            mail_attempts = COALESCE($4, mail_attempts), mail_error = $5
      WHERE id = ANY($1)`,
    [ids, status, status === 'sent' ? now : null, details.attempts ?? null, details.error ?? null],
  );
  return status;
}
