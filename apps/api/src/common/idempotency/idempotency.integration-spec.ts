import { addDays, addMonths, todayInAmsterdam } from '@sluitend/domain';
import { randomUUID } from 'node:crypto';
import type { Response } from 'supertest';
import type TestAgent from 'supertest/lib/agent';
import { DataSource } from 'typeorm';
import { createTestApp, OPENING_CONSENT, signIn, type TestApp } from '../../testing/test-app';
import { IdempotencyStore } from './idempotency.store';

const today = todayInAmsterdam(new Date());
const problemCode = (body: { type?: string }) => body.type?.split('/').pop();
const RACERS = 10;

interface Actor {
  agent: TestAgent;
  token: string;
  id: string;
}

/** What a race of identical requests answered, for the assertions and for the report in the test's name. */
interface RaceResult {
  responses: Response[];
  statuses: Record<number, number>;
}

const ESCALATION_REQUEST = {
  reasonCode: 'housing',
  reasonText: 'Geen woonplek na de jeugdzorg; de jongere slaapt bij wisselende vrienden.',
  whatWasTried: 'Urgentie aangevraagd, twee corporaties benaderd.',
  question: 'Wie regelt binnen een maand een kamer?',
  urgency: 'urgent',
  sectorsNeeded: ['gemeente'],
};

