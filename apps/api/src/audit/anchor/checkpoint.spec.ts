import { generateKeyPairSync } from 'node:crypto';
import { GENESIS_HASH } from '../audit-hash';
import { compareWithAnchor, type ChainHeadState } from './anchor-comparison';
import {
  checkpointDigest,
  FIRST_PREVIOUS,
  hasValidSignature,
  keyIdOf,
  signCheckpoint,
  type SignedCheckpoint,
} from './checkpoint';
import { formatCheckpointLine, parseCheckpointLog } from './checkpoint-log';

const { privateKey } = generateKeyPairSync('ed25519');
const other = generateKeyPairSync('ed25519').privateKey;
const hash = (digit: string) => digit.repeat(64);
const CHAIN = '6f1c2a9e-4b7d-4c1e-9a3f-2d5e8b7c6a10';

/** A file of `count` checkpoints, each chained to the one before, at sequences 10, 20, 30, … */
function chain(count: number, key = privateKey): SignedCheckpoint[] {
  const checkpoints: SignedCheckpoint[] = [];
  for (let number = 1; number <= count; number += 1) {
    const previous = checkpoints.at(-1);
    checkpoints.push(
      signCheckpoint(
        {
          chainId: CHAIN,
          number,
          sequence: number * 10,
          hash: hash(String(number % 10)),
          at: `2026-12-0${number}T10:00:00.000Z`,
          previous: previous ? checkpointDigest(previous) : FIRST_PREVIOUS,
        },
        key,
      ),
    );
  }
  return checkpoints;
}
const file = (checkpoints: SignedCheckpoint[]) => checkpoints.map(formatCheckpointLine).join('');

describe('signing a checkpoint', () => {
  const [checkpoint] = chain(1);

  it('verifies with the key that signed it', () => {
    expect(hasValidSignature(checkpoint, privateKey)).toBe(true);
    expect(checkpoint.keyId).toBe(keyIdOf(privateKey));
  });

  it.each([
    ['sequence', { sequence: 9 }],
    ['head hash', { hash: hash('f') }],
    ['time', { at: '2026-12-01T10:00:00.001Z' }],
    ['number', { number: 2 }],
    ['link to the previous checkpoint', { previous: hash('e') }],
    ['database', { chainId: '00000000-0000-4000-8000-000000000000' }],
  ])('fails once its %s is changed', (_, change) => {
    expect(hasValidSignature({ ...checkpoint, ...change }, privateKey)).toBe(false);
  });

  it('fails for another key, and for a checkpoint re-signed by another key', () => {
    expect(hasValidSignature(checkpoint, other)).toBe(false);
    const forged = signCheckpoint({ ...checkpoint, sequence: 9 }, other);
    expect(hasValidSignature(forged, privateKey)).toBe(false);
    // Even naming our key id does not help a forger.
    expect(hasValidSignature({ ...forged, keyId: checkpoint.keyId }, privateKey)).toBe(false);
  });

  it('fails for a signature that is not base64 of a signature', () => {
    expect(hasValidSignature({ ...checkpoint, signature: 'nonsense' }, privateKey)).toBe(false);
  });
});

describe('reading the checkpoint file', () => {
  it('reads a chain of checkpoints back as written', () => {
    const checkpoints = chain(3);
    expect(parseCheckpointLog(file(checkpoints))).toEqual({ checkpoints, damage: null });
    expect(parseCheckpointLog('')).toEqual({ checkpoints: [], damage: null });
  });

  it('names a torn last line', () => {
    const text = file(chain(2));
    expect(parseCheckpointLog(text.slice(0, -5))).toMatchObject({
      checkpoints: chain(2).slice(0, 1),
      damage: 'the last line after checkpoint 1 is incomplete',
    });
    expect(parseCheckpointLog(text.slice(0, -1)).damage).toMatch(/incomplete/);
  });

  it('names a checkpoint removed from the middle, and one whose link was altered', () => {
    const [first, , third] = chain(3);
    expect(parseCheckpointLog(file([first, third])).damage).toMatch(/checkpoint 3, not 2/);
    const relinked = chain(2);
    relinked[1] = { ...relinked[1], previous: hash('a') };
    expect(parseCheckpointLog(file(relinked)).damage).toMatch(/checkpoint 2 does not follow/);
  });

  it('names a line that is no checkpoint', () => {
    expect(parseCheckpointLog('{"number":1}\n').damage).toBe('line 1 is not a checkpoint');
  });
});

