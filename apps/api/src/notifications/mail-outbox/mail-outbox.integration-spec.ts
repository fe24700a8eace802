import { Logger } from '@nestjs/common';
import { Test, type TestingModule } from '@nestjs/testing';
import { NestFactory } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { addDays, DIGEST_TIME, type MailPreference, todayInAmsterdam } from '@sluitend/domain';
import { DataSource } from 'typeorm';
import { Clock } from '../../common/time/clock';
import { loadConfig } from '../../config/app-config';
import { ConfigModule } from '../../config/config.module';
import { dataSourceOptions } from '../../database/data-source-options';
import { WorkerModule } from '../../reminders/worker.module';
import { createTestApp, type TestApp } from '../../testing/test-app';
import { parseMail, startSmtpServer } from '../../testing/smtp-test-server';
import { NotificationsService } from '../notifications.service';
import { amsterdamTime } from '../../common/time/amsterdam-time';
import { DigestSender } from './digest-sender.service';
import * as mailMark from './mail-mark';
import { MailOutboxModule } from './mail-outbox.module';
import { MailWorker } from './mail-worker';
import { MailOutbox } from './mail-outbox.service';

const MEMBER = 'member@demo.sluitend.nl'; // Peter Hol
const CHAIR = 'chair@demo.sluitend.nl'; // Marieke van Dijk
const COORDINATOR = 'coordinator@demo.sluitend.nl';
const ADMIN = 'admin@demo.sluitend.nl';
const BASE_URL = 'https://sluitend.example.nl';

