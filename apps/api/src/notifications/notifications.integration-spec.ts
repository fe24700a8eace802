import { NOTIFICATION_LIST_LIMIT } from '@sluitend/domain';
import { DataSource } from 'typeorm';
import { createTestApp, signIn, type TestApp } from '../testing/test-app';
import { NotificationsService } from './notifications.service';

describe('notifications', () => {
  let subject: TestApp;
  const db = () => subject.app.get(DataSource);
  const userId = async (email: string) =>
    (await db().query(`SELECT id FROM app_user WHERE email = $1`, [email]))[0].id as string;

  beforeAll(async () => {
    subject = await createTestApp();
  });

  afterAll(() => subject.close());

  it('stores one message per user, kind and subject, however often it is told', async () => {
    const service = subject.app.get(NotificationsService);
    const member = await userId('member@demo.sluitend.nl');
    const subjectId = '0b0c6c36-5d9a-4d53-9b43-5d1b0c1f3e4a';
    const message = {
      userId: member,
      kind: 'session.minutes-ready' as const,
      subjectId,
      title: 'Het verslag staat klaar',
      link: '/actietafel',
    };
    await db().transaction((manager) => service.notify(manager, [message, message]));
    await db().transaction((manager) => service.notify(manager, [{ ...message, title: 'Nog een keer' }]));
    const rows = await db().query(`SELECT title FROM notification WHERE user_id = $1 AND subject_id = $2`, [
      member,
      subjectId,
    ]);
    expect(rows).toEqual([{ title: 'Het verslag staat klaar' }]);
  });

  it('lists my own notifications, newest first and at most 50, and marks one read', async () => {
    const chair = await userId('chair@demo.sluitend.nl');
    const member = await userId('member@demo.sluitend.nl');
    await db().query(
      `INSERT INTO notification (user_id, kind, subject_id, title, link, created_at)
       SELECT $1, 'agreements.assigned', gen_random_uuid(), 'Melding ' || n, '/home', now() - n * interval '1 minute'
         FROM generate_series(1, 60) AS n`,
      [chair],
    );
    const browser = subject.browser();
    const token = await signIn(browser, 'chair@demo.sluitend.nl');
    const list = await browser.get('/api/v1/notifications');
    expect(list.status).toBe(200);
    expect(list.body).toHaveLength(NOTIFICATION_LIST_LIMIT);
    expect(list.body[0]).toEqual({
      id: expect.any(String),
      kind: 'agreements.assigned',
      title: 'Melding 1',
      link: '/home',
      createdAt: expect.any(String),
      readAt: null,
    });
    expect(list.body.map((n: { title: string }) => n.title)).not.toContain('Het verslag staat klaar');

    const read = await browser.post(`/api/v1/notifications/${list.body[0].id}/read`).set('X-XSRF-TOKEN', token);
    expect(read.status).toBe(200);
    expect(read.body).toMatchObject({ id: list.body[0].id, readAt: expect.any(String) });

    const [theirs] = await db().query(`SELECT id FROM notification WHERE user_id = $1`, [member]);
    const foreign = await browser.post(`/api/v1/notifications/${theirs.id}/read`).set('X-XSRF-TOKEN', token);
    expect(foreign.status).toBe(404);
    expect((await db().query(`SELECT read_at FROM notification WHERE id = $1`, [theirs.id]))[0].read_at).toBeNull();
    const badId = await browser.post('/api/v1/notifications/not-a-uuid/read').set('X-XSRF-TOKEN', token);
    expect(badId.status).toBe(400);
    expect((await subject.browser().get('/api/v1/notifications')).status).toBe(401);
  });

  it('counts my unread notifications and marks them all read, keeping the first time of one read before', async () => {
    const coordinator = await userId('coordinator@demo.sluitend.nl');
    const member = await userId('member@demo.sluitend.nl');
    await db().query(
      `INSERT INTO notification (user_id, kind, subject_id, title, link, read_at)
       SELECT $1, 'agreements.assigned', gen_random_uuid(), 'Melding ' || n, '/home',
              CASE WHEN n = 1 THEN timestamptz '2026-01-02T10:00:00Z' END
         FROM generate_series(1, 4) AS n`,
      [coordinator],
    );
    const unreadOfMember = async () =>
      Number(
        (await db().query(`SELECT count(*) AS n FROM notification WHERE user_id = $1 AND read_at IS NULL`, [member]))[0]
          .n,
      );
    const memberBefore = await unreadOfMember();
    expect(memberBefore).toBeGreaterThan(0);

    const browser = subject.browser();
    const token = await signIn(browser, 'coordinator@demo.sluitend.nl');
    expect((await browser.get('/api/v1/notifications/summary')).body).toEqual({ unreadCount: 3 });

    const readAll = await browser.post('/api/v1/notifications/read-all').set('X-XSRF-TOKEN', token);
    expect(readAll.status).toBe(200);
    expect(readAll.body).toEqual({ unreadCount: 0 });
    expect((await browser.get('/api/v1/notifications/summary')).body).toEqual({ unreadCount: 0 });
    const readAts: Array<{ title: string; read_at: Date }> = await db().query(
      `SELECT title, read_at FROM notification WHERE user_id = $1 ORDER BY title`,
      [coordinator],
    );
    expect(readAts[0]).toEqual({ title: 'Melding 1', read_at: new Date('2026-01-02T10:00:00Z') });
    for (const row of readAts.slice(1)) expect(row.read_at.getTime()).toBeGreaterThan(Date.now() - 60_000);

    // Again: nothing changes; someone else's stay unread.
    expect((await browser.post('/api/v1/notifications/read-all').set('X-XSRF-TOKEN', token)).body).toEqual({
      unreadCount: 0,
    });
    expect(await unreadOfMember()).toBe(memberBefore);
    expect((await browser.post('/api/v1/notifications/read-all')).status).toBe(403);
    expect((await subject.browser().get('/api/v1/notifications/summary')).status).toBe(401);
  });
});
