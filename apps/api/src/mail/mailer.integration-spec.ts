import { Logger } from '@nestjs/common';
import { Test, type TestingModule } from '@nestjs/testing';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../config/app-config';
import { ConfigModule } from '../config/config.module';
import { MailComposer } from './mail-composer';
import { MailDeliveryError, Mailer } from './mailer';
import { MailModule } from './mail.module';
import { parseMail, startSmtpServer } from '../testing/smtp-test-server';

async function mailModule(env: Record<string, string>): Promise<TestingModule> {
  const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', ...env });
  return Test.createTestingModule({ imports: [ConfigModule.forRoot(config), MailModule] }).compile();
}

const FATIMA = { email: 'fatima@gemeente.example.nl', name: 'Fatima el Amrani' };
const BRAM = { email: 'bram@jeugdhulp.example.nl', name: 'Bram Visser' };
const NOTIFICATION = {
  title: 'Het verslag van de Actietafel van 3 december staat klaar',
  path: '/actietafel/sessions/s1/minutes',
};
const DIGEST = [
  { title: 'De agenda van de Actietafel van 10 december is verstuurd', path: '/actietafel/sessions/s2' },
  { title: 'Een afspraak verloopt over 3 dagen', path: '/agreements?owner=mine' },
];

describe('Mailer', () => {
  let dataDir: string;

  beforeEach(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'sluitend-mail-'));
  });

  afterEach(() => {
    jest.restoreAllMocks();
    rmSync(dataDir, { recursive: true, force: true });
  });

  describe('with SMTP_URL', () => {
    it('delivers a notification and a digest to the SMTP server, each once, in Dutch, with their links', async () => {
      const smtp = await startSmtpServer();
      const logged = [jest.spyOn(Logger.prototype, 'log'), jest.spyOn(Logger.prototype, 'warn')];
      const module = await mailModule({
        SMTP_URL: `smtp://127.0.0.1:${smtp.port}`,
        DATA_DIR: dataDir,
        PUBLIC_BASE_URL: 'https://sluitend.example.nl',
      });
      try {
        const composer = module.get(MailComposer);
        const mailer = module.get(Mailer);
        expect(mailer.transport).toBe('smtp');

        const first = await mailer.send(composer.notification(FATIMA, NOTIFICATION), { userId: 'user-fatima' });
        const second = await mailer.send(composer.digest(BRAM, '2026-12-03', DIGEST), { userId: 'user-bram' });

        expect(smtp.received).toHaveLength(2);
        const [notification, digest] = smtp.received.map((message) => ({ ...message, ...parseMail(message.raw) }));

        expect(notification.from).toBe('noreply@sluitend.local');
        expect(notification.to).toEqual(['fatima@gemeente.example.nl']);
        expect(notification.headers.get('message-id')).toBe(first.messageId);
        expect(notification.headers.get('from')).toBe('Sluitend <noreply@sluitend.local>');
        expect(notification.headers.get('to')).toBe('fatima@gemeente.example.nl');
        expect(notification.headers.get('subject')).toBe(`Sluitend: ${NOTIFICATION.title}`);
        expect(notification.headers.get('auto-submitted')).toBe('auto-generated');
        expect(notification.text).toMatch(/^Beste Fatima,\n/);
        expect(notification.text).toContain(`\n${NOTIFICATION.title}\n`);
        expect(notification.text).toContain('\nhttps://sluitend.example.nl/actietafel/sessions/s1/minutes\n');
        expect(notification.html).toContain('href="https://sluitend.example.nl/actietafel/sessions/s1/minutes"');
        expect(notification.raw).not.toContain('Amrani');

        expect(digest.to).toEqual(['bram@jeugdhulp.example.nl']);
        expect(digest.headers.get('message-id')).toBe(second.messageId);
        expect(digest.headers.get('subject')).toBe('Sluitend: uw overzicht van 3 december 2026 (2 meldingen)');
        expect(digest.text).toMatch(/^Beste Bram,\n/);
        expect(digest.text).toContain(
          '- Een afspraak verloopt over 3 dagen\n  https://sluitend.example.nl/agreements?owner=mine\n',
        );
        expect(digest.html).toContain('href="https://sluitend.example.nl/actietafel/sessions/s2"');
        expect(digest.raw).not.toContain('Visser');

        // Nothing went to files, and the log holds ids, never an address or what the mail says.
        expect(() => readdirSync(join(dataDir, 'mail'))).toThrow();
        const log = JSON.stringify(logged.flatMap((spy) => spy.mock.calls));
        expect(log).toContain('user-fatima');
        expect(log).toContain(first.messageId);
        expect(log).not.toMatch(/example\.nl|Fatima|Bram|Actietafel|afspraak/);
      } finally {
        await module.close();
        await smtp.close();
      }
    });

    it('uses the idempotency key as the Message-ID, so a retry of the same mail carries the same one', async () => {
      const smtp = await startSmtpServer();
      const module = await mailModule({ SMTP_URL: `smtp://127.0.0.1:${smtp.port}`, DATA_DIR: dataDir });
      try {
        const mail = module.get(MailComposer).notification(FATIMA, NOTIFICATION);
        const sent = await module.get(Mailer).send(mail, { idempotencyKey: 'notification-n1' });
        await module.get(Mailer).send(mail, { idempotencyKey: 'notification-n1' });
        expect(sent.messageId).toBe('<notification-n1@sluitend.local>');
        expect(smtp.received.map((message) => parseMail(message.raw).headers.get('message-id'))).toEqual([
          '<notification-n1@sluitend.local>',
          '<notification-n1@sluitend.local>',
        ]);
      } finally {
        await module.close();
        await smtp.close();
      }
    });

    it('signs in with the credentials in the URL', async () => {
      const smtp = await startSmtpServer({
        authOptional: false,
        onAuth(auth, _session, callback) {
          if (auth.username === 'sluitend' && auth.password === 'ge:heim@1')
            return callback(null, { user: auth.username });
          return callback(new Error('Invalid username or password'));
        },
      });
      const module = await mailModule({
        SMTP_URL: `smtp://sluitend:${encodeURIComponent('ge:heim@1')}@127.0.0.1:${smtp.port}`,
        DATA_DIR: dataDir,
      });
      try {
        await module.get(Mailer).send(module.get(MailComposer).notification(FATIMA, NOTIFICATION));
        expect(smtp.received).toHaveLength(1);
        expect(smtp.received[0].user).toBe('sluitend');
      } finally {
        await module.close();
        await smtp.close();
      }
    });

    it('reports a refused recipient as permanent, without the address', async () => {
      const smtp = await startSmtpServer({
        onRcptTo(address, _session, callback) {
          const error = Object.assign(new Error(`<${address.address}>: Recipient address rejected`), {
            responseCode: 550,
          });
          callback(error);
        },
      });
      const warn = jest.spyOn(Logger.prototype, 'warn');
      const module = await mailModule({ SMTP_URL: `smtp://127.0.0.1:${smtp.port}`, DATA_DIR: dataDir });
      try {
        const sending = module.get(Mailer).send(module.get(MailComposer).notification(FATIMA, NOTIFICATION), {
          userId: 'user-fatima',
        });
        const error = await sending.catch((caught: unknown) => caught);
        expect(error).toBeInstanceOf(MailDeliveryError);
        expect(error).toMatchObject({ code: 'EENVELOPE', responseCode: 550, permanent: true });
        expect((error as Error).message).not.toContain('example.nl');
        expect(smtp.received).toHaveLength(0);
        expect(JSON.stringify(warn.mock.calls)).not.toContain('example.nl');
        expect(JSON.stringify(warn.mock.calls)).toContain('user-fatima');
      } finally {
        await module.close();
        await smtp.close();
      }
    });

    it('reports an unreachable server as transient', async () => {
      const smtp = await startSmtpServer();
      await smtp.close();
      const module = await mailModule({ SMTP_URL: `smtp://127.0.0.1:${smtp.port}`, DATA_DIR: dataDir });
      try {
        const error = await module
          .get(Mailer)
          .send(module.get(MailComposer).notification(FATIMA, NOTIFICATION))
          .catch((caught: unknown) => caught);
        expect(error).toBeInstanceOf(MailDeliveryError);
        expect(error).toMatchObject({ code: expect.stringMatching(/^E(SOCKET|CONNECTION)$/), permanent: false });
      } finally {
        await module.close();
      }
    });
  });

  describe('without SMTP_URL', () => {
    it('writes a mail sent twice with the same idempotency key to one file, named by the key', async () => {
      const module = await mailModule({ DATA_DIR: dataDir });
      try {
        const composer = module.get(MailComposer);
        const mailer = module.get(Mailer);
        const first = await mailer.send(composer.notification(FATIMA, NOTIFICATION), {
          idempotencyKey: 'digest-u1-2026-12-03',
        });
        const again = await mailer.send(composer.notification(FATIMA, NOTIFICATION), {
          idempotencyKey: 'digest-u1-2026-12-03',
        });
        const other = await mailer.send(composer.notification(BRAM, NOTIFICATION), { idempotencyKey: 'digest-u2' });
        expect(readdirSync(join(dataDir, 'mail')).sort()).toEqual(['digest-u1-2026-12-03.eml', 'digest-u2.eml']);
        expect(again.file).toBe(first.file);
        expect(parseMail(readFileSync(first.file as string, 'utf8')).headers.get('message-id')).toBe(
          '<digest-u1-2026-12-03@sluitend.local>',
        );
        expect(parseMail(readFileSync(other.file as string, 'utf8')).headers.get('to')).toBe(BRAM.email);
      } finally {
        await module.close();
      }
    });

    it('refuses an idempotency key that could leave the mail folder', async () => {
      const module = await mailModule({ DATA_DIR: dataDir });
      try {
        const mail = module.get(MailComposer).notification(FATIMA, NOTIFICATION);
        await expect(module.get(Mailer).send(mail, { idempotencyKey: '../escape' })).rejects.toThrow(
          'Not a usable mail idempotency key',
        );
        expect(() => readdirSync(join(dataDir, 'mail'))).toThrow();
      } finally {
        await module.close();
      }
    });

    it('writes each mail as a readable .eml file to DATA_DIR/mail, in the order sent', async () => {
      const module = await mailModule({ DATA_DIR: dataDir });
      try {
        const composer = module.get(MailComposer);
        const mailer = module.get(Mailer);
        expect(mailer.transport).toBe('file');

        const first = await mailer.send(composer.notification(FATIMA, NOTIFICATION), { userId: 'user-fatima' });
        const second = await mailer.send(composer.digest(BRAM, '2026-12-03', DIGEST), { userId: 'user-bram' });

        const mailDir = join(dataDir, 'mail');
        const files = readdirSync(mailDir);
        expect(files).toHaveLength(2);
        for (const file of files)
          expect(file).toMatch(/^\d{4}-\d\d-\d\dT\d\d-\d\d-\d\d\.\d{3}Z-\d{6}-[0-9a-f]{8}\.eml$/);
        expect([...files].sort().map((file) => join(mailDir, file))).toEqual([first.file, second.file]);

        const notification = parseMail(readFileSync(first.file as string, 'utf8'));
        expect(notification.headers.get('to')).toBe('fatima@gemeente.example.nl');
        expect(notification.headers.get('from')).toBe('Sluitend <noreply@sluitend.local>');
        expect(notification.headers.get('subject')).toBe(`Sluitend: ${NOTIFICATION.title}`);
        expect(notification.headers.get('message-id')).toBe(first.messageId);
        expect(notification.text).toMatch(/^Beste Fatima,\n/);
        expect(notification.text).toContain('\nhttp://localhost:3000/actietafel/sessions/s1/minutes\n');

        const digest = parseMail(readFileSync(second.file as string, 'utf8'));
        expect(digest.headers.get('to')).toBe('bram@jeugdhulp.example.nl');
        expect(digest.text).toContain('- De agenda van de Actietafel van 10 december is verstuurd\n');
        expect(digest.html).toContain('href="http://localhost:3000/agreements?owner=mine"');
      } finally {
        await module.close();
      }
    });
  });
});
