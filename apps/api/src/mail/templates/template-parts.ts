/**
 * The pieces every Sluitend e-mail shares. Mail carries no personal data beyond the recipient's first name
 * and a link: whatever a template shows comes from these helpers or is fixed text.
 */

/** Where a user switches mail off or to a daily digest; the web app's settings page for notifications. */
export const MAIL_PREFERENCES_PATH = '/settings/notifications';

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Safe in element content and in quoted attribute values. */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (character) => HTML_ESCAPES[character]);
}

/** The first word of a user's name, and nothing else of it; null when there is none. */
export function firstNameOf(name: string): string | null {
  const first = oneLine(name).split(' ')[0];
  return first ? first : null;
}

export function greeting(name: string): string {
  return `Beste ${firstNameOf(name) ?? 'collega'},`;
}

// eslint-disable-next-line no-control-regex
const CONTROL_OR_LINE_BREAK = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g;

/** Control characters and line breaks out, runs of white space as one space: a title is one line. */
export function oneLine(value: string): string {
  return value.replace(CONTROL_OR_LINE_BREAK, ' ').replace(/\s+/g, ' ').trim();
}

export function titleLine(title: string): string {
  const line = oneLine(title);
  if (!line) throw new RangeError('A mail item needs a title');
  return line;
}

/**
 * The absolute URL of a path of the web app. Only paths of this app: `//other.host/…`, `https://…` and
 * paths with white space are refused, so a link in our mail always leads to Sluitend.
 */
export function appLink(baseUrl: string, path: string): string {
  if (!/^\/(?![/\\])[^\s\\]*$/.test(path)) throw new RangeError(`Not a path of the web app: ${JSON.stringify(path)}`);
  const base = baseUrl.replace(/\/+$/, '');
  const link = new URL(base + path);
  // `/../` would climb out of a base URL with a path of its own.
  if (!link.href.startsWith(new URL(`${base}/`).href)) {
    throw new RangeError(`Not a path of the web app: ${JSON.stringify(path)}`);
  }
  return link.href;
}

const PRIVACY_NOTE =
  'Om privacyredenen staat in deze e-mail geen informatie over jongeren. Na het inloggen ziet u de details.';
const AUTOMATIC_NOTE = 'Dit is een automatisch bericht van Sluitend; u kunt er niet op antwoorden.';
const PREFERENCES_NOTE =
  'U krijgt deze e-mail omdat meldingen per e-mail voor uw account aanstaan. Of u elke melding apart wilt ' +
  'ontvangen, een dagelijks overzicht of geen e-mail, stelt u in bij uw instellingen:';

export function textFooter(baseUrl: string): string {
  return [PRIVACY_NOTE, '', '-- ', AUTOMATIC_NOTE, PREFERENCES_NOTE, appLink(baseUrl, MAIL_PREFERENCES_PATH)].join(
    '\n',
  );
}

const LINK_STYLE = 'color:#0b5394;text-decoration:underline';

export function htmlLink(href: string, text: string): string {
  return `<a href="${escapeHtml(href)}" style="${LINK_STYLE}">${escapeHtml(text)}</a>`;
}

/**
 * A simple accessible page: language set, a title, one column of real paragraphs and lists, descriptive
 * link texts, no images or layout tables, text colours well above WCAG AA contrast.
 */
export function htmlDocument(subject: string, body: string[], baseUrl: string): string {
  return [
    '<!DOCTYPE html>',
    '<html lang="nl">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(subject)}</title>`,
    '</head>',
    '<body style="margin:0;padding:0;background:#ffffff;color:#1a1a1a;font-family:Arial,Helvetica,sans-serif;font-size:16px;line-height:1.5">',
    '<div role="article" aria-roledescription="e-mail" lang="nl" style="max-width:600px;margin:0 auto;padding:24px">',
    ...body,
    `<p>${escapeHtml(PRIVACY_NOTE)}</p>`,
    '<hr style="border:none;border-top:1px solid #cccccc;margin:24px 0">',
    `<p style="font-size:14px;color:#4a4a4a">${escapeHtml(AUTOMATIC_NOTE)} ${escapeHtml(PREFERENCES_NOTE)} ${htmlLink(
      appLink(baseUrl, MAIL_PREFERENCES_PATH),
      'E-mailinstellingen wijzigen',
    )}</p>`,
    '</div>',
    '</body>',
    '</html>',
  ].join('\n');
}
