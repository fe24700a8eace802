import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { Clock } from '../common/time/clock';
import { createTestApp, type TestApp } from '../testing/test-app';
import { ReminderDelivery } from './reminder-delivery.service';
import { ReminderOutbox, type PlannedReminder } from './reminder-outbox';

describe('the reminder outbox', () => {
  let subject: TestApp;
  let recipient: string;
  const db = () => subject.app.get(DataSource);
  const now = new Date('2026-11-23T10:00:00Z');

  const planned = (subjectId: string, dueOn: string, kind = 'action-deadline-soon'): PlannedReminder => ({
    key: `${kind}|${subjectId}|${dueOn}|${recipient}`,
    kind,
    subjectId,
    caseId: null,
    recipientUserId: recipient,
    dueOn,
    dueAt: new Date(`${dueOn}T07:00:00Z`),
    title: 'Een actie verloopt over 3 dagen',
    link: '/home',
  });
  const rows = (subjectId: string) =>
    db().query(`SELECT key, status, due_on::text AS due_on FROM reminder WHERE subject_id = $1 ORDER BY key`, [
      subjectId,
    ]) as Promise<Array<{ key: string; status: string; due_on: string }>>;
  const replace = (subjectId: string, reminders: PlannedReminder[]) =>
    db().transaction((manager) => ReminderOutbox.replace(manager, subjectId, ['action-deadline-soon'], reminders, now));

  beforeAll(async () => {
    subject = await createTestApp();
    recipient = (await db().query(`SELECT id FROM app_user WHERE email = 'member@demo.sluitend.nl'`))[0].id;
  });

  afterAll(() => subject.close());

  afterEach(() => jest.restoreAllMocks());

  it('stores a reminder once however often the same change is written', async () => {
    const subjectId = randomUUID();
    await replace(subjectId, [planned(subjectId, '2026-12-01')]);
    await replace(subjectId, [planned(subjectId, '2026-12-01')]);
    expect(await rows(subjectId)).toEqual([
      { key: planned(subjectId, '2026-12-01').key, status: 'pending', due_on: '2026-12-01' },
    ]);
  });

  it('moves a reminder with its deadline: the old one is cancelled, the new one pending', async () => {
    const subjectId = randomUUID();
    await replace(subjectId, [planned(subjectId, '2026-12-01')]);
    const result = await replace(subjectId, [planned(subjectId, '2026-12-08')]);
    expect(result).toEqual({ added: 1, cancelled: 1 });
    expect((await rows(subjectId)).map((row) => [row.due_on, row.status])).toEqual([
      ['2026-12-01', 'cancelled'],
      ['2026-12-08', 'pending'],
    ]);
  });

  it('revives a cancelled reminder when the deadline moves back', async () => {
    const subjectId = randomUUID();
    await replace(subjectId, [planned(subjectId, '2026-12-01')]);
    await replace(subjectId, [planned(subjectId, '2026-12-08')]);
    await replace(subjectId, [planned(subjectId, '2026-12-01')]);
    expect((await rows(subjectId)).map((row) => [row.due_on, row.status])).toEqual([
      ['2026-12-01', 'pending'],
      ['2026-12-08', 'cancelled'],
    ]);
  });

  it('cancels every pending reminder of a finished subject', async () => {
    const subjectId = randomUUID();
    await replace(subjectId, [planned(subjectId, '2026-12-01')]);
    await replace(subjectId, []);
    expect((await rows(subjectId)).map((row) => row.status)).toEqual(['cancelled']);
  });

  it('rolls the reminders back with the change they came with', async () => {
    const subjectId = randomUUID();
    await expect(
      db().transaction(async (manager) => {
        await ReminderOutbox.replace(
          manager,
          subjectId,
          ['action-deadline-soon'],
          [planned(subjectId, '2026-12-01')],
          now,
        );
        throw new Error('the change itself failed');
      }),
    ).rejects.toThrow('the change itself failed');
    expect(await rows(subjectId)).toEqual([]);
  });

  it('delivers a reminder exactly once, however often and however concurrently delivery runs', async () => {
    const subjectId = randomUUID();
    await replace(subjectId, [planned(subjectId, '2026-11-20')]);
    const [{ id }] = await db().query(`SELECT id FROM reminder WHERE subject_id = $1`, [subjectId]);
    const delivery = subject.app.get(ReminderDelivery);
    const results = await Promise.all(Array.from({ length: 8 }, () => delivery.deliver(id)));
    expect(results.filter((result) => result === 'delivered')).toHaveLength(1);
    expect(results.filter((result) => result === 'already-delivered')).toHaveLength(7);
    expect(await delivery.deliver(id)).toBe('already-delivered');
    const told = await db().query(`SELECT title, link FROM notification WHERE kind = 'reminder' AND subject_id = $1`, [
      id,
    ]);
    expect(told).toEqual([{ title: 'Een actie verloopt over 3 dagen', link: '/home' }]);
  });

  it('does not deliver a cancelled reminder, and lists only pending reminders that are due', async () => {
    jest.spyOn(Clock.prototype, 'now').mockReturnValue(new Date('2026-11-25T12:00:00Z'));
    const due = randomUUID();
    const later = randomUUID();
    const cancelled = randomUUID();
    await replace(due, [planned(due, '2026-11-25')]);
    await replace(later, [planned(later, '2026-11-26')]);
    await replace(cancelled, [planned(cancelled, '2026-11-24')]);
    await replace(cancelled, []);
    const delivery = subject.app.get(ReminderDelivery);
    const dueIds = await delivery.dueUndelivered();
    const idOf = async (subjectId: string) =>
      (await db().query(`SELECT id FROM reminder WHERE subject_id = $1`, [subjectId]))[0].id as string;
    expect(dueIds).toContain(await idOf(due));
    expect(dueIds).not.toContain(await idOf(later));
    expect(dueIds).not.toContain(await idOf(cancelled));
    expect(await delivery.deliver(await idOf(cancelled))).toBe('cancelled');
    expect(await delivery.deliver(randomUUID())).toBe('not-found');
  });
});
