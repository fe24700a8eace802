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
    const runner = this.dataSource.createQueryRunner();
    await runner.connect();
    try {
      // The record of the newest checkpoint and the file are read under the writers' lock, so a checkpoint
      // being written cannot show in one and not yet in the other; the snapshot keeps the walk consistent.
      await runner.query(`SELECT pg_advisory_lock_shared(${ANCHOR_LOCK_SQL})`);
      await runner.startTransaction('REPEATABLE READ');
      let released = false;
      const release = async () => {
        if (released) return;
        released = true;
        await runner.query(`SELECT pg_advisory_unlock_shared(${ANCHOR_LOCK_SQL})`);
      };
      try {
        const [row]: HeadRow[] = await runner.query(HEAD_QUERY);
        const log = await this.anchor.store.read();
        await release();
        const head = headState(row);
        const newest = log?.checkpoints.at(-1);
        const walk = await walkChain(runner.manager, { sequence: head.prunedThrough, hash: head.prunedHash });
        const [atCheckpoint]: Array<{ hash: string }> = newest
          ? await runner.query(`SELECT hash FROM audit_event WHERE sequence = $1`, [newest.sequence])
          : [];
        await runner.commitTransaction();
        let brokenAt = walk.brokenAt;
        if (brokenAt === null && (walk.lastSequence !== head.sequence || walk.lastHash !== head.hash)) {
          // A removed tail no longer reaches the head.
          brokenAt = Math.min(walk.lastSequence + 1, head.sequence);
        }
        const anchor = compareWithAnchor({ head, log, key: this.anchor.key, eventHash: atCheckpoint?.hash ?? null });
        const firstBroken =
          brokenAt === null ? anchor.firstMissingSequence : Math.min(brokenAt, anchor.firstMissingSequence ?? brokenAt);
        return {
          valid: brokenAt === null && isAnchorIntact(anchor.verification.status),
          checkedEvents: walk.checked,
          firstBrokenSequence: firstBroken,
          verifiedAt: this.clock.now().toISOString(),
          anchor: anchor.verification,
        };
      } catch (error) {
        if (runner.isTransactionActive) await runner.rollbackTransaction();
        await release();
        throw error;
      }
    } finally {
      await runner.release();
    }
  }
}