/** Mailing notifications against the real Postgres and an SMTP server of the test's own, the clock in hand. */
describe('the mail outbox', () => {
  let subject: TestApp;
  let now: Date;
  const clock = { now: () => now, today: () => todayInAmsterdam(now) };
  const modules: TestingModule[] = [];
  const db = () => subject.app.get(DataSource);
  const userId = async (email: string) =>
    (await db().query(`SELECT id FROM app_user WHERE email = $1`, [email]))[0].id as string;
  const prefer = (email: string, preference: MailPreference) =>
    db().query(`UPDATE app_user SET mail_preference = $2 WHERE email = $1`, [email, preference]);
  const mailRow = async (id: string) =>
    (
      await db().query(
        `SELECT mail_status AS status, mail_attempts AS attempts, mail_next_attempt_at AS "nextAttemptAt",
                mail_sent_at AS "sentAt", mail_error AS error
           FROM notification WHERE id = $1`,
        [id],
      )
    )[0] as { status: string; attempts: number; nextAttemptAt: Date | null; sentAt: Date | null; error: string | null };

  /** Tells each user one thing (through NotificationsService.notify, as the app does); returns the rows' ids. */
  async function notify(emails: string[], title = 'Een afspraak verloopt over 3 dagen'): Promise<string[]> {
    const inputs = await Promise.all(
      emails.map(async (email) => ({
        userId: await userId(email),
        kind: 'agreements.assigned' as const,
        subjectId: randomUUID(),
        title,
        link: `/agreements/${randomUUID()}`,
      })),
    );
    await db().transaction((manager) => subject.app.get(NotificationsService).notify(manager, inputs));
    const ids: string[] = [];
    for (const input of inputs)
      ids.push(
        (
          await db().query(`SELECT id FROM notification WHERE user_id = $1 AND subject_id = $2`, [
            input.userId,
            input.subjectId,
          ])
        )[0].id,
      );
    return ids;
  }

  /** A worker's mail senders, as the worker process builds them: its own connections, this SMTP server. */
  async function sender(
    smtpPort: number | { dataDir: string },
  ): Promise<{ outbox: MailOutbox; digests: DigestSender }> {
    const config = loadConfig({
      NODE_ENV: 'test',
      LOG_LEVEL: 'silent',
      PUBLIC_BASE_URL: BASE_URL,
      ...(typeof smtpPort === 'number' ? { SMTP_URL: `smtp://127.0.0.1:${smtpPort}` } : { DATA_DIR: smtpPort.dataDir }),
    });
    const module = await Test.createTestingModule({
      imports: [
        ConfigModule.forRoot(config),
        TypeOrmModule.forRoot({ ...dataSourceOptions(subject.database.url), migrationsRun: false }),
        MailOutboxModule,
      ],
    })
      .overrideProvider(Clock)
      .useValue(clock)
      .compile();
    modules.push(module);
    return { outbox: module.get(MailOutbox), digests: module.get(DigestSender) };
  }

  /** A port nothing listens on: an SMTP server that is down. */
  async function deadPort(): Promise<number> {
    const smtp = await startSmtpServer();
    await smtp.close();
    return smtp.port;
  }

  beforeAll(async () => {
    subject = await createTestApp();
    Logger.overrideLogger(false);
  });

  beforeEach(async () => {
    now = new Date();
    // Each test reasons about its own mails only: whatever an earlier one left waiting is put aside.
    await db().query(`UPDATE notification SET mail_status = 'skipped' WHERE mail_status IN ('pending', 'digest')`);
    await db().query(`UPDATE app_user SET mail_preference = 'immediate', active = true`);
  });

  // Before the SMTP server: it waits for the senders' pooled connections to end before it closes.
  const closeSenders = async () => {
    for (const module of modules.splice(0)) await module.close();
  };

  afterEach(closeSenders);

  afterAll(() => subject.close());

  it("decides each notification's mail from its recipient's preference when it is written", async () => {
    await prefer(CHAIR, 'daily-digest');
    await prefer(COORDINATOR, 'off');
    await db().query(`UPDATE app_user SET active = false WHERE email = $1`, [ADMIN]);
    const ids = await notify([MEMBER, CHAIR, COORDINATOR, ADMIN]);
    expect(await Promise.all(ids.map(async (id) => (await mailRow(id)).status))).toEqual([
      'pending',
      'digest',
      'skipped',
      'skipped',
    ]);
  });

  it('mails a pending notification once, by first name with its title and link only, and marks it sent', async () => {
    const smtp = await startSmtpServer();
    try {
      const { outbox } = await sender(smtp.port);
      const [id] = await notify([MEMBER], 'Het verslag van de Actietafel staat klaar');
      const link = (await db().query(`SELECT link FROM notification WHERE id = $1`, [id]))[0].link as string;

      expect(await outbox.sendPending()).toEqual({ sent: 1, retried: 0, failed: 0, skipped: 0 });
      expect(await outbox.sendPending()).toEqual({ sent: 0, retried: 0, failed: 0, skipped: 0 });

      expect(smtp.received).toHaveLength(1);
      const mail = { ...smtp.received[0], ...parseMail(smtp.received[0].raw) };
      expect(mail.to).toEqual([MEMBER]);
      expect(mail.headers.get('message-id')).toBe(`<notification-${id}@sluitend.local>`);
      expect(mail.headers.get('subject')).toBe('Sluitend: Het verslag van de Actietafel staat klaar');
      expect(mail.text).toMatch(/^Beste Peter,\n/);
      expect(mail.text).toContain(`\n${BASE_URL}${link}\n`);
      expect(mail.raw).not.toContain('Hol');
      expect(await mailRow(id)).toMatchObject({ status: 'sent', attempts: 1, sentAt: now, error: null });
    } finally {
      await closeSenders();
      await smtp.close();
    }
  });

  it('sends each mail once when two workers send at the same time', async () => {
    const smtp = await startSmtpServer();
    try {
      const [first, second] = [await sender(smtp.port), await sender(smtp.port)];
      const ids = await notify(Array.from({ length: 12 }, () => MEMBER));
      const tallies = await Promise.all([
        first.outbox.sendPending(),
        second.outbox.sendPending(),
        first.outbox.sendPending(),
      ]);

      expect(tallies.reduce((sum, tally) => sum + tally.sent, 0)).toBe(12);
      const messageIds = smtp.received.map((message) => parseMail(message.raw).headers.get('message-id'));
      expect(messageIds.sort()).toEqual(ids.map((id) => `<notification-${id}@sluitend.local>`).sort());
      for (const id of ids) expect((await mailRow(id)).status).toBe('sent');
    } finally {
      await closeSenders();
      await smtp.close();
    }
  });

  it('retries a mail while the server is down, waiting 1 and then 2 minutes, and then sends it once', async () => {
    const down = await sender(await deadPort());
    const [id] = await notify([MEMBER]);
    const start = now;

    expect(await down.outbox.sendPending()).toMatchObject({ sent: 0, retried: 1 });
    expect(await mailRow(id)).toMatchObject({
      status: 'pending',
      attempts: 1,
      nextAttemptAt: new Date(start.getTime() + 60_000),
      error: expect.stringMatching(/^E(SOCKET|CONNECTION)$/),
    });
    // Not due yet: nothing is tried.
    now = new Date(start.getTime() + 59_000);
    expect(await down.outbox.sendPending()).toMatchObject({ retried: 0 });

    now = new Date(start.getTime() + 60_000);
    expect(await down.outbox.sendPending()).toMatchObject({ retried: 1 });
    expect(await mailRow(id)).toMatchObject({ attempts: 2, nextAttemptAt: new Date(start.getTime() + 180_000) });

    const smtp = await startSmtpServer();
    try {
      const up = await sender(smtp.port);
      now = new Date(start.getTime() + 179_000);
      expect(await up.outbox.sendPending()).toMatchObject({ sent: 0 });
      now = new Date(start.getTime() + 180_000);
      expect(await up.outbox.sendPending()).toMatchObject({ sent: 1 });
      expect(await up.outbox.sendPending()).toMatchObject({ sent: 0 });
      expect(smtp.received).toHaveLength(1);
      expect(smtp.received[0].to).toEqual([MEMBER]);
      expect(await mailRow(id)).toMatchObject({ status: 'sent', attempts: 3, nextAttemptAt: null, error: null });
    } finally {
      await closeSenders();
      await smtp.close();
    }
  });

  it('sends a mail again after a worker died between sending and marking it, into the same file', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'sluitend-outbox-'));
    try {
      const { outbox } = await sender({ dataDir });
      const [id] = await notify([MEMBER]);
      // The mail is handed over, then the process dies before its transaction commits.
      const dies = jest.spyOn(mailMark, 'markMail').mockRejectedValueOnce(new Error('killed'));
      await expect(outbox.sendPending(1)).rejects.toThrow('killed');
      dies.mockRestore();
      expect(readdirSync(join(dataDir, 'mail'))).toEqual([`notification-${id}.eml`]);
      expect((await mailRow(id)).status).toBe('pending');

      expect(await outbox.sendPending()).toMatchObject({ sent: 1 });
      expect(readdirSync(join(dataDir, 'mail'))).toEqual([`notification-${id}.eml`]);
      expect((await mailRow(id)).status).toBe('sent');
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });

  it('gives a mail up after its eighth failed try', async () => {
    const down = await sender(await deadPort());
    const [id] = await notify([MEMBER]);
    await db().query(`UPDATE notification SET mail_attempts = 7 WHERE id = $1`, [id]);
    expect(await down.outbox.sendPending()).toMatchObject({ failed: 1 });
    expect(await mailRow(id)).toMatchObject({ status: 'failed', attempts: 8, nextAttemptAt: null });
  });

  it('gives a mail up at once when the server refuses the recipient for good, storing a code and no address', async () => {
    const smtp = await startSmtpServer({
      onRcptTo(address, _session, callback) {
        callback(Object.assign(new Error(`<${address.address}>: Recipient address rejected`), { responseCode: 550 }));
      },
    });
    try {
      const { outbox } = await sender(smtp.port);
      const [id] = await notify([MEMBER]);
      expect(await outbox.sendPending()).toMatchObject({ failed: 1 });
      expect(await mailRow(id)).toMatchObject({ status: 'failed', attempts: 1, error: 'EENVELOPE 550' });
      expect(await outbox.sendPending()).toMatchObject({ failed: 0 });
      expect(smtp.received).toHaveLength(0);
    } finally {
      await closeSenders();
      await smtp.close();
    }
  });

  it('mails no one who turned mail off or was deactivated after the notification was written', async () => {
    const smtp = await startSmtpServer();
    try {
      const { outbox } = await sender(smtp.port);
      const [turnedOff, deactivated] = await notify([MEMBER, CHAIR]);
      await prefer(MEMBER, 'off');
      await db().query(`UPDATE app_user SET active = false WHERE email = $1`, [CHAIR]);
      expect(await outbox.sendPending()).toMatchObject({ sent: 0, skipped: 2 });
      expect(smtp.received).toHaveLength(0);
      expect((await mailRow(turnedOff)).status).toBe('skipped');
      expect((await mailRow(deactivated)).status).toBe('skipped');
    } finally {
      await closeSenders();
      await smtp.close();
    }
  });

  it("is run by the worker process: its module and loop write a new notification's mail within a tick", async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'sluitend-worker-'));
    const config = loadConfig({
      NODE_ENV: 'test',
      LOG_LEVEL: 'silent',
      DATA_DIR: dataDir,
      REDIS_KEY_PREFIX: `test-${randomUUID().slice(0, 8)}`,
    });
    const context = await NestFactory.createApplicationContext(WorkerModule.forRoot(config, subject.database.url), {
      logger: false,
    });
    const errors: string[] = [];
    const worker = new MailWorker(context.get(MailOutbox), context.get(DigestSender), (where, error) =>
      errors.push(`${where}: ${error.message}`),
    );
    try {
      worker.start(50);
      const [id] = await notify([MEMBER]);
      const file = join(dataDir, 'mail', `notification-${id}.eml`);
      for (const end = Date.now() + 10_000; !existsSync(file) && Date.now() < end;)
        await new Promise((resolve) => setTimeout(resolve, 50));
      expect(parseMail(readFileSync(file, 'utf8')).text).toMatch(/^Beste Peter,\n/);
      expect(errors).toEqual([]);
    } finally {
      await worker.stop();
      await context.close();
      rmSync(dataDir, { recursive: true, force: true });
    }
  });

  describe('the daily digest', () => {
    /** The first DIGEST_TIME (Dutch time) after `at`, and its day. */
    function nextDigest(at: Date): { day: string; at: Date } {
      const today = todayInAmsterdam(at);
      const todays = amsterdamTime(today, DIGEST_TIME.hour, DIGEST_TIME.minute);
      if (todays > at) return { day: today, at: todays };
      const tomorrow = addDays(today, 1);
      return { day: tomorrow, at: amsterdamTime(tomorrow, DIGEST_TIME.hour, DIGEST_TIME.minute) };
    }

    it('sends one mail listing both of the day’s notifications once 08:30 has passed, none before, never twice', async () => {
      const smtp = await startSmtpServer();
      try {
        const { outbox, digests } = await sender(smtp.port);
        await prefer(CHAIR, 'daily-digest');
        const [first] = await notify([CHAIR], 'De agenda van de Actietafel is verstuurd');
        const [second] = await notify([CHAIR], 'Een afspraak verloopt vandaag');
        const digest = nextDigest(new Date());

        // The digest rows are not mailed one by one.
        expect(await outbox.sendPending()).toMatchObject({ sent: 0 });
        expect(await digests.sendDigests(new Date(digest.at.getTime() - 1))).toMatchObject({ sent: 0 });
        expect(smtp.received).toHaveLength(0);

        now = digest.at;
        expect(await digests.sendDigests(digest.at)).toMatchObject({ sent: 1 });
        expect(await digests.sendDigests(new Date(digest.at.getTime() + 3_600_000))).toMatchObject({ sent: 0 });
        expect(await digests.sendDigests(new Date(digest.at.getTime() + 86_400_000))).toMatchObject({ sent: 0 });

        expect(smtp.received).toHaveLength(1);
        const mail = { ...smtp.received[0], ...parseMail(smtp.received[0].raw) };
        const chairId = await userId(CHAIR);
        expect(mail.to).toEqual([CHAIR]);
        expect(mail.headers.get('message-id')).toBe(`<digest-${chairId}-${digest.day}@sluitend.local>`);
        expect(mail.headers.get('subject')).toMatch(/^Sluitend: uw overzicht van .+ \(2 meldingen\)$/);
        expect(mail.text).toMatch(/^Beste Marieke,\n/);
        expect(mail.text).toContain('- De agenda van de Actietafel is verstuurd\n');
        expect(mail.text).toContain('- Een afspraak verloopt vandaag\n');
        expect(mail.raw).not.toContain('van Dijk');
        for (const id of [first, second])
          expect(await mailRow(id)).toMatchObject({ status: 'sent', sentAt: digest.at });
      } finally {
        await closeSenders();
        await smtp.close();
      }
    });

    it('sends a digest missed while no worker ran when one runs again, under the day it runs', async () => {
      const smtp = await startSmtpServer();
      try {
        const { digests } = await sender(smtp.port);
        await prefer(CHAIR, 'daily-digest');
        const [id] = await notify([CHAIR]);
        const missed = nextDigest(new Date());
        const later = new Date(missed.at.getTime() + 2 * 86_400_000 + 3_600_000);

        expect(await digests.sendDigests(later)).toMatchObject({ sent: 1 });
        expect(await digests.sendDigests(later)).toMatchObject({ sent: 0 });
        expect(smtp.received).toHaveLength(1);
        expect(parseMail(smtp.received[0].raw).headers.get('message-id')).toBe(
          `<digest-${await userId(CHAIR)}-${addDays(missed.day, 2)}@sluitend.local>`,
        );
        expect((await mailRow(id)).status).toBe('sent');
      } finally {
        await closeSenders();
        await smtp.close();
      }
    });

    it('retries a digest the server could not take after the back-off, still as one mail', async () => {
      await prefer(CHAIR, 'daily-digest');
      const ids = await notify([CHAIR, CHAIR]);
      const digest = nextDigest(new Date());
      now = digest.at;
      const down = await sender(await deadPort());
      expect(await down.digests.sendDigests(digest.at)).toMatchObject({ retried: 1 });
      for (const id of ids) expect(await mailRow(id)).toMatchObject({ status: 'digest', attempts: 1 });

      const smtp = await startSmtpServer();
      try {
        const up = await sender(smtp.port);
        expect(await up.digests.sendDigests(new Date(digest.at.getTime() + 59_000))).toMatchObject({ sent: 0 });
        now = new Date(digest.at.getTime() + 60_000);
        expect(await up.digests.sendDigests(now)).toMatchObject({ sent: 1 });
        expect(smtp.received).toHaveLength(1);
        expect(parseMail(smtp.received[0].raw).headers.get('subject')).toMatch(/\(2 meldingen\)$/);
        for (const id of ids) expect((await mailRow(id)).status).toBe('sent');
      } finally {
        await closeSenders();
        await smtp.close();
      }
    });

    it('never lets two workers split one user’s digest', async () => {
      const smtp = await startSmtpServer();
      try {
        const [first, second] = [await sender(smtp.port), await sender(smtp.port)];
        await prefer(CHAIR, 'daily-digest');
        await prefer(MEMBER, 'daily-digest');
        await notify([CHAIR, CHAIR, CHAIR, MEMBER, MEMBER]);
        const digest = nextDigest(new Date());
        now = digest.at;
        await Promise.all([first.digests.sendDigests(digest.at), second.digests.sendDigests(digest.at)]);
        expect(smtp.received.map((message) => message.to[0]).sort()).toEqual([CHAIR, MEMBER]);
        const subjects = smtp.received.map((message) => parseMail(message.raw).headers.get('subject'));
        expect(subjects.sort()).toEqual([
          expect.stringMatching(/\(2 meldingen\)$/),
          expect.stringMatching(/\(3 meldingen\)$/),
        ]);
      } finally {
        await closeSenders();
        await smtp.close();
      }
    });
  });
});
