import { addMonths, DEFAULT_LIFE_DOMAINS, emptyToekomstplan, todayInAmsterdam } from '@sluitend/domain';
import fc from 'fast-check';
import type TestAgent from 'supertest/lib/agent';
import { DataSource } from 'typeorm';
import { createTestApp, OPENING_CONSENT, signIn, xsrfToken, type TestApp } from '../testing/test-app';
import {
  knownOffenders,
  requestArbitrary,
  validRequest,
  type MalformedRequest,
} from './malformed-requests/malformed-arbitraries';
import { operationsOf, type OpenApiDocument, type Operation } from './malformed-requests/openapi-operations';

/**
 * Issue 13 §4, made impossible to regress: every operation of the served OpenAPI document (so also the ones
 * added later) gets generated malformed bodies, path parameters and queries, from every role and from an
 * anonymous browser. No answer may be a 5xx, and every error must be application/problem+json.
 * Fixed seed and runs per operation: the same requests on every run, within the time budget.
 */
const SEED = 13_2026;
const RUNS_PER_OPERATION = 40;
const CONCURRENT_OPERATIONS = 4;

const PERSONAS = [
  'admin',
  'coordinator',
  'chair',
  'member',
  'jongerenwerker',
  'jeugdhulp',
  'school',
  'werk',
  'privacy',
] as const;

/** Operations that may end the sender's own session go last, so they cannot starve the others of sign-ins. */
const endsSessions = (operation: Operation) => operation.path.startsWith('/auth/');

interface Finding {
  operation: string;
  request: MalformedRequest;
  status: number;
  contentType: string;
}

