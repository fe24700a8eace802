import {
  addMonths,
  percentileCont,
  plainDate,
  todayInAmsterdam,
  type MonitoringReportResponse,
} from '@sluitend/domain';
import { Workbook, type CellValue } from 'exceljs';
import { randomInt } from 'node:crypto';
import type TestAgent from 'supertest/lib/agent';
import { DataSource } from 'typeorm';
import { OPENING_CONSENT, createTestApp, signIn, type TestApp } from '../../testing/test-app';

const DAY_MS = 86_400_000;
const PERIOD = { from: '2026-01-01', to: '2026-03-31' };
const REPORT = '/api/v1/monitoring/report';

const binary = (agent: TestAgent, path: string, query: object = PERIOD) =>
  agent
    .get(path)
    .query(query)
    .buffer(true)
    .parse((res, done) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => done(null, Buffer.concat(chunks)));
    });

/** A BSN that passes the elfproef, so the case is created with one the report must never show. */
function validBsn(): string {
  for (;;) {
    const digits = Array.from({ length: 8 }, (_, index) => (index === 0 ? randomInt(1, 10) : randomInt(0, 10)));
    const check = digits.reduce((sum, digit, index) => sum + (9 - index) * digit, 0) % 11;
    if (check < 10) return `${digits.join('')}${check}`;
  }
}

const days = (from: string, to: string) => (Date.parse(to) - Date.parse(from)) / DAY_MS;

async function readWorkbook(file: Buffer): Promise<Workbook> {
  const workbook = new Workbook();
  await workbook.xlsx.load(file.buffer.slice(file.byteOffset, file.byteOffset + file.byteLength) as ArrayBuffer);
  return workbook;
}

function cellTexts(workbook: Workbook): string[] {
  const texts: string[] = [];
  const text = (value: CellValue) =>
    typeof value === 'object' && value !== null ? JSON.stringify(value) : String(value);
  for (const sheet of workbook.worksheets) sheet.eachRow((row) => row.eachCell((cell) => texts.push(text(cell.value))));
  return texts;
}

/** The CSV's rows as fields (RFC 4180: a quoted field may hold the separator, a doubled quote is one quote). */
function csvRows(file: Buffer): string[][] {
  const text = file.toString('utf8').replace(/^\uFEFF/, '');
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let index = 0; index < text.length; index++) {
    const char = text[index];
    if (quoted && char === '"' && text[index + 1] === '"') {
      field += '"';
      index++;
    } else if (char === '"') {
      quoted = !quoted;
    } else if (quoted) {
      field += char;
    } else if (char === ';') {
      row.push(field);
      field = '';
    } else if (char === '\r' && text[index + 1] === '\n') {
      rows.push([...row, field]);
      row = [];
      field = '';
      index++;
    } else {
      field += char;
    }
  }
  return rows;
}

