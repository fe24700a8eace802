/**
 * The kinds of in-app notification. Each is stored once per user and subject (a session, an agreement…),
 * so telling someone twice about the same thing stores one message.
 */
export const NOTIFICATION_KINDS = [
  'session.agenda-sent',
  'session.minutes-ready',
  'agreements.assigned',
  // A reminder from the outbox; its subject is the reminder, so a reminder is told once however often it runs.
  'reminder',
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

/** How many notifications `GET /notifications` returns: the newest first. */
export const NOTIFICATION_LIST_LIMIT = 50;

/**
 * An in-app message to the signed-in user. The title holds no personal data of a jongere
 * ("U heeft 2 nieuwe afspraken uit de Actietafel van 3 december"); the link leads to a page of the web
 * app where the access rules decide what the user sees.
 */
export interface NotificationResponse {
  id: string;
  kind: NotificationKind;
  title: string;
  /** A path of the web app, e.g. `/actietafel/sessions/{id}/minutes`. */
  link: string;
  createdAt: string;
  /** Null while unread. */
  readAt: string | null;
}