describe('malformed requests to every operation of the OpenAPI document', () => {
  let subject: TestApp;
  let document: OpenApiDocument;
  const agents = new Map<string, { agent: TestAgent; token: string }>();
  const ids: Record<string, string> = {};
  const persona = (name: string) => {
    const signedIn = agents.get(name);
    if (!signedIn) throw new Error(`no browser for ${name}`);
    return signedIn;
  };

  beforeAll(async () => {
    subject = await createTestApp({
      // The fuzzer signs in often from one address and may guess a demo e-mail: that must not lock it out.
      LOGIN_ATTEMPTS_PER_IP_PER_MINUTE: '1000000',
      LOGIN_MAX_FAILURES: '1000000',
      LOGIN_MAX_FAILURES_PER_IP: '1000000',
      // A 5xx found here must say why in the run's output, or it cannot be fixed from a CI log.
      LOG_LEVEL: 'error',
    });
    document = (await subject.browser().get('/api/docs-json')).body;
    const anonymous = subject.browser();
    agents.set('anonymous', { agent: anonymous, token: await xsrfToken(anonymous) });
    for (const persona of PERSONAS) {
      const agent = subject.browser();
      agents.set(persona, { agent, token: await signIn(agent, `${persona}@demo.sluitend.nl`) });
    }
    await arrangeRealRows();
  }, 120_000);

  afterAll(() => subject.close());

  /** A case with a plan and an escalation, and the ids of rows each kind of path parameter names. */
  async function arrangeRealRows() {
    const db = subject.app.get(DataSource);
    const one = async (sql: string, parameters: unknown[] = []) => ((await db.query(sql, parameters))[0] ?? {}).id;
    const worker = persona('jongerenwerker');
    const send = (method: 'post' | 'put', path: string, body: object) =>
      worker.agent[method](`/api/v1${path}`).set('X-XSRF-TOKEN', worker.token).send(body);
    const municipalityId = await one(`SELECT id FROM municipality WHERE name = 'Tiel'`);
    const today = todayInAmsterdam(new Date());
    const dateOfBirth = addMonths(today, -12 * 17);
    const created = await send('post', '/cases', {
      firstName: 'Jesse',
      lastName: 'Fuzz',
      dateOfBirth,
      municipalityId,
      consent: OPENING_CONSENT,
    });
    const caseId = created.body.id;
    await send('put', `/cases/${caseId}/toekomstplan`, {
      basedOnVersion: null,
      content: emptyToekomstplan(DEFAULT_LIFE_DOMAINS, dateOfBirth, addMonths(today, 3)),
    });
    const escalation = await send('post', `/cases/${caseId}/escalations`, {
      request: {
        reasonCode: null,
        reasonText: '',
        whatWasTried: '',
        question: '',
        urgency: 'normal',
        sectorsNeeded: [],
      },
    });
    const regionId = await one(`SELECT id FROM region WHERE name = 'Rivierenland'`);
    const chairId = await one(`SELECT id FROM app_user WHERE email = 'chair@demo.sluitend.nl'`);
    const coordinatorId = await one(`SELECT id FROM app_user WHERE email = 'coordinator@demo.sluitend.nl'`);
    const sessionId = await one(
      `INSERT INTO actietafel_session (region_id, state, starts_at, ends_at, chair_user_id, created_by, version)
       VALUES ($1, 'planned', now() + interval '2 days', now() + interval '2 days 2 hours', $2, $3, 1) RETURNING id`,
      [regionId, chairId, coordinatorId],
    );
    Object.assign(ids, {
      case: caseId,
      cases: caseId,
      escalations: escalation.body.id,
      'actietafel-sessions': sessionId,
      regions: regionId,
      municipalities: municipalityId,
      users: await spareUser(),
      // An organisation none of the personas belongs to: a request that deactivates it locks nobody out.
      organisations: await one(
        `SELECT id FROM organisation WHERE id NOT IN (SELECT organisation_id FROM app_user) ORDER BY name LIMIT 1`,
      ),
    });
  }

  /** A copy of a professional that no persona signs in as, so requests that change a user lock nobody out. */
  async function spareUser(): Promise<string> {
    const db = subject.app.get(DataSource);
    const [{ columns }] = await db.query(
      `SELECT string_agg(quote_ident(column_name), ', ') AS columns FROM information_schema.columns
        WHERE table_schema = current_schema() AND table_name = 'app_user' AND column_name NOT IN ('id', 'email')`,
    );
    const [{ id }] = await db.query(
      `INSERT INTO app_user (email, ${columns}) SELECT 'fuzz-doel@demo.sluitend.nl', ${columns} FROM app_user
        WHERE email = 'jongerenwerker@demo.sluitend.nl' RETURNING id`,
    );
    return id;
  }

  async function send(request: MalformedRequest, operation: Operation) {
    const { agent, token } = persona(request.persona);
    let call = agent[operation.method](request.url);
    if (request.withXsrf) call = call.set('X-XSRF-TOKEN', token);
    if (request.idempotencyKey !== undefined) call = call.set('Idempotency-Key', request.idempotencyKey);
    if (request.body !== undefined) call = call.set('Content-Type', request.contentType).send(request.body);
    return call;
  }

  it('answers no 5xx and only problem+json errors, whatever the body, path or query', async () => {
    const operations = operationsOf(document);
    const personas = ['anonymous', ...PERSONAS];
    const findings: Finding[] = [];
    let sent = 0;
    let serverErrors = 0;
    const started = Date.now();
    /** Sends one request and records a wrong answer; true when the answer is right. */
    const check = async (operation: Operation, request: MalformedRequest) => {
      const response = await send(request, operation).catch((error: Error) => error);
      if (response instanceof Error) {
        // A request the client could not even send is a fault of this test: reported, never hidden.
        findings.push({ operation: operation.id, request, status: 0, contentType: response.message });
        return { right: false, status: 0 };
      }
      sent += 1;
      const contentType = String(response.headers['content-type'] ?? '');
      if (response.status >= 500) serverErrors += 1;
      const wrong =
        response.status >= 500 || (response.status >= 400 && !contentType.startsWith('application/problem+json'));
      if (wrong) findings.push({ operation: operation.id, request, status: response.status, contentType });
      return { right: !wrong, status: response.status };
    };
    const fuzz = async (operation: Operation) => {
      // Who may call it: the personas its valid request does not turn away. They send most of the spoiled ones.
      const callers: string[] = [];
      for (const name of personas) {
        const { status } = await check(operation, validRequest(document, operation, ids, name));
        if (status !== 401 && status !== 403) callers.push(name);
      }
      const senders = fc.oneof(
        { weight: 4, arbitrary: fc.constantFrom(...(callers.length ? callers : personas)) },
        { weight: 1, arbitrary: fc.constantFrom(...personas) },
      );
      // fast-check counts examples within numRuns: the generated runs come on top of them.
      const examples = knownOffenders(document, operation, ids, callers[0] ?? 'anonymous').map((request) => [request]);
      await fc.check(
        fc.asyncProperty(
          requestArbitrary(document, operation, senders, ids),
          async (request) => (await check(operation, request)).right,
        ),
        {
          // Fixed, but not the same sequence for every operation.
          seed: SEED + [...operation.id].reduce((sum, char) => sum + char.charCodeAt(0), 0),
          numRuns: examples.length + RUNS_PER_OPERATION,
          endOnFailure: true,
          examples,
        },
      );
    };
    // A few operations at a time: the server waits on Postgres for most of a request.
    const [ordinary, last] = [operations.filter((o) => !endsSessions(o)), operations.filter(endsSessions)];
    for (let index = 0; index < ordinary.length; index += CONCURRENT_OPERATIONS) {
      await Promise.all(ordinary.slice(index, index + CONCURRENT_OPERATIONS).map(fuzz));
    }
    for (const operation of last) await fuzz(operation);
    const seconds = Math.round((Date.now() - started) / 1000);
    process.stdout.write(
      `malformed requests: ${sent} sent to ${operations.length} operations in ${seconds} s, ${serverErrors} answered 5xx, ${findings.length} wrong answers\n`,
    );
    const summary = findings.map(
      (finding) =>
        `${finding.operation} ${finding.status} ${finding.contentType} as ${finding.request.persona}: ${finding.request.url} ${String(finding.request.body).slice(0, 200)}`,
    );
    expect(summary).toEqual([]);
  }, 180_000);
});
