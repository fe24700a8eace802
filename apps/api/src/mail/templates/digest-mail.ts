import { isIsoDate } from '@sluitend/domain';
import type { MailContent, MailItem } from '../mail.types';
import { appLink, escapeHtml, greeting, htmlDocument, htmlLink, textFooter, titleLine } from './template-parts';

/** A digest lists at most this many notifications; the rest are counted, with a link to the app. */
export const DIGEST_MAX_ITEMS = 50;

export interface DigestMailInput {
  /** The user's name as stored; only its first word is used. */
  recipientName: string;
  /** The day the digest covers, as YYYY-MM-DD (the Dutch day, as `Clock.today()` gives it). */
  day: string;
  /** The notifications of that day, in the order to show them; at least one. */
  items: MailItem[];
}

const DAY_MONTH_YEAR = new Intl.DateTimeFormat('nl-NL', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});

function dutchDay(day: string): string {
  if (!isIsoDate(day)) throw new RangeError(`Not a calendar date as YYYY-MM-DD: ${JSON.stringify(day)}`);
  const [year, month, date] = day.split('-').map(Number);
  return DAY_MONTH_YEAR.format(new Date(Date.UTC(year, month - 1, date)));
}

const count = (n: number) => (n === 1 ? '1 melding' : `${n} meldingen`);

/** The daily digest: "Beste {voornaam}," and the day's notification titles, each with its link. */
export function digestMail(input: DigestMailInput, baseUrl: string): MailContent {
  if (input.items.length === 0) throw new RangeError('A digest needs at least one notification');
  const day = dutchDay(input.day);
  const shown = input.items.slice(0, DIGEST_MAX_ITEMS).map((item) => ({
    title: titleLine(item.title),
    link: appLink(baseUrl, item.path),
  }));
  const rest = input.items.length - shown.length;
  const home = appLink(baseUrl, '/');
  const hello = greeting(input.recipientName);
  const subject = `Sluitend: uw overzicht van ${day} (${count(input.items.length)})`;
  const intro = `Dit is uw dagelijkse overzicht van de meldingen in Sluitend van ${day}:`;
  const restLine = `En nog ${count(rest)}; u vindt ze allemaal in Sluitend:`;

  const text = [
    hello,
    '',
    intro,
    '',
    ...shown.flatMap(({ title, link }) => [`- ${title}`, `  ${link}`]),
    ...(rest > 0 ? ['', restLine, home] : []),
    '',
    textFooter(baseUrl),
    '',
  ].join('\n');
  const html = htmlDocument(
    subject,
    [
      `<p>${escapeHtml(hello)}</p>`,
      `<p>${escapeHtml(intro)}</p>`,
      '<ul style="padding-left:20px">',
      ...shown.map(({ title, link }) => `<li style="margin-bottom:8px">${htmlLink(link, title)}</li>`),
      '</ul>',
      ...(rest > 0 ? [`<p>${escapeHtml(restLine)} ${htmlLink(home, 'Naar Sluitend')}</p>`] : []),
    ],
    baseUrl,
  );
  return { subject, text, html };
}