describe('Idempotency-Key: a repeated submit creates nothing twice', () => {
  let subject: TestApp;
  let worker: Actor;
  let colleague: Actor;
  let coordinator: Actor;
  let chair: Actor;
  let municipalityId: string;

  const db = () => subject.app.get(DataSource);
  const one = async <T = Record<string, unknown>>(sql: string, parameters: unknown[] = []) =>
    (await db().query(sql, parameters))[0] as T;
  const count = async (sql: string, parameters: unknown[]) =>
    Number((await one<{ n: string }>(`SELECT COUNT(*) AS n FROM ${sql}`, parameters)).n);
  const actor = async (email: string): Promise<Actor> => {
    const agent = subject.browser();
    const token = await signIn(agent, email);
    return { agent, token, id: (await agent.get('/api/v1/auth/me')).body.id };
  };
  const post = (who: Actor, path: string, body: object, key?: string) => {
    const request = who.agent.post(`/api/v1${path}`).set('X-XSRF-TOKEN', who.token);
    return (key === undefined ? request : request.set('Idempotency-Key', key)).send(body);
  };
  const race = async (send: () => Promise<Response>): Promise<RaceResult> => {
    const responses = await Promise.all(Array.from({ length: RACERS }, () => send()));
    const statuses: Record<number, number> = {};
    for (const response of responses) statuses[response.status] = (statuses[response.status] ?? 0) + 1;
    // Printed so the closing note can quote what the race answered.
    console.info(`race of ${RACERS}: ${JSON.stringify(statuses)}`);
    return { responses, statuses };
  };
  /** The winners all answer with the same resource; the losers with the draft's 409 "still in flight". */
  const expectOneResource = ({ responses }: RaceResult, created: number) => {
    const ids = new Set(responses.filter((r) => r.status === created).map((r) => r.body.id));
    expect(ids.size).toBe(1);
    for (const response of responses.filter((r) => r.status !== created)) {
      expect(response.status).toBe(409);
      expect(response.headers['content-type']).toContain('application/problem+json');
      expect(problemCode(response.body)).toBe('idempotency-key-in-flight');
      expect(response.headers['retry-after']).toBe('1');
    }
    return [...ids][0] as string;
  };
  const versionOf = async (table: string, id: string) =>
    Number((await one<{ version: number }>(`SELECT version FROM ${table} WHERE id = $1`, [id])).version);
  const step = async (who: Actor, id: string, body: Record<string, unknown>) => {
    const response = await post(who, `/escalations/${id}/transitions`, {
      version: await versionOf('escalation', id),
      ...body,
    });
    expect(response.status).toBe(200);
  };
  const caseBody = (lastName: string, extra: object = {}) => ({
    firstName: 'Jesse',
    lastName,
    dateOfBirth: addMonths(today, -12 * 17 - 3),
    municipalityId,
    consent: OPENING_CONSENT,
    ...extra,
  });
  const openCase = async (lastName: string, extra: object = {}): Promise<string> => {
    const created = await post(worker, '/cases', caseBody(lastName, extra));
    expect(created.status).toBe(201);
    return created.body.id;
  };
  const actietafelConsent = async (caseId: string) => {
    const consent = await post(worker, `/cases/${caseId}/consents`, {
      scope: 'sector',
      sector: 'gemeente',
      purpose: 'actietafel',
      basis: 'consent',
      givenBy: ['jongere'],
      givenOn: today,
    });
    expect(consent.status).toBe(201);
  };

  beforeAll(async () => {
    subject = await createTestApp();
    municipalityId = (await one<{ id: string }>(`SELECT id FROM municipality WHERE name = 'Tiel'`)).id;
    worker = await actor('jongerenwerker@demo.sluitend.nl');
    colleague = await actor('jeugdhulp@demo.sluitend.nl');
    coordinator = await actor('coordinator@demo.sluitend.nl');
    chair = await actor('chair@demo.sluitend.nl');
  });

  afterAll(() => subject.close());

  describe(`${RACERS} identical requests at once with one key create exactly one`, () => {
    it('escalation, submitted, and a later repeat replays the first answer', async () => {
      const caseId = await openCase('Race');
      await actietafelConsent(caseId);
      const key = randomUUID();
      const body = { request: ESCALATION_REQUEST, submit: true };

      const result = await race(() => post(worker, `/cases/${caseId}/escalations`, body, `"${key}"`));

      const id = expectOneResource(result, 201);
      expect(await count(`escalation WHERE case_id = $1`, [caseId])).toBe(1);
      expect(await count(`escalation_transition WHERE escalation_id = $1`, [id])).toBe(1);
      const first = result.responses.find((r) => r.status === 201 && r.headers['idempotent-replayed'] === undefined);
      const repeat = await post(worker, `/cases/${caseId}/escalations`, body, `"${key}"`);
      expect(repeat.status).toBe(201);
      expect(repeat.headers['idempotent-replayed']).toBe('true');
      expect(repeat.headers['cache-control']).toBe('no-store');
      expect(repeat.body).toEqual(first?.body);
      expect(repeat.body).toMatchObject({ id, state: 'submitted' });
      expect(await count(`escalation WHERE case_id = $1`, [caseId])).toBe(1);
    });

    it('case', async () => {
      const key = randomUUID();
      const result = await race(() => post(worker, '/cases', caseBody('Tegelijk'), key));
      expectOneResource(result, 201);
      expect(await count(`case_file WHERE last_name = 'Tegelijk'`, [])).toBe(1);
    });

    it('team member', async () => {
      const caseId = await openCase('Teamrace');
      const key = randomUUID();
      const result = await race(() =>
        post(worker, `/cases/${caseId}/team-members`, { userId: colleague.id, part: 'jeugdhulp' }, key),
      );
      expectOneResource(result, 201);
      expect(await count(`case_team_member WHERE case_id = $1 AND user_id = $2`, [caseId, colleague.id])).toBe(1);
    });

    it('consent', async () => {
      const caseId = await openCase('Toestemmingrace');
      const key = randomUUID();
      const body = {
        scope: 'sector',
        sector: 'onderwijs',
        purpose: 'case-collaboration',
        basis: 'consent',
        givenBy: ['jongere'],
        givenOn: today,
      };
      const result = await race(() => post(worker, `/cases/${caseId}/consents`, body, key));
      expectOneResource(result, 201);
      expect(await count(`consent WHERE case_id = $1 AND sector = 'onderwijs'`, [caseId])).toBe(1);
    });

    it('agreement at the table', async () => {
      const caseId = await openCase('Afspraakrace');
      await actietafelConsent(caseId);
      const escalation = await post(worker, `/cases/${caseId}/escalations`, {
        request: ESCALATION_REQUEST,
        submit: true,
      });
      expect(escalation.status).toBe(201);
      const escalationId = escalation.body.id;
      await step(coordinator, escalationId, { transition: 'accept' });
      const sessionId = (
        await one<{ id: string }>(
          `INSERT INTO actietafel_session (region_id, starts_at, ends_at, chair_user_id, created_by, version)
           SELECT region_id, now() - interval '1 hour', now() + interval '1 hour', $2, $3, 1
             FROM escalation WHERE id = $1 RETURNING id`,
          [escalationId, chair.id, coordinator.id],
        )
      ).id;
      await step(coordinator, escalationId, { transition: 'schedule', sessionId });
      await step(chair, escalationId, { transition: 'discuss' });
      const item = await one<{ id: string }>(`SELECT id FROM agenda_item WHERE escalation_id = $1`, [escalationId]);
      await db().query(`UPDATE actietafel_session SET state = 'in-progress', started_at = now() WHERE id = $1`, [
        sessionId,
      ]);
      const key = randomUUID();
      const body = { what: 'Kamer zoeken via de corporatie', ownerUserId: worker.id, deadline: addDays(today, 20) };

      const result = await race(() =>
        post(chair, `/actietafel-sessions/${sessionId}/agenda-items/${item.id}/agreements`, body, key),
      );

      expectOneResource(result, 201);
      expect(await count(`agreement WHERE escalation_id = $1`, [escalationId])).toBe(1);
    });
  });

  describe(`${RACERS} identical requests at once without a key`, () => {
    it('add one team member: the unique (case, user) lets one in and answers the others 409', async () => {
      const caseId = await openCase('Zondersleutel');
      const result = await race(() =>
        post(worker, `/cases/${caseId}/team-members`, { userId: colleague.id, part: 'jeugdhulp' }),
      );
      expect(result.statuses).toEqual({ 201: 1, 409: RACERS - 1 });
      for (const response of result.responses.filter((r) => r.status === 409)) {
        expect(problemCode(response.body)).toBe('already-team-member');
      }
      expect(await count(`case_team_member WHERE case_id = $1 AND user_id = $2`, [caseId, colleague.id])).toBe(1);
    });

    it('open one case for one BSN: the unique BSN lets one in and answers the others 409', async () => {
      const result = await race(() => post(worker, '/cases', caseBody('Dubbel', { bsn: '100200011' })));
      expect(result.statuses).toEqual({ 201: 1, 409: RACERS - 1 });
      for (const response of result.responses.filter((r) => r.status === 409)) {
        expect(response.headers['content-type']).toContain('application/problem+json');
        expect(problemCode(response.body)).toBe('case-already-exists');
        expect(response.body.errors).toEqual([{ field: 'bsn', message: expect.any(String) }]);
      }
      expect(await count(`case_file WHERE bsn = '100200011'`, [])).toBe(1);
      // Each refusal is in the access log against the existing case, so its casusregisseur sees who tried.
      const existing = result.responses.find((r) => r.status === 201)?.body.id;
      const refusals: Array<{ reason: string; case_ids: string[] }> = await db().query(
        `SELECT reason, case_ids FROM audit_event WHERE user_id = $1 AND action = 'denied' AND $2 = ANY(case_ids)`,
        [worker.id, existing],
      );
      expect(refusals).toHaveLength(RACERS - 1);
      expect(refusals[0].reason).toBe('create: a case with this BSN exists');
    });
  });

  it("refuses to give a case another case's BSN (409), and keeps its own", async () => {
    const first = await openCase('Bsneen', { bsn: '100200035' });
    const second = await openCase('Bsntwee');
    const version = await versionOf('case_file', second);
    const changed = await worker.agent
      .patch(`/api/v1/cases/${second}`)
      .set('X-XSRF-TOKEN', worker.token)
      .send({ version, bsn: '100200035' });
    expect(changed.status).toBe(409);
    expect(problemCode(changed.body)).toBe('case-already-exists');
    expect(await one(`SELECT bsn FROM case_file WHERE id = $1`, [second])).toEqual({ bsn: null });
    expect(await one(`SELECT bsn FROM case_file WHERE id = $1`, [first])).toEqual({ bsn: '100200035' });
  });

  it('is documented on every POST but signing in and out, as one reusable optional header parameter', async () => {
    const document = (await subject.browser().get('/api/docs-json')).body as {
      paths: Record<string, { post?: { parameters?: Array<{ $ref?: string }>; responses: Record<string, unknown> } }>;
      components: { parameters: Record<string, { name: string; in: string; required: boolean }> };
    };
    expect(document.components.parameters['IdempotencyKey']).toMatchObject({
      name: 'Idempotency-Key',
      in: 'header',
      required: false,
    });
    const posts = Object.entries(document.paths).filter(([, item]) => item.post);
    expect(posts.length).toBeGreaterThan(15);
    for (const [path, item] of posts) {
      const refs = (item.post?.parameters ?? []).map((parameter) => parameter.$ref);
      if (path === '/auth/login' || path === '/auth/logout') {
        expect(refs).not.toContain('#/components/parameters/IdempotencyKey');
      } else {
        expect({ path, refs }).toEqual({
          path,
          refs: expect.arrayContaining(['#/components/parameters/IdempotencyKey']),
        });
        expect(Object.keys(item.post?.responses ?? {})).toEqual(expect.arrayContaining(['409', '422']));
      }
    }
  });

  describe('the key', () => {
    it('used again for another body is refused with 422, and nothing is created', async () => {
      const key = randomUUID();
      expect((await post(worker, '/cases', caseBody('Eerste'), key)).status).toBe(201);
      const reused = await post(worker, '/cases', caseBody('Tweede'), key);
      expect(reused.status).toBe(422);
      expect(reused.headers['content-type']).toContain('application/problem+json');
      expect(problemCode(reused.body)).toBe('idempotency-key-reused');
      expect(await count(`case_file WHERE last_name = 'Tweede'`, [])).toBe(0);
    });

    it('used again on another path is refused with 422', async () => {
      const key = randomUUID();
      const caseId = await openCase('Anderpad');
      expect(
        (await post(worker, `/cases/${caseId}/network-members`, { name: 'Oma', relation: 'family' }, key)).status,
      ).toBe(201);
      const elsewhere = await post(worker, '/cases', caseBody('Anderpad2'), key);
      expect(elsewhere.status).toBe(422);
      expect(await count(`case_file WHERE last_name = 'Anderpad2'`, [])).toBe(0);
    });

    it('belongs to its user: another user with the same key gets their own resource', async () => {
      const key = randomUUID();
      expect((await post(worker, '/cases', caseBody('Sleutel'), key)).status).toBe(201);
      const other = await post(colleague, '/cases', caseBody('Sleutel'), key);
      expect(other.status).toBe(201);
      expect(other.headers['idempotent-replayed']).toBeUndefined();
      expect(await count(`case_file WHERE last_name = 'Sleutel'`, [])).toBe(2);
    });

    it('of a request that failed is free again: the corrected retry runs', async () => {
      const key = randomUUID();
      const wrong = await post(worker, '/cases', caseBody('Herkansing', { dateOfBirth: 'gisteren' }), key);
      expect(wrong.status).toBe(400);
      const corrected = await post(worker, '/cases', caseBody('Herkansing'), key);
      expect(corrected.status).toBe(201);
      expect(corrected.headers['idempotent-replayed']).toBeUndefined();
      expect(await count(`case_file WHERE last_name = 'Herkansing'`, [])).toBe(1);
    });

    it('expires after a day: then the same key runs the request again', async () => {
      const key = randomUUID();
      expect((await post(worker, '/cases', caseBody('Verlopen'), key)).status).toBe(201);
      await db().query(`UPDATE idempotency_key SET expires_at = now() - interval '1 second' WHERE user_id = $1`, [
        worker.id,
      ]);
      const later = await post(worker, '/cases', caseBody('Verlopen'), key);
      expect(later.status).toBe(201);
      expect(later.headers['idempotent-replayed']).toBeUndefined();
      expect(await count(`case_file WHERE last_name = 'Verlopen'`, [])).toBe(2);
    });

    it('is swept away once expired, by the next claim of any user', async () => {
      await db().query(
        `INSERT INTO idempotency_key (user_id, key_hash, fingerprint, response_status, expires_at)
         VALUES ($1, 'expired', 'x', 201, now() - interval '1 minute')`,
        [colleague.id],
      );
      // A fresh store, as a freshly started instance: its first claim sweeps.
      await new IdempotencyStore(db()).claim(worker.id, randomUUID(), 'fingerprint');
      expect(await count(`idempotency_key WHERE key_hash = 'expired'`, [])).toBe(0);
    });

    it('is stored as a digest, and the kept response shows no personal data', async () => {
      const key = randomUUID();
      expect((await post(worker, '/cases', caseBody('Versleuteld', { bsn: '100200023' }), key)).status).toBe(201);
      const rows: Array<Record<string, unknown>> = await db().query(`SELECT * FROM idempotency_key`);
      const stored = JSON.stringify(rows);
      expect(stored).not.toContain(key);
      expect(stored).not.toContain('Versleuteld');
      expect(stored).not.toContain('100200023');
    });

    it.each([
      ['empty', ''],
      ['too long', 'k'.repeat(256)],
      ['with a space', 'two words'],
      ['with a tab', 'a\tb'],
      ['not ASCII', 'sleutel-\u00e9'],
    ])('that is %s is refused with 400 naming the header, and nothing is created', async (_name, key) => {
      const response = await post(worker, '/cases', caseBody('Kapot'), key);
      expect(response.status).toBe(400);
      expect(response.headers['content-type']).toContain('application/problem+json');
      expect(response.body.errors).toEqual([{ field: 'Idempotency-Key', message: expect.any(String) }]);
      expect(await count(`case_file WHERE last_name = 'Kapot'`, [])).toBe(0);
    });
  });
});
