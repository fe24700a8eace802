import type { MailContent, MailItem } from '../mail.types';
import { appLink, escapeHtml, greeting, htmlDocument, htmlLink, textFooter, titleLine } from './template-parts';

export interface NotificationMailInput extends MailItem {
  /** The user's name as stored; only its first word is used. */
  recipientName: string;
}

/** One notification: "Beste {voornaam}," with the neutral title and a link to where the app shows it. */
export function notificationMail(input: NotificationMailInput, baseUrl: string): MailContent {
  const title = titleLine(input.title);
  const link = appLink(baseUrl, input.path);
  const hello = greeting(input.recipientName);
  const subject = `Sluitend: ${title}`;
  const text = [
    hello,
    '',
    'Er is een nieuwe melding voor u in Sluitend:',
    '',
    title,
    '',
    'Bekijk de melding:',
    link,
    '',
    textFooter(baseUrl),
    '',
  ].join('\n');
  const html = htmlDocument(
    subject,
    [
      `<p>${escapeHtml(hello)}</p>`,
      '<p>Er is een nieuwe melding voor u in Sluitend:</p>',
      `<p style="font-size:18px;font-weight:bold">${escapeHtml(title)}</p>`,
      `<p>${htmlLink(link, 'Bekijk de melding in Sluitend')}</p>`,
    ],
    baseUrl,
  );
  return { subject, text, html };
}