describe('Monitoring report', () => {
  let subject: TestApp;
  let coordinator: TestAgent;
  let chair: TestAgent;
  let professional: TestAgent;
  const secrets: string[] = [];
  let tiel: string;
  let buren: string;
  const submittedAt = [
    '2026-01-05T09:00:00Z',
    '2026-01-06T09:00:00Z',
    '2026-01-07T09:00:00Z',
    '2026-01-08T09:00:00Z',
    '2026-01-09T09:00:00Z',
  ];
  const triagedAfterDays = [1, 2, 3, 4, 10];
  const closedAt = [
    '2026-02-02T12:00:00Z',
    '2026-02-06T08:00:00Z',
    '2026-02-10T16:30:00Z',
    '2026-02-14T09:00:00Z',
    '2026-02-20T10:00:00Z',
  ];
  const sessionStartsAt = '2026-01-20T09:00:00Z';

  const db = () => subject.app.get(DataSource);

  beforeAll(async () => {
    subject = await createTestApp();
    const agentFor = async (email: string) => {
      const agent = subject.browser();
      return { agent, token: await signIn(agent, email) };
    };
    const worker = await agentFor('jongerenwerker@demo.sluitend.nl');
    coordinator = (await agentFor('coordinator@demo.sluitend.nl')).agent;
    chair = (await agentFor('chair@demo.sluitend.nl')).agent;
    professional = worker.agent;
    const municipalities: Array<{ id: string; name: string }> = (await worker.agent.get('/api/v1/municipalities')).body;
    tiel = municipalities.find((municipality) => municipality.name === 'Tiel')?.id ?? '';
    buren = municipalities.find((municipality) => municipality.name === 'Buren')?.id ?? '';
    const [{ id: regionId }] = await db().query(`SELECT id FROM region LIMIT 1`);
    const userId = async (email: string): Promise<{ id: string; organisationId: string }> => {
      const [row] = await db().query(`SELECT id, organisation_id FROM app_user WHERE email = $1`, [email]);
      return { id: row.id, organisationId: row.organisation_id };
    };
    const workerUser = await userId('jongerenwerker@demo.sluitend.nl');
    const werkUser = await userId('werk@demo.sluitend.nl');
    const coordinatorUser = await userId('coordinator@demo.sluitend.nl');
    const chairUser = await userId('chair@demo.sluitend.nl');

    // 16½ years old today (younger when the consent was given, hence a parent too): counted as 16+ without a toekomstplan, and a year and a half from 18.
    const dateOfBirth = addMonths(todayInAmsterdam(new Date()), -(16 * 12 + 6));
    const openCase = async (municipalityId: string, index: number): Promise<string> => {
      const lastName = `Geheimhouder${randomInt(1e9)}`;
      const bsn = validBsn();
      const response = await worker.agent
        .post('/api/v1/cases')
        .set('X-XSRF-TOKEN', worker.token)
        .send({
          firstName: `Fenna${index}`,
          lastName,
          dateOfBirth,
          bsn,
          municipalityId,
          consent: { ...OPENING_CONSENT, givenBy: ['jongere', 'parent-or-guardian'] },
        });
      if (response.status !== 201) throw new Error(`case: ${response.status} ${JSON.stringify(response.body)}`);
      secrets.push(lastName, bsn, response.body.id);
      return response.body.id;
    };
    const tielCases: string[] = [];
    for (let index = 0; index < 6; index++) tielCases.push(await openCase(tiel, index));
    const burenCase = await openCase(buren, 6);
    secrets.push(dateOfBirth, plainDate(dateOfBirth));

    const escalation = async (values: {
      caseId: string;
      state: string;
      submittedAt: string;
      triagedAt?: string;
      closedAt?: string;
      outcome?: string;
      reasonCode: string | null;
      sectors: string;
    }): Promise<string> => {
      const reasonText = `Vertrouwelijk${randomInt(1e9)}`;
      const [row] = await db().query(
        `INSERT INTO escalation (case_id, region_id, state, state_since, reason_code, reason_text, question, sectors_needed,
                                 created_by, submitted_at, triaged_at, closed_at, outcome, version)
         VALUES ($1, $2, $3, coalesce($10::timestamptz, $9::timestamptz, $8::timestamptz), $4, $5, 'Wie helpt?', $6,
                 $7, $8, $9, $10, $11, 1)
         RETURNING id`,
        [
          values.caseId,
          regionId,
          values.state,
          values.reasonCode,
          reasonText,
          values.sectors,
          workerUser.id,
          values.submittedAt,
          values.triagedAt ?? null,
          values.closedAt ?? null,
          values.outcome ?? null,
        ],
      );
      secrets.push(reasonText, row.id);
      return row.id;
    };

    // Tiel: five closed in February after one session in January, one waiting for triage, one accepted.
    const closed: string[] = [];
    for (let index = 0; index < 5; index++)
      closed.push(
        await escalation({
          caseId: tielCases[index] as string,
          state: 'closed',
          submittedAt: submittedAt[index] as string,
          triagedAt: new Date(
            Date.parse(submittedAt[index] as string) + (triagedAfterDays[index] as number) * DAY_MS,
          ).toISOString(),
          closedAt: closedAt[index] as string,
          outcome: 'resolved',
          reasonCode: 'waiting-list',
          sectors: '{jeugdhulp,gemeente}',
        }),
      );
    await escalation({
      caseId: tielCases[5] as string,
      state: 'submitted',
      submittedAt: '2026-02-10T10:00:00Z',
      reasonCode: 'housing',
      sectors: '{onderwijs}',
    });
    await escalation({
      caseId: tielCases[5] as string,
      state: 'accepted',
      submittedAt: '2026-03-01T10:00:00Z',
      triagedAt: '2026-03-02T10:00:00Z',
      reasonCode: null,
      sectors: '{jeugdhulp}',
    });
    // Buren: one rejected in the period; one submitted before it and closed in January.
    await escalation({
      caseId: burenCase,
      state: 'rejected',
      submittedAt: '2026-02-03T10:00:00Z',
      triagedAt: '2026-02-04T10:00:00Z',
      reasonCode: 'housing',
      sectors: '{welzijn}',
    });
    await escalation({
      caseId: burenCase,
      state: 'closed',
      submittedAt: '2025-12-20T10:00:00Z',
      triagedAt: '2025-12-21T10:00:00Z',
      closedAt: '2026-01-10T10:00:00Z',
      outcome: 'not-resolved',
      reasonCode: 'other',
      sectors: '{welzijn}',
    });

    const [session] = await db().query(
      `INSERT INTO actietafel_session (region_id, state, starts_at, ends_at, chair_user_id, created_by, version)
       VALUES ($1, 'ended', $2, $2::timestamptz + interval '2 hours', $3, $4, 1) RETURNING id`,
      [regionId, sessionStartsAt, chairUser.id, coordinatorUser.id],
    );
    const items: string[] = [];
    for (const [index, escalationId] of closed.entries()) {
      const [item] = await db().query(
        `INSERT INTO agenda_item (session_id, escalation_id, position, kind, minutes_planned, phase, version)
         VALUES ($1, $2, $3, 'escalation', 20, 'discussed', 1) RETURNING id`,
        [session.id, escalationId, index + 1],
      );
      items.push(item.id);
    }
    const agreement = (
      owner: { organisationId?: string; userId?: string },
      deadline: string,
      status = 'open',
      createdAt = '2026-01-20T11:00:00Z',
    ) =>
      db().query(
        `INSERT INTO agreement (escalation_id, case_id, session_id, agenda_item_id, what, owner_user_id, owner_organisation_id,
                                deadline, status, created_by, created_at, version)
         VALUES ($1, $2, $3, $4, 'Een afspraak.', $5, $6, $7, $8, $9, $10, 1)`,
        [
          closed[0],
          tielCases[0],
          session.id,
          items[0],
          owner.userId ?? null,
          owner.organisationId ?? null,
          deadline,
          status,
          coordinatorUser.id,
          createdAt,
        ],
      );
    // Jongerenwerk: six overdue (five owned by the organisation, one by its youth worker); Werkzaak: two.
    for (let index = 0; index < 5; index++)
      await agreement({ organisationId: workerUser.organisationId }, '2026-03-01');
    await agreement({ userId: workerUser.id }, '2026-03-01');
    for (let index = 0; index < 2; index++) await agreement({ organisationId: werkUser.organisationId }, '2026-03-01');
    // Not overdue: done, a deadline far ahead, or made before the period.
    await agreement({ organisationId: werkUser.organisationId }, '2026-03-01', 'done');
    await agreement({ organisationId: werkUser.organisationId }, '2099-12-31');
    await agreement({ organisationId: werkUser.organisationId }, '2026-03-01', 'open', '2025-12-01T11:00:00Z');
  });

  afterAll(() => subject.close());

  describe('as JSON', () => {
    let report: MonitoringReportResponse;

    beforeAll(async () => {
      const response = await coordinator.get(REPORT).query(PERIOD);
      expect(response.status).toBe(200);
      report = response.body;
    });

    it('states its title, period, municipalities, threshold and when it was made', () => {
      expect(report.title).toBe('Monitoring sluitende aanpak — Regio Rivierenland');
      expect(report.filter).toEqual({
        ...PERIOD,
        municipalityIds: [],
        municipalityNames: [
          'Buren',
          'Culemborg',
          'Maasdriel',
          'Neder-Betuwe',
          'Tiel',
          'West Betuwe',
          'West Maas en Waal',
          'Zaltbommel',
        ],
      });
      expect(report.suppressionThreshold).toBe(5);
      expect(Math.abs(Date.parse(report.generatedAt) - Date.now())).toBeLessThan(60_000);
    });

    it('counts escalations per state, hiding 1 to 4', () => {
      expect(report.escalationsByState).toEqual([
        { state: 'submitted', count: null, pastNorm: null },
        { state: 'accepted', count: null, pastNorm: null },
        { state: 'scheduled', count: 0, pastNorm: 0 },
        { state: 'agreements-running', count: 0, pastNorm: 0 },
        { state: 'closed', count: 5, pastNorm: 0 },
        { state: 'returned', count: 0, pastNorm: 0 },
        { state: 'rejected', count: null, pastNorm: 0 },
      ]);
    });

    it('counts throughput per month: submitted by month of submission, closed by month of closing', () => {
      const none = { resolved: 0, 'partly-resolved': 0, 'not-resolved': 0 };
      expect(report.throughput).toEqual([
        { month: '2026-01', submitted: 5, closed: null, outcomes: { ...none, 'not-resolved': null } },
        { month: '2026-02', submitted: null, closed: 5, outcomes: { ...none, resolved: 5 } },
        { month: '2026-03', submitted: null, closed: 0, outcomes: none },
      ]);
    });

    it('gives the lead times exactly, like percentile_cont, over groups of 5 or more', () => {
      const triage = [...triagedAfterDays, 1, 1];
      const firstSession = submittedAt.map((at) => days(at, sessionStartsAt));
      const close = submittedAt.map((at, index) => days(at, closedAt[index] as string));
      const [toTriage, toSession, toClose] = report.leadTimes;
      expect(toTriage).toEqual({ stage: 'submission-to-triage', count: 7, medianDays: 2, p90Days: expect.any(Number) });
      expect(toTriage.p90Days).toBeCloseTo(6.4, 9);
      expect(toTriage.p90Days).toBeCloseTo(percentileCont(triage, 0.9) as number, 9);
      expect(toSession).toEqual({
        stage: 'submission-to-first-session',
        count: 5,
        medianDays: 13,
        p90Days: expect.any(Number),
      });
      expect(toSession.p90Days).toBeCloseTo(percentileCont(firstSession, 0.9) as number, 9);
      expect(toSession.p90Days).toBeCloseTo(14.6, 9);
      expect(toClose.stage).toBe('submission-to-close');
      expect(toClose.count).toBe(5);
      expect(toClose.medianDays).toBeCloseTo(percentileCont(close, 0.5) as number, 9);
      expect(toClose.p90Days).toBeCloseTo(percentileCont(close, 0.9) as number, 9);
    });

    it('hides a municipality, sector, reason and organisation with fewer than 5, and shows 0', () => {
      expect(report.byMunicipality).toEqual([
        { name: 'Buren', submitted: null },
        { name: 'Culemborg', submitted: 0 },
        { name: 'Maasdriel', submitted: 0 },
        { name: 'Neder-Betuwe', submitted: 0 },
        { name: 'Tiel', submitted: 7 },
        { name: 'West Betuwe', submitted: 0 },
        { name: 'West Maas en Waal', submitted: 0 },
        { name: 'Zaltbommel', submitted: 0 },
      ]);
      expect(report.bySector).toEqual([
        { sector: 'welzijn', count: null },
        { sector: 'jeugdhulp', count: 6 },
        { sector: 'werk-en-inkomen', count: 0 },
        { sector: 'onderwijs', count: null },
        { sector: 'gemeente', count: 5 },
      ]);
      expect(report.reasonCodes).toEqual([
        { label: 'Wachtlijst', count: 5 },
        { label: 'Huisvesting', count: null },
        { label: 'Geen reden opgegeven', count: null },
      ]);
      expect(report.overdueByOrganisation).toEqual([
        { name: 'Jongerenwerk Rivierenland', overdueAgreements: 6 },
        { name: 'Werkzaak Rivierenland', overdueAgreements: null },
      ]);
      expect(report.signals).toEqual({
        'sixteen-plus-without-plan': 7,
        'turning-eighteen-open-checklist': 0,
        stagnating: 0,
      });
    });

    it('applies the municipality filter to every figure and names the municipality', async () => {
      const response = await chair.get(REPORT).query({ ...PERIOD, municipalityId: buren });
      expect(response.status).toBe(200);
      expect(response.body.filter).toEqual({ ...PERIOD, municipalityIds: [buren], municipalityNames: ['Buren'] });
      expect(response.body.byMunicipality).toEqual([{ name: 'Buren', submitted: null }]);
      expect(response.body.escalationsByState.find((figure: { state: string }) => figure.state === 'closed')).toEqual({
        state: 'closed',
        count: 0,
        pastNorm: 0,
      });
      expect(response.body.overdueByOrganisation).toEqual([]);
      expect(response.body.signals).toEqual({
        'sixteen-plus-without-plan': null,
        'turning-eighteen-open-checklist': 0,
        stagnating: 0,
      });
    });

    it('names no jongere: no name, BSN, date of birth, case id, escalation id or free text', () => {
      const serialised = JSON.stringify(report);
      expect(secrets.filter((secret) => serialised.includes(secret))).toEqual([]);
    });
  });

  describe('as XLSX', () => {
    let workbook: Workbook;

    beforeAll(async () => {
      const response = await binary(coordinator, `${REPORT}/xlsx`);
      expect(response.status).toBe(200);
      expect(response.headers['content-type']).toBe(
        'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      );
      expect(response.headers['content-disposition']).toBe(
        'attachment; filename="monitoring-2026-01-01-2026-03-31.xlsx"',
      );
      workbook = await readWorkbook(response.body);
    });

    it('has the Overzicht sheet and a sheet per section', () => {
      expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual([
        'Overzicht',
        'Aanmeldingen per status',
        'Doorstroom per maand',
        'Doorlooptijden',
        'Per gemeente',
        'Per sector',
        'Redenen',
        'Afspraken over de deadline',
        'Signalen',
      ]);
      expect(workbook.getWorksheet('Overzicht')?.getRow(2).values).toEqual([
        undefined,
        'Periode',
        '1 januari 2026 t/m 31 maart 2026',
      ]);
    });

    it('writes the same figures: numbers as numbers, a suppressed count as "<5"', () => {
      const sheet = workbook.getWorksheet('Per gemeente');
      expect(sheet?.getRow(1).values).toEqual([undefined, 'Gemeente', 'Ingediend']);
      expect(sheet?.getRow(2).values).toEqual([undefined, 'Buren', '<5']);
      expect(sheet?.getRow(6).values).toEqual([undefined, 'Tiel', 7]);
      expect(workbook.getWorksheet('Doorlooptijden')?.getRow(2).getCell(3).value).toBe(2);
      expect(workbook.getWorksheet('Afspraken over de deadline')?.getRow(2).values).toEqual([
        undefined,
        'Jongerenwerk Rivierenland',
        6,
      ]);
    });

    it('names no jongere in any cell', () => {
      const texts = cellTexts(workbook).join('\n');
      expect(secrets.filter((secret) => texts.includes(secret))).toEqual([]);
    });
  });

  describe('as CSV', () => {
    let file: Buffer;

    beforeAll(async () => {
      const response = await binary(coordinator, `${REPORT}/csv`);
      expect(response.status).toBe(200);
      expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
      expect(response.headers['content-disposition']).toBe(
        'attachment; filename="monitoring-2026-01-01-2026-03-31.csv"',
      );
      file = response.body;
    });

    it('is one semicolon table with a byte order mark and the same figures', () => {
      expect([...file.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const rows = csvRows(file);
      expect(rows[0]).toEqual(['sectie', 'onderdeel', 'maand', 'waarde']);
      expect(rows.every((row) => row.length === 4)).toBe(true);
      expect(rows).toContainEqual(['Overzicht', 'Periode', '', '1 januari 2026 t/m 31 maart 2026']);
      expect(rows).toContainEqual(['Per gemeente', 'Tiel', '', '7']);
      expect(rows).toContainEqual(['Per gemeente', 'Buren', '', '<5']);
      expect(rows).toContainEqual(['Doorstroom per maand', 'Afgesloten', '2026-02', '5']);
      expect(rows).toContainEqual(['Doorstroom per maand', 'Afgesloten', '2026-01', '<5']);
      expect(rows).toContainEqual([
        'Doorlooptijden',
        'Van indienen tot beoordeling — 90e percentiel (dagen)',
        '',
        '6,4',
      ]);
    });

    it('names no jongere', () => {
      const text = file.toString('utf8');
      expect(secrets.filter((secret) => text.includes(secret))).toEqual([]);
    });
  });

  describe('who may have it', () => {
    it.each(['', '/xlsx', '/csv'])('refuses a professional the report%s', async (suffix) => {
      const response = await professional.get(`${REPORT}${suffix}`).query(PERIOD);
      expect(response.status).toBe(403);
    });

    it.each([
      [{ from: '2026-03-31', to: '2026-01-01' }, 'to'],
      [{ from: '2026-02-30', to: '2026-03-31' }, 'from'],
      [{ from: '2020-01-01', to: '2026-03-31' }, 'to'],
    ])('answers a bad period %j with 400 naming %s', async (query, field) => {
      for (const suffix of ['', '/xlsx', '/csv']) {
        const response = await coordinator.get(`${REPORT}${suffix}`).query(query);
        expect(response.status).toBe(400);
        expect(response.headers['content-type']).toContain('application/problem+json');
        expect((response.body.errors as Array<{ field: string }>).map((error) => error.field)).toContain(field);
      }
    });

    it('refuses a municipality of another region', async () => {
      const response = await coordinator
        .get(REPORT)
        .query({ ...PERIOD, municipalityId: '00000000-0000-4000-8000-000000000000' });
      expect(response.status).toBe(400);
    });
  });
});
