import type { AuditChainVerification, AuditCheckpointResponse } from '@sluitend/domain';
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type TestAgent from 'supertest/lib/agent';
import { DataSource } from 'typeorm';
import { createTestApp, signIn, type TestApp } from '../testing/test-app';
import { CHECKPOINT_FILE } from './anchor/checkpoint-anchor';

const ROOT = join(__dirname, '../../../..');

/**
 * The chain anchored outside the database. The tampering here is what a database administrator could do: the
 * append-only trigger switched off, events deleted and `audit_chain_head` wound back so the chain left in the
 * database is consistent in itself. Only the signed checkpoint in DATA_DIR still knows what was there.
 */
describe('the access log anchored by signed checkpoints', () => {
  let subject: TestApp;
  let dataDir: string;
  let privacy: { agent: TestAgent; token: string };
  let reader: TestAgent;

  const db = () => subject.app.get(DataSource);
  const checkpointFile = () => join(dataDir, CHECKPOINT_FILE);
  const head = async () => {
    const [row] = await db().query(`SELECT sequence, hash FROM audit_chain_head`);
    return { sequence: Number(row.sequence), hash: row.hash as string };
  };
  const verify = async (): Promise<AuditChainVerification> => {
    const response = await privacy.agent.get('/api/v1/audit-events/verification');
    expect(response.status).toBe(200);
    return response.body;
  };
  const checkpoint = () => privacy.agent.post('/api/v1/audit-checkpoints').set('X-XSRF-TOKEN', privacy.token);
  const anchoredCheckpoint = async (): Promise<AuditCheckpointResponse> => {
    const response = await checkpoint();
    expect(response.status).toBe(201);
    return response.body;
  };
  /** Reads that each write one event. */
  const writeEvents = async (count: number) => {
    for (let i = 0; i < count; i += 1) expect((await reader.get('/api/v1/audit-events')).status).toBe(200);
  };
  const eventsFrom = async (sequence: number): Promise<unknown[]> =>
    (
      await db().query(`SELECT row_to_json(e) AS row FROM audit_event e WHERE sequence >= $1 ORDER BY sequence`, [
        sequence,
      ])
    ).map((r: { row: unknown }) => r.row);
  /** As a superuser would: the trigger off, the newest events deleted, the head wound back to what remains. */
  const cutTail = async (from: number) => {
    const removed = await eventsFrom(from);
    const [kept] = await db().query(`SELECT sequence, hash FROM audit_event WHERE sequence = $1`, [from - 1]);
    await db().transaction(async (manager) => {
      await manager.query(`ALTER TABLE audit_event DISABLE TRIGGER audit_event_no_update_or_delete`);
      await manager.query(`DELETE FROM audit_event WHERE sequence >= $1`, [from]);
      await manager.query(`ALTER TABLE audit_event ENABLE TRIGGER audit_event_no_update_or_delete`);
      await manager.query(`UPDATE audit_chain_head SET sequence = $1, hash = $2 WHERE id = 1`, [
        kept.sequence,
        kept.hash,
      ]);
    });
    return removed;
  };
  const restore = async (rows: unknown[], to: { sequence: number; hash: string }) => {
    await db().transaction(async (manager) => {
      await manager.query(`ALTER TABLE audit_event DISABLE TRIGGER audit_event_no_update_or_delete`);
      await manager.query(`DELETE FROM audit_event WHERE sequence > (SELECT sequence FROM audit_chain_head)`);
      await manager.query(`ALTER TABLE audit_event ENABLE TRIGGER audit_event_no_update_or_delete`);
      for (const row of rows) {
        await manager.query(`INSERT INTO audit_event SELECT * FROM json_populate_record(NULL::audit_event, $1::json)`, [
          JSON.stringify(row),
        ]);
      }
      await manager.query(`UPDATE audit_chain_head SET sequence = $1, hash = $2 WHERE id = 1`, [to.sequence, to.hash]);
    });
  };

  /** The command line verifier as an auditor runs it, with the API's database and DATA_DIR. */
  const verifyCli = () =>
    new Promise<{ code: number; out: string }>((resolve) => {
      execFile(
        join(ROOT, 'node_modules/.bin/ts-node'),
        ['-r', 'tsconfig-paths/register', 'apps/api/src/audit/verify-cli.ts'],
        {
          cwd: ROOT,
          env: {
            PATH: process.env['PATH'],
            TS_NODE_PROJECT: 'tools/tsconfig.scripts.json',
            DATABASE_URL: subject.database.url,
            DATA_DIR: dataDir,
          },
        },
        (error, stdout, stderr) => resolve({ code: error ? Number(error.code) : 0, out: `${stdout}${stderr}` }),
      );
    });

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'sluitend-anchor-'));
    subject = await createTestApp({ DATA_DIR: dataDir, AUDIT_CHECKPOINT_INTERVAL_MINUTES: '0' });
    privacy = { agent: subject.browser(), token: '' };
    privacy.token = await signIn(privacy.agent, 'privacy@demo.sluitend.nl');
    reader = subject.browser();
    await signIn(reader, 'privacy@demo.sluitend.nl');
  });

  afterAll(async () => {
    await subject.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('has written a checkpoint at start, unasked', async () => {
    for (let wait = 0; wait < 50 && !existsSync(checkpointFile()); wait += 1) {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const [first] = readFileSync(checkpointFile(), 'utf8').split('\n');
    expect(JSON.parse(first)).toMatchObject({ number: 1, signature: expect.any(String) });
  });

  it('writes a signed checkpoint of the head on request, and an untouched chain verifies as anchored', async () => {
    await writeEvents(3);
    const written = await anchoredCheckpoint();
    expect(written).toMatchObject({ written: true, ...(await head()) });
    expect(written.keyId).toMatch(/^[0-9a-f]{16}$/);
    const line = JSON.parse(readFileSync(checkpointFile(), 'utf8').trimEnd().split('\n').at(-1) ?? '');
    expect(line).toMatchObject({ number: written.number, sequence: written.sequence, signature: expect.any(String) });

    const result = await verify();
    expect(result).toMatchObject({ valid: true, firstBrokenSequence: null });
    expect(result.anchor).toMatchObject({
      status: 'anchored',
      checkpointNumber: written.number,
      recordedCheckpoints: written.number,
    });
  });

  it('does not write a second checkpoint while the head has not moved', async () => {
    const first = await anchoredCheckpoint();
    const again = await anchoredCheckpoint();
    expect(again).toMatchObject({ written: false, number: first.number });
  });

  it('keeps the signing key out of the database, in a file only its owner may read', () => {
    expect(statSync(join(dataDir, 'audit-signing-key.pem')).mode & 0o777).toBe(0o600);
  });

  it('fails verification naming the missing tail when the newest events are deleted and the head wound back', async () => {
    await writeEvents(4);
    const signed = await anchoredCheckpoint();
    const firstRemoved = signed.sequence - 2;
    const removed = await cutTail(firstRemoved);
    try {
      // The chain left in the database is consistent in itself: only the checkpoint shows the cut.
      const result = await verify();
      expect(result).toMatchObject({ valid: false, firstBrokenSequence: firstRemoved });
      expect(result.anchor).toMatchObject({
        status: 'missing-tail',
        checkpointSequence: signed.sequence,
        headSequence: firstRemoved - 1,
      });
      // Nor is the shortened chain ever signed over: the evidence stays the newest checkpoint.
      const refused = await checkpoint();
      expect(refused.status).toBe(409);
      expect(refused.body.type).toMatch(/audit-checkpoint-refused$/);
      expect((await verify()).anchor.status).toBe('missing-tail');
    } finally {
      await restore(removed, { sequence: signed.sequence, hash: signed.hash });
    }
    expect(await verify()).toMatchObject({ valid: true, anchor: { status: 'anchored' } });
  });

  it('npm run audit:verify, outside the API, exits 1 naming the missing tail, and 0 once the log is whole', async () => {
    const signed = await anchoredCheckpoint();
    const removed = await cutTail(signed.sequence - 1);
    let broken: { code: number; out: string };
    try {
      broken = await verifyCli();
    } finally {
      await restore(removed, { sequence: signed.sequence, hash: signed.hash });
    }
    expect(broken.code).toBe(1);
    expect(broken.out).toContain(`MISSING TAIL: checkpoint ${signed.number} (event ${signed.sequence},`);
    const whole = await verifyCli();
    expect(whole).toMatchObject({ code: 0, out: expect.stringContaining(`Anchored: the chain reaches checkpoint`) });
  });

  it('fails verification when the signed events were replaced by new ones past the checkpoint', async () => {
    const signed = await anchoredCheckpoint();
    const removed = await cutTail(signed.sequence - 1);
    await writeEvents(3);
    try {
      const result = await verify();
      expect(result.valid).toBe(false);
      expect(result.anchor.status).toBe('missing-tail');
      expect(result.firstBrokenSequence).toBe(signed.sequence);
    } finally {
      // Back to the signed state: drop the replacements, put the originals back.
      const [kept] = await db().query(`SELECT sequence, hash FROM audit_event WHERE sequence = $1`, [
        signed.sequence - 2,
      ]);
      await db().query(`UPDATE audit_chain_head SET sequence = $1, hash = $2 WHERE id = 1`, [kept.sequence, kept.hash]);
      await restore(removed, { sequence: signed.sequence, hash: signed.hash });
    }
    expect((await verify()).valid).toBe(true);
  });

  it('fails verification when the newest checkpoint was altered: its signature no longer holds', async () => {
    await writeEvents(1);
    await anchoredCheckpoint();
    const original = readFileSync(checkpointFile(), 'utf8');
    const lines = original.trimEnd().split('\n');
    const newest = JSON.parse(lines.at(-1) ?? '');
    lines[lines.length - 1] = JSON.stringify({ ...newest, sequence: newest.sequence - 1 });
    writeFileSync(checkpointFile(), `${lines.join('\n')}\n`);
    try {
      const result = await verify();
      expect(result.valid).toBe(false);
      expect(result.anchor.status).toBe('invalid-signature');
    } finally {
      writeFileSync(checkpointFile(), original);
    }
    expect((await verify()).valid).toBe(true);
  });

  it('fails verification when the checkpoint file was shortened or removed', async () => {
    await writeEvents(1);
    await anchoredCheckpoint();
    const original = readFileSync(checkpointFile(), 'utf8');
    const lines = original.trimEnd().split('\n');
    try {
      writeFileSync(checkpointFile(), `${lines.slice(0, -1).join('\n')}\n`);
      expect(await verify()).toMatchObject({ valid: false, anchor: { status: 'checkpoints-missing' } });
      rmSync(checkpointFile());
      expect(await verify()).toMatchObject({ valid: false, anchor: { status: 'checkpoints-missing' } });
      writeFileSync(checkpointFile(), original.slice(0, -10));
      expect(await verify()).toMatchObject({ valid: false, anchor: { status: 'checkpoints-damaged' } });
    } finally {
      writeFileSync(checkpointFile(), original);
    }
    expect((await verify()).valid).toBe(true);
  });

  it('keeps verifying after the retention prune removed the oldest events, and anchors on from there', async () => {
    await writeEvents(2);
    const signed = await anchoredCheckpoint();
    const [{ removed }] = await db().query(`SELECT prune_audit_events(now()) AS removed`);
    expect(Number(removed)).toBeGreaterThanOrEqual(signed.sequence);
    expect(await verify()).toMatchObject({ valid: true, anchor: { status: 'anchored' } });

    await writeEvents(2);
    expect(await anchoredCheckpoint()).toMatchObject({ written: true, number: signed.number + 1 });
    expect(await verify()).toMatchObject({ valid: true, checkedEvents: 2, anchor: { status: 'anchored' } });
  });

  it("refuses a checkpoint file of another database's chain, in verification and in writing", async () => {
    await writeEvents(1);
    await anchoredCheckpoint();
    const [{ chain_id: chainId }] = await db().query(`SELECT chain_id FROM audit_chain_head`);
    const other = '00000000-0000-4000-8000-000000000000';
    await db().query(`UPDATE audit_chain_head SET chain_id = $1`, [other]);
    try {
      expect(await verify()).toMatchObject({ valid: false, anchor: { status: 'other-database' } });
      await writeEvents(1);
      expect((await checkpoint()).status).toBe(409);
    } finally {
      await db().query(`UPDATE audit_chain_head SET chain_id = $1`, [chainId]);
    }
    expect((await anchoredCheckpoint()).written).toBe(true);
    expect((await verify()).valid).toBe(true);
  });

  it('is for the privacy officer only', async () => {
    const admin = subject.browser();
    const token = await signIn(admin, 'admin@demo.sluitend.nl');
    expect((await admin.post('/api/v1/audit-checkpoints').set('X-XSRF-TOKEN', token)).status).toBe(403);
  });
});
