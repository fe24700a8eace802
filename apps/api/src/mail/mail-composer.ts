import { Injectable } from '@nestjs/common';
import { AppConfig } from '../config/app-config';
import type { MailItem, OutgoingMail } from './mail.types';
import { digestMail, type DigestMailInput } from './templates/digest-mail';
import { notificationMail } from './templates/notification-mail';

/** The recipient: an address for the envelope, and a name of which only the first word reaches the mail. */
export interface MailRecipient {
  email: string;
  name: string;
}

/**
 * Builds the Dutch e-mails from the templates; pure, sends nothing. Links are absolute, under
 * PUBLIC_BASE_URL. Takes only what a mail may show: a first name, neutral titles and paths.
 */
@Injectable()
export class MailComposer {
  constructor(private readonly config: AppConfig) {}

  /** One notification, e.g. for a user who wants every notification by e-mail. */
  notification(recipient: MailRecipient, item: MailItem): OutgoingMail {
    return {
      to: recipient.email,
      ...notificationMail({ recipientName: recipient.name, title: item.title, path: item.path }, this.baseUrl),
    };
  }

  /** The daily digest of `day` (YYYY-MM-DD) listing `items`; at least one. */
  digest(recipient: MailRecipient, day: string, items: DigestMailInput['items']): OutgoingMail {
    return {
      to: recipient.email,
      ...digestMail(
        { recipientName: recipient.name, day, items: items.map(({ title, path }) => ({ title, path })) },
        this.baseUrl,
      ),
    };
  }

  private get baseUrl(): string {
    return this.config.PUBLIC_BASE_URL;
  }
}