describe('comparing the chain with the newest checkpoint', () => {
  const checkpoints = chain(3);
  const newest = checkpoints[2];
  const head = (change: Partial<ChainHeadState> = {}): ChainHeadState => ({
    sequence: newest.sequence + 5,
    hash: hash('9'),
    prunedThrough: 0,
    prunedHash: GENESIS_HASH,
    chainId: CHAIN,
    checkpointNumber: 3,
    checkpointDigest: checkpointDigest(newest),
    ...change,
  });
  const log = { checkpoints, damage: null };
  const status = (input: Partial<Parameters<typeof compareWithAnchor>[0]>) =>
    compareWithAnchor({ head: head(), log, key: privateKey, eventHash: newest.hash, ...input });

  it('is anchored when the chain holds the signed event and reaches past it', () => {
    expect(status({}).verification).toMatchObject({ status: 'anchored', checkpointNumber: 3, checkpointSequence: 30 });
  });

  it('names the first missing event when the head was wound back below the checkpoint', () => {
    expect(status({ head: head({ sequence: 27, hash: hash('7') }), eventHash: null })).toMatchObject({
      verification: { status: 'missing-tail', headSequence: 27 },
      firstMissingSequence: 28,
    });
  });

  it('finds a signed event replaced by another at the same sequence', () => {
    expect(status({ eventHash: hash('b') })).toMatchObject({
      verification: { status: 'missing-tail' },
      firstMissingSequence: 30,
    });
  });

  it('stays anchored when the retention prune removed the signed event, comparing the pruned hash where it can', () => {
    expect(
      status({ head: head({ prunedThrough: 32, prunedHash: hash('c') }), eventHash: null }).verification.status,
    ).toBe('anchored');
    expect(
      status({ head: head({ prunedThrough: 30, prunedHash: newest.hash }), eventHash: null }).verification.status,
    ).toBe('anchored');
    expect(
      status({ head: head({ prunedThrough: 30, prunedHash: hash('d') }), eventHash: null }).verification.status,
    ).toBe('missing-tail');
  });

  it('refuses a newest checkpoint that does not verify, or no key to verify it with', () => {
    const altered = { checkpoints: [...checkpoints.slice(0, 2), { ...newest, sequence: 25 }], damage: null };
    expect(status({ log: altered }).verification.status).toBe('invalid-signature');
    expect(status({ key: other }).verification.status).toBe('invalid-signature');
    expect(status({ key: null }).verification.status).toBe('key-unavailable');
  });

  it("names checkpoints of another database's chain as such", () => {
    expect(status({ head: head({ chainId: '00000000-0000-4000-8000-000000000000' }) }).verification.status).toBe(
      'other-database',
    );
  });

  it('reports checkpoints missing when the file holds fewer than the database saw written, or none', () => {
    expect(status({ log: { checkpoints: checkpoints.slice(0, 2), damage: null } }).verification.status).toBe(
      'checkpoints-missing',
    );
    expect(status({ log: null }).verification.status).toBe('checkpoints-missing');
  });

  it('accepts a database record one behind the file (a commit lost after the file was written)', () => {
    expect(
      status({ head: head({ checkpointNumber: 2, checkpointDigest: checkpointDigest(checkpoints[1]) }) }).verification
        .status,
    ).toBe('anchored');
  });

  it('reports a damaged file, or one whose recorded checkpoint was replaced', () => {
    expect(status({ log: { checkpoints, damage: 'line 4 is not a checkpoint' } }).verification.status).toBe(
      'checkpoints-damaged',
    );
    expect(status({ head: head({ checkpointNumber: 2, checkpointDigest: hash('1') }) }).verification.status).toBe(
      'checkpoints-damaged',
    );
  });

  it('is not anchored yet, and intact, before the first checkpoint', () => {
    expect(
      compareWithAnchor({
        head: head({ checkpointNumber: 0, checkpointDigest: null }),
        log: null,
        key: privateKey,
        eventHash: null,
      }).verification.status,
    ).toBe('not-anchored-yet');
  });
});
