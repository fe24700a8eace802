import type { DigestSender } from './digest-sender.service';
import { emptyTally, type MailOutbox, type MailTally } from './mail-outbox.service';

const BATCH = 100;

/**
 * The worker process's mail loop: on every tick the mails due one by one, then any digest that is due. A tick
 * still running when the next comes is not overlapped (and any number of workers may run: rows are claimed
 * with SKIP LOCKED).
 */
export class MailWorker {
  private timer?: NodeJS.Timeout;
  private busy = false;

  constructor(
    private readonly outbox: MailOutbox,
    private readonly digests: DigestSender,
    private readonly onError: (where: string, error: Error) => void,
  ) {}

  start(everyMs: number): void {
    this.timer = setInterval(() => void this.tick(), everyMs);
  }

  /** One round; resolves to what it did, or null when the previous round is still running. */
  async tick(): Promise<{ pending: MailTally; digests: MailTally } | null> {
    if (this.busy) return null;
    this.busy = true;
    try {
      let pending = emptyTally();
      let round: MailTally;
      // A full batch means more may wait: keep going until one comes back short.
      do {
        round = await this.outbox.sendPending(BATCH);
        pending = addTally(pending, round);
      } while (Object.values(round).reduce((sum, count) => sum + count, 0) >= BATCH);
      return { pending, digests: await this.digests.sendDigests() };
    } catch (error) {
      this.onError('mail', error as Error);
      return null;
    } finally {
      this.busy = false;
    }
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
    // Lets a round in progress finish its mail, so none is left half-claimed at shutdown.
    while (this.busy) await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

function addTally(a: MailTally, b: MailTally): MailTally {
  return {
    sent: a.sent + b.sent,
    retried: a.retried + b.retried,
    failed: a.failed + b.failed,
    skipped: a.skipped + b.skipped,
  };
}
