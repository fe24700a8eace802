import { generateKeyPairSync } from 'node:crypto';
import { createSocket } from 'node:dgram';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkpointDigest, FIRST_PREVIOUS, keyIdOf, signCheckpoint } from './checkpoint';
import { FileCheckpointStore } from './file-checkpoint-store';
import { loadSigningKey, SIGNING_KEY_FILE, SigningKeyError } from './signing-key';
import { SyslogCheckpointSink } from './syslog-checkpoint-sink';

const { privateKey } = generateKeyPairSync('ed25519');
const first = signCheckpoint(
  {
    chainId: 'c',
    number: 1,
    sequence: 4,
    hash: 'a'.repeat(64),
    at: '2026-12-06T04:00:00.000Z',
    previous: FIRST_PREVIOUS,
  },
  privateKey,
);
const second = signCheckpoint(
  {
    chainId: 'c',
    number: 2,
    sequence: 9,
    hash: 'b'.repeat(64),
    at: '2026-12-06T04:05:00.000Z',
    previous: checkpointDigest(first),
  },
  privateKey,
);

describe('checkpoint stores and the signing key', () => {
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'sluitend-anchor-unit-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('the file store appends checkpoints as JSON lines and reads them back; a missing file reads as null', async () => {
    const store = new FileCheckpointStore(join(dir, 'nested', 'checkpoints.jsonl'));
    expect(await store.read()).toBeNull();
    await store.append(first);
    await store.append(second);
    expect(await store.read()).toEqual({ checkpoints: [first, second], damage: null });
  });

  it('generates the key once, readable by its owner only, and uses the same key after', () => {
    const created = loadSigningKey({ DATA_DIR: dir }, { create: true });
    expect(created?.asymmetricKeyType).toBe('ed25519');
    expect(statSync(join(dir, SIGNING_KEY_FILE)).mode & 0o777).toBe(0o600);
    const again = loadSigningKey({ DATA_DIR: dir }, { create: true });
    expect(again && keyIdOf(again)).toBe(created && keyIdOf(created));
  });

  it('never creates a key for a verifier: without one the key is null', () => {
    expect(loadSigningKey({ DATA_DIR: dir }, { create: false })).toBeNull();
  });

  it('takes AUDIT_SIGNING_KEY over the file, also with its newlines written as \\n', () => {
    const pem = privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
    const fromEnv = loadSigningKey({ DATA_DIR: dir, AUDIT_SIGNING_KEY: pem.replace(/\n/g, '\\n') }, { create: true });
    expect(fromEnv && keyIdOf(fromEnv)).toBe(keyIdOf(privateKey));
    expect(() => statSync(join(dir, SIGNING_KEY_FILE))).toThrow();
  });

  it('refuses a key that is not Ed25519', () => {
    const rsa = generateKeyPairSync('rsa', { modulusLength: 1024 }).privateKey.export({ type: 'pkcs8', format: 'pem' });
    expect(() => loadSigningKey({ DATA_DIR: dir, AUDIT_SIGNING_KEY: rsa.toString() }, { create: true })).toThrow(
      SigningKeyError,
    );
  });

  it('the syslog sink sends each checkpoint as one RFC 5424 datagram', async () => {
    const server = createSocket('udp4');
    await new Promise<void>((resolve) => server.bind(0, '127.0.0.1', resolve));
    const received = new Promise<string>((resolve) => server.once('message', (message) => resolve(message.toString())));
    try {
      await new SyslogCheckpointSink(`127.0.0.1:${server.address().port}`).append(first);
      const message = await received;
      expect(message).toMatch(/^<133>1 2026-12-06T04:00:00.000Z \S+ sluitend - audit-checkpoint - \{/);
      expect(JSON.parse(message.slice(message.indexOf('{')))).toEqual(first);
    } finally {
      server.close();
    }
  });
});
