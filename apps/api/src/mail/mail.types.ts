/** One e-mail as the Mailer sends it; the composer builds these from the templates. */
export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
  html?: string;
}

/** What a template produces: the recipient is added by the composer. */
export type MailContent = Omit<OutgoingMail, 'to'> & { html: string };

/** A title of the web app with the path it links to, as in a notification (`title`, `link`). */
export interface MailItem {
  /** Neutral: never a jongere's name or other personal data (the notification contract promises that). */
  title: string;
  /** A path of the web app, e.g. `/actietafel/sessions/{id}/minutes`. */
  path: string;
}
