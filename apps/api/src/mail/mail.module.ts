import { Module } from '@nestjs/common';
import { MailComposer } from './mail-composer';
import { Mailer } from './mailer';

/**
 * E-mail: `MailComposer` builds the Dutch mails (notification, daily digest), `Mailer` sends them through
 * SMTP_URL or, without it, writes them to DATA_DIR/mail. Needs the global `AppConfig`.
 */
@Module({
  providers: [MailComposer, Mailer],
  exports: [MailComposer, Mailer],
})
export class MailModule {}
