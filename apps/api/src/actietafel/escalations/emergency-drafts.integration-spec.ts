import type TestAgent from 'supertest/lib/agent';
import { DataSource } from 'typeorm';
import { createTestApp, OPENING_CONSENT, signIn, type TestApp } from '../../testing/test-app';

const REASON = 'Jongere is in crisis binnengebracht, de casusregisseur is niet bereikbaar';
const DRAFT = {
  reasonCode: 'housing',
  reasonText: 'Concept: de jongere vertelde ons iets wat het team eerst zelf wil wegen.',
  whatWasTried: '',
  question: '',
  urgency: 'normal',
  sectorsNeeded: [],
};

/** A draft escalation is the case team's working note: break-the-glass reads the dossier, never the drafts. */
describe('draft escalations under break-the-glass', () => {
  let subject: TestApp;
  let worker: TestAgent;
  let workerToken: string;
  let outsider: TestAgent;
  let outsiderId: string;
  let caseId: string;
  let draftId: string;
  let submittedId: string;

  const db = () => subject.app.get(DataSource);

  beforeAll(async () => {
    subject = await createTestApp();
    worker = subject.browser();
    workerToken = await signIn(worker, 'jongerenwerker@demo.sluitend.nl');
    outsider = subject.browser();
    const outsiderToken = await signIn(outsider, 'werk@demo.sluitend.nl');
    outsiderId = (await outsider.get('/api/v1/auth/me')).body.id;
    const municipalityId = (await worker.get('/api/v1/municipalities')).body[0].id;
    const created = await worker.post('/api/v1/cases').set('X-XSRF-TOKEN', workerToken).send({
      firstName: 'Jesse',
      lastName: 'Concept',
      dateOfBirth: '2008-04-01',
      bsn: '100023757',
      municipalityId,
      consent: OPENING_CONSENT,
    });
    caseId = created.body.id;
    const draft = await worker
      .post(`/api/v1/cases/${caseId}/escalations`)
      .set('X-XSRF-TOKEN', workerToken)
      .send({ request: DRAFT });
    expect(draft.status).toBe(201);
    draftId = draft.body.id;
    // A submitted one beside it (by SQL: submitting needs the actietafel consent, not what this is about).
    submittedId = (
      await db().query(
        `INSERT INTO escalation (case_id, region_id, state, state_since, reason_code, reason_text, what_was_tried,
                                 question, urgency, sectors_needed, submitted_at, created_by, version)
         SELECT case_id, region_id, 'submitted', now(), 'housing', 'Geen woonplek', 'Urgentie', 'Wie helpt?',
                'normal', '{gemeente}', now(), created_by, 1 FROM escalation WHERE id = $1 RETURNING id`,
        [draftId],
      )
    )[0].id;
    const granted = await outsider
      .post('/api/v1/emergency-accesses')
      .set('X-XSRF-TOKEN', outsiderToken)
      .send({ bsn: '100023757', reason: REASON });
    expect(granted.status).toBe(201);
  });

  afterAll(() => subject.close());

  it('lists the case’s escalations without the draft', async () => {
    const response = await outsider.get(`/api/v1/cases/${caseId}/escalations`);
    expect(response.status).toBe(200);
    expect(response.body.map((item: { id: string }) => item.id)).toEqual([submittedId]);
    expect(JSON.stringify(response.body)).not.toContain('Concept: de jongere');
    // The team itself still sees both.
    const team = await worker.get(`/api/v1/cases/${caseId}/escalations`);
    expect(team.body.map((item: { id: string }) => item.id).sort()).toEqual([draftId, submittedId].sort());
  });

  it('answers 404 for the draft itself and its plan version, logging the refusal', async () => {
    for (const path of [`/api/v1/escalations/${draftId}`, `/api/v1/escalations/${draftId}/plan-version`]) {
      const response = await outsider.get(path);
      expect({ path, status: response.status }).toEqual({ path, status: 404 });
      expect(JSON.stringify(response.body)).not.toContain('Concept: de jongere');
    }
    const [denied] = await db().query(
      `SELECT action, ground FROM audit_event WHERE user_id = $1 AND resource = 'escalation' ORDER BY sequence DESC`,
      [outsiderId],
    );
    expect(denied).toEqual({ action: 'denied', ground: 'none' });
    expect((await outsider.get(`/api/v1/escalations/${submittedId}`)).status).toBe(200);
  });

  it('shows no draft in the subject-access report paths either: they stay the casusregisseur’s', async () => {
    for (const path of ['subject-access-report', 'subject-access-report/pdf']) {
      const response = await outsider.get(`/api/v1/cases/${caseId}/${path}`);
      expect(response.status).toBe(403);
      expect(JSON.stringify(response.body ?? '')).not.toContain('Concept: de jongere');
    }
  });
});
