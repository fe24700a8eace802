import { Module } from '@nestjs/common';
import { Clock } from '../../common/time/clock';
import { MailModule } from '../../mail/mail.module';
import { DigestSender } from './digest-sender.service';
import { MailOutbox } from './mail-outbox.service';

/** Mails notifications (one by one, or as the daily digest); run by the worker process, not the API. */
@Module({
  imports: [MailModule],
  providers: [MailOutbox, DigestSender, Clock],
  exports: [MailOutbox, DigestSender],
})
export class MailOutboxModule {}
