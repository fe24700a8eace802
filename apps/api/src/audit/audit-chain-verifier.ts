import { Injectable } from '@nestjs/common';
import { isAnchorIntact, type AuditChainVerification } from '@sluitend/domain';
import { DataSource } from 'typeorm';
import { Clock } from '../common/time/clock';
import { compareWithAnchor } from './anchor/anchor-comparison';
import { ANCHOR_LOCK_SQL, CheckpointAnchor } from './anchor/checkpoint-anchor';
import { HEAD_QUERY, headState, walkChain, type HeadRow } from './chain-walk';

/**
 * Recomputes the chain from the oldest kept event to the head, then compares the head with the newest signed
 * checkpoint outside the database: a tail removed together with winding `audit_chain_head` back leaves the
 * chain itself consistent, and only the checkpoint shows the events that were there.
 */
@Injectable()
export class AuditChainVerifier {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly anchor: CheckpointAnchor,
  ) {}

  async verify(): Promise<AuditChainVerification> {
    const { head, log, walk, eventHash } = await this.read();
    let brokenAt = walk.brokenAt;
    if (brokenAt === null && (walk.lastSequence !== head.sequence || walk.lastHash !== head.hash)) {
      // A removed tail no longer reaches the head.
      brokenAt = Math.min(walk.lastSequence + 1, head.sequence);
    }
    const anchor = compareWithAnchor({ head, log, key: this.anchor.key, eventHash });
    return {
      valid: brokenAt === null && isAnchorIntact(anchor.verification.status),
      checkedEvents: walk.checked,
      firstBrokenSequence:
        brokenAt === null ? anchor.firstMissingSequence : Math.min(brokenAt, anchor.firstMissingSequence ?? brokenAt),
      verifiedAt: this.clock.now().toISOString(),
      anchor: anchor.verification,
    };
  }

  /**
   * The head, the checkpoints and the walk as of one moment. The head row and the file are read under the
   * checkpoint writers' lock (shared), so a checkpoint being written cannot be in one and not yet in the other;
   * one REPEATABLE READ snapshot keeps the walk consistent with that head while requests go on writing events.
   */
  private async read() {
    const runner = this.dataSource.createQueryRunner();
    await runner.connect();
    let locked = false;
    const unlock = async () => {
      if (!locked) return;
      locked = false;
      await runner.query(`SELECT pg_advisory_unlock_shared(${ANCHOR_LOCK_SQL})`);
    };
    try {
      await runner.query(`SELECT pg_advisory_lock_shared(${ANCHOR_LOCK_SQL})`);
      locked = true;
      await runner.startTransaction('REPEATABLE READ');
      const [row]: HeadRow[] = await runner.query(HEAD_QUERY);
      const log = await this.anchor.store.read();
      await unlock();
      const head = headState(row);
      const walk = await walkChain(runner.manager, { sequence: head.prunedThrough, hash: head.prunedHash });
      const newest = log?.checkpoints.at(-1);
      const [atCheckpoint]: Array<{ hash: string }> = newest
        ? await runner.query(`SELECT hash FROM audit_event WHERE sequence = $1`, [newest.sequence])
        : [];
      await runner.commitTransaction();
      return { head, log, walk, eventHash: atCheckpoint?.hash ?? null };
    } catch (error) {
      if (runner.isTransactionActive) await runner.rollbackTransaction();
      throw error;
    } finally {
      // A session-level lock would outlive the request on the pooled connection.
      await unlock().catch(() => undefined);
      await runner.release();
    }
  }
}
