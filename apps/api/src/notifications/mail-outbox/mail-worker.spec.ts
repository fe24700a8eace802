import type { DigestSender } from './digest-sender.service';
import { emptyTally, type MailOutbox, type MailTally } from './mail-outbox.service';
import { MailWorker } from './mail-worker';

const tally = (sent: number): MailTally => ({ ...emptyTally(), sent });

function fakes(batches: number[]) {
  const calls: string[] = [];
  let release: () => void = () => undefined;
  const gate = new Promise<void>((resolve) => (release = resolve));
  const outbox = {
    sendPending: jest.fn(async (limit: number) => {
      calls.push(`pending ${limit}`);
      await gate;
      return tally(batches.shift() ?? 0);
    }),
  } as unknown as MailOutbox;
  const digests = {
    sendDigests: jest.fn(async () => {
      calls.push('digests');
      return tally(1);
    }),
  } as unknown as DigestSender;
  return { outbox, digests, calls, release };
}

describe('MailWorker', () => {
  it('sends batch after batch while they come back full, then the digests', async () => {
    const { outbox, digests, calls, release } = fakes([100, 100, 7]);
    release();
    const result = await new MailWorker(outbox, digests, jest.fn()).tick();
    expect(calls).toEqual(['pending 100', 'pending 100', 'pending 100', 'digests']);
    expect(result).toEqual({ pending: tally(207), digests: tally(1) });
  });

  it('does not start a round while the previous one runs', async () => {
    const { outbox, digests, calls, release } = fakes([3]);
    const worker = new MailWorker(outbox, digests, jest.fn());
    const first = worker.tick();
    expect(await worker.tick()).toBeNull();
    release();
    expect(await first).toEqual({ pending: tally(3), digests: tally(1) });
    expect(calls).toEqual(['pending 100', 'digests']);
  });

  it('reports a failed round and runs the next one', async () => {
    const { outbox, digests, release } = fakes([0, 0]);
    release();
    (digests.sendDigests as jest.Mock).mockRejectedValueOnce(new Error('database gone'));
    const onError = jest.fn();
    const worker = new MailWorker(outbox, digests, onError);
    expect(await worker.tick()).toBeNull();
    expect(onError).toHaveBeenCalledWith('mail', expect.objectContaining({ message: 'database gone' }));
    expect(await worker.tick()).toEqual({ pending: tally(0), digests: tally(1) });
  });
});
