import type { DataSource } from 'typeorm';
import { Clock } from '../../common/time/clock';
import { loadConfig } from '../../config/app-config';
import { AuditCheckpoints } from './audit-checkpoints.service';
import { CheckpointAnchor } from './checkpoint-anchor';
import { FileCheckpointStore } from './file-checkpoint-store';

/** When checkpoints are written; what a checkpoint holds is proven against Postgres in the integration spec. */
describe('the checkpoint schedule', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  const schedule = (minutes: string) => {
    const checkpoints = new AuditCheckpoints(
      {} as DataSource,
      new Clock(),
      new CheckpointAnchor(new FileCheckpointStore('/nonexistent/checkpoints.jsonl'), null),
      loadConfig({ AUDIT_CHECKPOINT_INTERVAL_MINUTES: minutes }),
    );
    const written: string[] = [];
    jest.spyOn(checkpoints, 'write').mockImplementation(async () => {
      written.push(new Date().toISOString());
      return { number: written.length, sequence: 1, hash: '0'.repeat(64), at: '', keyId: '', written: true };
    });
    return { checkpoints, written };
  };

  it('writes one at start, then one every AUDIT_CHECKPOINT_INTERVAL_MINUTES, and a last one at stop', async () => {
    const { checkpoints, written } = schedule('5');
    checkpoints.onApplicationBootstrap();
    expect(written).toHaveLength(1);
    await jest.advanceTimersByTimeAsync(5 * 60_000 - 1);
    expect(written).toHaveLength(1);
    await jest.advanceTimersByTimeAsync(1);
    expect(written).toHaveLength(2);
    await jest.advanceTimersByTimeAsync(10 * 60_000);
    expect(written).toHaveLength(4);
    await checkpoints.beforeApplicationShutdown();
    expect(written).toHaveLength(5);
    await jest.advanceTimersByTimeAsync(60 * 60_000);
    expect(written).toHaveLength(5);
  });

  it('with an interval of 0 writes only at start and stop', async () => {
    const { checkpoints, written } = schedule('0');
    checkpoints.onApplicationBootstrap();
    await jest.advanceTimersByTimeAsync(24 * 60 * 60_000);
    await checkpoints.beforeApplicationShutdown();
    expect(written).toHaveLength(2);
  });
});
