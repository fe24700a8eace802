import { Logger } from '@nestjs/common';
import { Test, type TestingModule } from '@nestjs/testing';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SMTPServer, type SMTPServerOptions } from 'smtp-server';
import { loadConfig } from '../config/app-config';
import { ConfigModule } from '../config/config.module';
import { MailComposer } from './mail-composer';
import { MailDeliveryError, Mailer } from './mailer';
import { MailModule } from './mail.module';

/** One message as the test's SMTP server received it. */
interface Received {
  from: string;
  to: string[];
  user?: string;
  raw: string;
}

/** An SMTP server of the test's own, on a free port, keeping what it receives. */
async function startSmtpServer(options: Partial<SMTPServerOptions> = {}) {
  const received: Received[] = [];
  const server = new SMTPServer({
    authOptional: true,
    secure: false,
    // Plain SMTP on localhost: no self-signed STARTTLS for the client to trip over.
    disabledCommands: ['STARTTLS'],
    allowInsecureAuth: true,
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        received.push({
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
          to: session.envelope.rcptTo.map((rcpt) => rcpt.address),
          user: typeof session.user === 'string' ? session.user : undefined,
          raw: Buffer.concat(chunks).toString('utf8'),
        });
        callback();
      });
    },
    ...options,
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;
  return { received, port, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

/** Just enough of RFC 5322/2045/2047 to read our own mails: headers, and the decoded text and HTML parts. */
function parseMail(raw: string) {
  const [head] = raw.split(/\r\n\r\n/);
  const headers = new Map<string, string>();
  for (const line of head.replace(/\r\n(?=[ \t])/g, '').split('\r\n')) {
    const colon = line.indexOf(':');
    headers.set(line.slice(0, colon).toLowerCase(), decodeWords(line.slice(colon + 1).trim()));
  }
  const part = (type: string) => {
    const match = new RegExp(
      `Content-Type: ${type}; charset=utf-8\\r\\nContent-Transfer-Encoding: ([\\w-]+)\\r\\n\\r\\n([\\s\\S]*?)\\r\\n--`,
    ).exec(raw);
    if (!match) return '';
    return match[1] === 'quoted-printable'
      ? Buffer.from(
          match[2]
            .replace(/=\r\n/g, '')
            .replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))),
          'latin1',
        ).toString('utf8')
      : match[1] === 'base64'
        ? Buffer.from(match[2], 'base64').toString('utf8')
        : match[2];
  };
  return { headers, text: part('text/plain').replace(/\r\n/g, '\n'), html: part('text/html') };
}

function decodeWords(value: string): string {
  return value
    .replace(/\?=\s+=\?/g, '?==?')
    .replace(/=\?utf-8\?([QB])\?([^?]*)\?=/gi, (_, encoding: string, text: string) =>
      encoding.toUpperCase() === 'B'
        ? Buffer.from(text, 'base64').toString('utf8')
        : Buffer.from(
            text
              .replace(/_/g, ' ')
              .replace(/=([0-9A-F]{2})/g, (__, hex: string) => String.fromCharCode(parseInt(hex, 16))),
            'latin1',
          ).toString('utf8'),
    );
}

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
