import { Injectable, Logger, type OnModuleDestroy } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import { mkdir, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createTransport, type SendMailOptions, type Transporter } from 'nodemailer';
import { AppConfig } from '../config/app-config';
import type { OutgoingMail } from './mail.types';

/** Who a mail is for, for the log: an id, never the address. */
export interface MailContext {
  userId?: string;
  /**
   * Makes a retry of the same mail recognisable: it becomes the Message-ID (`<key@host of MAIL_FROM>`), so
   * a receiving server or client can drop the duplicate, and without SMTP the file name (`<key>.eml`), so a
   * retry overwrites instead of adding a second file. Letters, digits, `.`, `_` and `-` only.
   */
  idempotencyKey?: string;
}

export interface SentMail {
  /** The Message-ID header, with its angle brackets. */
  messageId: string;
  /** Without SMTP: the .eml file the mail was written to. */
  file?: string;
}

/**
 * A mail that could not be handed to the SMTP server. Carries what the caller needs to decide on a retry,
 * and a message with every e-mail address blanked (servers quote the refused recipient).
 */
export class MailDeliveryError extends Error {
  constructor(
    message: string,
    /** nodemailer's code: ECONNECTION, ETIMEDOUT, EAUTH, EENVELOPE, EMESSAGE… */
    readonly code: string | undefined,
    /** The SMTP reply code, e.g. 550. */
    readonly responseCode: number | undefined,
    /** True when the server refused for good (5xx): retrying will not help. */
    readonly permanent: boolean,
  ) {
    super(message);
    this.name = 'MailDeliveryError';
  }
}

const ADDRESS = /[^\s<>"'(),;:@]+@[^\s<>"'(),;:]+/g;

function deliveryError(error: unknown): MailDeliveryError {
  const source = (error ?? {}) as { message?: unknown; code?: unknown; responseCode?: unknown; permanent?: unknown };
  const responseCode = typeof source.responseCode === 'number' ? source.responseCode : undefined;
  const message = typeof source.message === 'string' ? source.message.replace(ADDRESS, '[address]') : 'mail failed';
  const permanent = typeof source.permanent === 'boolean' ? source.permanent : (responseCode ?? 0) >= 500;
  return new MailDeliveryError(
    message,
    typeof source.code === 'string' ? source.code : undefined,
    responseCode,
    permanent,
  );
}

const IDEMPOTENCY_KEY = /^[A-Za-z0-9][A-Za-z0-9._-]{0,199}$/;

/** The domain of MAIL_FROM (`Sluitend <noreply@sluitend.local>` → `sluitend.local`), for Message-IDs. */
export function mailFromHost(mailFrom: string): string {
  return /@([^\s<>@]+?)>?\s*$/.exec(mailFrom)?.[1] ?? 'localhost';
}

let sequence = 0;

/** `2026-11-23T19-05-12.123Z-000042-9f3a1c0e.eml`: sorts by time written, unique across processes. */
export function mailFileName(now: Date): string {
  sequence = (sequence + 1) % 1_000_000;
  const stamp = now.toISOString().replace(/:/g, '-');
  return `${stamp}-${String(sequence).padStart(6, '0')}-${randomBytes(4).toString('hex')}.eml`;
}

/**
 * Sends e-mail through SMTP_URL (pooled). Without it nothing leaves the machine: each mail is written as a
 * readable RFC 822 file (.eml) to DATA_DIR/mail, which the demo shows. The log names the message id and the
 * user id only: never an address, a subject or a body.
 */
@Injectable()
export class Mailer implements OnModuleDestroy {
  private readonly logger = new Logger(Mailer.name);
  private readonly transporter: Transporter;
  /** Set when mail goes to files instead of an SMTP server. */
  readonly mailDir?: string;

  constructor(private readonly config: AppConfig) {
    if (config.SMTP_URL) {
      this.transporter = createTransport({
        url: config.SMTP_URL,
        pool: true,
        maxConnections: 3,
        // Fail fast: the caller retries; the defaults wait minutes on a dead server.
        connectionTimeout: 15_000,
        greetingTimeout: 15_000,
        socketTimeout: 60_000,
      });
    } else {
      this.mailDir = join(config.DATA_DIR, 'mail');
      this.transporter = createTransport({ streamTransport: true, buffer: true, newline: 'windows' });
      this.logger.log(`No SMTP_URL: e-mail is not sent but written to ${this.mailDir}`);
    }
  }

  get transport(): 'smtp' | 'file' {
    return this.mailDir ? 'file' : 'smtp';
  }

  async send(mail: OutgoingMail, context: MailContext = {}): Promise<SentMail> {
    const key = context.idempotencyKey;
    if (key !== undefined && !IDEMPOTENCY_KEY.test(key)) throw new Error('Not a usable mail idempotency key');
    const options: SendMailOptions = {
      from: this.config.MAIL_FROM,
      to: mail.to,
      subject: mail.subject,
      text: mail.text,
      html: mail.html,
      headers: {
        // RFC 3834: no out-of-office replies to a machine.
        'Auto-Submitted': 'auto-generated',
        'X-Auto-Response-Suppress': 'All',
      },
      // Our mails never attach anything: nodemailer may not read files or fetch URLs for them.
      disableFileAccess: true,
      disableUrlAccess: true,
      ...(key ? { messageId: `<${key}@${mailFromHost(this.config.MAIL_FROM)}>` } : {}),
    };
    let info: { messageId: string; message?: unknown };
    try {
      info = await this.transporter.sendMail(options);
    } catch (error) {
      const failure = deliveryError(error);
      this.logger.warn(
        {
          userId: context.userId,
          code: failure.code,
          responseCode: failure.responseCode,
          permanent: failure.permanent,
          reason: failure.message,
        },
        'mail not sent',
      );
      throw failure;
    }
    const file = this.mailDir ? await this.writeFile(info.message, key) : undefined;
    this.logger.log({ messageId: info.messageId, userId: context.userId, transport: this.transport }, 'mail sent');
    return { messageId: info.messageId, file };
  }

  async onModuleDestroy(): Promise<void> {
    this.transporter.close();
  }

  private async writeFile(message: unknown, key?: string): Promise<string> {
    if (!Buffer.isBuffer(message) || !this.mailDir) throw new Error('The file transport gave no message buffer');
    await mkdir(this.mailDir, { recursive: true });
    const name = key ? `${key}.eml` : mailFileName(new Date());
    const file = join(this.mailDir, name);
    // Written under a hidden, unique name and renamed: whoever watches the folder sees whole mails only, and
    // a retry with the same key replaces the file in one step (a crashed try may leave its partial behind).
    const partial = join(this.mailDir, `.${name}.${randomBytes(4).toString('hex')}.partial`);
    await writeFile(partial, message, { mode: 0o600, flag: 'wx' });
    await rename(partial, file);
    return file;
  }
}
