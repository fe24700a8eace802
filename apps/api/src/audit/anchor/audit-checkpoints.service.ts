import {
  HttpStatus,
  Injectable,
  Logger,
  type BeforeApplicationShutdown,
  type OnApplicationBootstrap,
} from '@nestjs/common';
import type { AuditCheckpointResponse } from '@sluitend/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { ProblemException } from '../../common/problem/problem.exception';
import { Clock } from '../../common/time/clock';
import { AppConfig } from '../../config/app-config';
import { HEAD_QUERY, headState, walkChain, type HeadRow } from '../chain-walk';
import type { KeyObject } from 'node:crypto';
import { checkpointLogProblem, type ChainHeadState } from './anchor-comparison';
import type { CheckpointLog } from './checkpoint-log';
import {
  checkpointDigest,
  FIRST_PREVIOUS,
  hasValidSignature,
  signCheckpoint,
  type SignedCheckpoint,
} from './checkpoint';
import { ANCHOR_LOCK_SQL, CheckpointAnchor } from './checkpoint-anchor';

const refused = (detail: string) =>
  new ProblemException(HttpStatus.CONFLICT, 'audit-checkpoint-refused', 'Conflict', detail);

/**
 * Signs the chain's head and writes it outside the database: on a timer (AUDIT_CHECKPOINT_INTERVAL_MINUTES),
 * at start and stop, and on the privacy officer's request. A checkpoint is signed only when the chain since
 * the previous checkpoint is intact and extends it, so a shortened or edited log is never signed over and the
 * evidence in the file stays; writers across instances queue on one advisory lock.
 */
@Injectable()
export class AuditCheckpoints implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(AuditCheckpoints.name);
  private timer?: NodeJS.Timeout;
  private starting?: Promise<void>;

  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly anchor: CheckpointAnchor,
    private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    // Not awaited: the first checkpoint of a long log walks all of it, and the API need not wait for that.
    this.starting = this.writeLogged('start');
    const minutes = this.config.AUDIT_CHECKPOINT_INTERVAL_MINUTES;
    if (minutes > 0) {
      this.timer = setInterval(() => void this.writeLogged('interval'), minutes * 60_000);
      this.timer.unref();
    }
  }

  async beforeApplicationShutdown(): Promise<void> {
    clearInterval(this.timer);
    await this.starting;
    await this.writeLogged('stop');
  }

  /** The new checkpoint, or the newest one when the head has not moved since. */
  async write(): Promise<AuditCheckpointResponse> {
    const key = this.anchor.key;
    if (!key) throw new Error('no signing key for audit checkpoints');
    return this.dataSource.transaction(async (manager) => {
      await manager.query(`SELECT pg_advisory_xact_lock(${ANCHOR_LOCK_SQL})`);
      const [row]: HeadRow[] = await manager.query(HEAD_QUERY);
      const head = headState(row);
      const log = await this.anchor.store.read();
      const checkpoints = log?.checkpoints ?? [];
      const last = checkpoints.at(-1);
      const problem = refusalOf(head, log, key);
      if (problem) throw refused(problem);
      if (last && last.sequence === head.sequence && last.hash === head.hash) {
        // The record lags only when a commit failed after the file was written.
        if (head.checkpointNumber !== last.number) await this.record(manager, last);
        return response(last, false);
      }
      await this.assertExtends(manager, head, last);
      const checkpoint = signCheckpoint(
        {
          chainId: head.chainId,
          number: checkpoints.length + 1,
          sequence: head.sequence,
          hash: head.hash,
          at: this.clock.now().toISOString(),
          previous: last ? checkpointDigest(last) : FIRST_PREVIOUS,
        },
        key,
      );
      await this.anchor.store.append(checkpoint);
      for (const copy of this.anchor.copies) {
        // A copy is extra evidence; the store is the record, so a lost copy only warns.
        await copy
          .append(checkpoint)
          .catch((error: Error) => this.logger.warn(`${copy.description}: ${error.message}`));
      }
      await this.record(manager, checkpoint);
      return response(checkpoint, true);
    });
  }

  /** The database keeps the newest checkpoint written, so a file shortened later shows in verification. */
  private async record(manager: EntityManager, checkpoint: SignedCheckpoint): Promise<void> {
    await manager.query(`UPDATE audit_chain_head SET checkpoint_number = $1, checkpoint_digest = $2 WHERE id = 1`, [
      checkpoint.number,
      checkpointDigest(checkpoint),
    ]);
  }

  /** The events since `last` must be there as signed, and chain intact up to the head. */
  private async assertExtends(manager: EntityManager, head: ChainHeadState, last: SignedCheckpoint | undefined) {
    let from = { sequence: head.prunedThrough, hash: head.prunedHash };
    if (last && last.sequence > head.sequence) {
      throw refused(
        `The access log ends at event ${head.sequence}, but checkpoint ${last.number} signed ${last.sequence}.`,
      );
    }
    if (last && last.sequence >= head.prunedThrough && last.sequence > 0) {
      const [event]: Array<{ hash: string }> =
        last.sequence === head.prunedThrough
          ? [{ hash: head.prunedHash }]
          : await manager.query(`SELECT hash FROM audit_event WHERE sequence = $1`, [last.sequence]);
      if (event?.hash !== last.hash) {
        throw refused(`Event ${last.sequence} is not the one checkpoint ${last.number} signed.`);
      }
      from = { sequence: last.sequence, hash: last.hash };
    }
    const walk = await walkChain(manager, from, head.sequence);
    if (walk.brokenAt !== null || walk.lastSequence !== head.sequence || walk.lastHash !== head.hash) {
      throw refused(`The access log is broken at event ${walk.brokenAt ?? walk.lastSequence + 1}.`);
    }
  }

  private async writeLogged(when: string): Promise<void> {
    try {
      const checkpoint = await this.write();
      if (checkpoint.written) {
        this.logger.log(`Access log checkpoint ${checkpoint.number} at event ${checkpoint.sequence} (${when})`);
      }
    } catch (error) {
      this.logger.error(`Access log checkpoint not written (${when}): ${(error as Error).message}`);
    }
  }
}

/** Why the stored checkpoints cannot be continued, or null. Names no path: the privacy officer reads it. */
function refusalOf(head: ChainHeadState, log: CheckpointLog | null, key: KeyObject): string | null {
  const problem = checkpointLogProblem(head, log);
  if (problem === 'checkpoints-damaged') {
    return `The checkpoint file is damaged: ${log?.damage ?? `checkpoint ${head.checkpointNumber} is not the one recorded`}.`;
  }
  if (problem === 'checkpoints-missing') {
    return `The checkpoint file holds ${log?.checkpoints.length ?? 0} checkpoints; the database recorded ${head.checkpointNumber}.`;
  }
  const last = log?.checkpoints.at(-1);
  if (last && !hasValidSignature(last, key)) {
    return `Checkpoint ${last.number} does not carry a valid signature of this key.`;
  }
  if (last && last.chainId !== head.chainId) return `The checkpoint file belongs to another database's access log.`;
  return null;
}

function response(checkpoint: SignedCheckpoint, written: boolean): AuditCheckpointResponse {
  const { number, sequence, hash, at, keyId } = checkpoint;
  return { number, sequence, hash, at, keyId, written };
}
