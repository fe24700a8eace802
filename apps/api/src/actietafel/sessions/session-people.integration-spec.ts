import type TestAgent from 'supertest/lib/agent';
import { DataSource } from 'typeorm';
import { createTestApp, signIn, type TestApp } from '../../testing/test-app';

/** A session's people read its cases: only people whose roles do case work take part, never an admin. */
describe('who takes part in an Actietafel session', () => {
  let subject: TestApp;
  let coordinator: TestAgent;
  let token: string;
  const ids = new Map<string, string>();

  const db = () => subject.app.get(DataSource);
  const plan = (people: { minuteTakerUserId?: string; invitees?: Array<{ userId: string; sector: string }> }) =>
    coordinator
      .post('/api/v1/actietafel-sessions')
      .set('X-XSRF-TOKEN', token)
      .send({
        startsAt: '2030-03-04T09:00:00+01:00',
        endsAt: '2030-03-04T11:00:00+01:00',
        location: 'Gemeentehuis',
        chairUserId: ids.get('chair'),
        ...people,
      });

  beforeAll(async () => {
    subject = await createTestApp();
    coordinator = subject.browser();
    token = await signIn(coordinator, 'coordinator@demo.sluitend.nl');
    for (const who of ['chair', 'admin', 'privacy', 'member'])
      ids.set(who, (await db().query(`SELECT id FROM app_user WHERE email = $1`, [`${who}@demo.sluitend.nl`]))[0].id);
  });

  afterAll(() => subject.close());

  it('refuses an admin or privacy officer as invitee or minute-taker with 400 naming the field', async () => {
    const invited = await plan({ invitees: [{ userId: ids.get('admin') ?? '', sector: 'gemeente' }] });
    expect(invited.status).toBe(400);
    expect(invited.body.errors.map((error: { field: string }) => error.field)).toEqual(['invitees.0.userId']);
    const minutes = await plan({
      minuteTakerUserId: ids.get('privacy'),
      invitees: [{ userId: ids.get('member') ?? '', sector: 'jeugdhulp' }],
    });
    expect(minutes.status).toBe(400);
    expect(minutes.body.errors.map((error: { field: string }) => error.field)).toEqual(['minuteTakerUserId']);
    expect((await plan({ invitees: [{ userId: ids.get('member') ?? '', sector: 'jeugdhulp' }] })).status).toBe(201);
  });

  it('shows an admin invited before this rule nothing of the session', async () => {
    const planned = await plan({ invitees: [{ userId: ids.get('member') ?? '', sector: 'jeugdhulp' }] });
    await db().query(`INSERT INTO session_invitee (session_id, user_id, sector) VALUES ($1, $2, 'gemeente')`, [
      planned.body.id,
      ids.get('admin'),
    ]);
    await db().query(`UPDATE actietafel_session SET agenda_sent_at = now() WHERE id = $1`, [planned.body.id]);
    const admin = subject.browser();
    await signIn(admin, 'admin@demo.sluitend.nl');
    expect((await admin.get(`/api/v1/actietafel-sessions/${planned.body.id}`)).status).toBe(404);
  });
});
