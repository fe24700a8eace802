/**
 * How a user wants to hear of notifications by e-mail (issue 6). In the app every notification is always
 * shown (the bell); e-mail is the choice:
 * - `immediate`: one e-mail per notification, as it arrives;
 * - `daily-digest`: one e-mail a day listing the day's notifications (DIGEST_TIME, Dutch time);
 * - `off`: no e-mail.
 * E-mails hold no personal data beyond the recipient's first name and a link.
 */
export const MAIL_PREFERENCES = ['immediate', 'daily-digest', 'off'] as const;
export type MailPreference = (typeof MAIL_PREFERENCES)[number];

export const DEFAULT_MAIL_PREFERENCE: MailPreference = 'immediate';

/**
 * When the daily digest goes out, Europe/Amsterdam: after the morning's reminders (due at 08:00), so the
 * digest of a day holds that morning's reminders too.
 */
export const DIGEST_TIME = { hour: 8, minute: 30 } as const;

/** GET /notification-settings: the signed-in user's own settings. */
export interface NotificationSettingsResponse {
  mail: MailPreference;
  /** Where e-mail goes: the user's own address, shown so they can check it. */
  email: string;
  /** Optimistic concurrency: send it back with a change; a stale one is answered 409. */
  version: number;
}

/** PUT /notification-settings. */
export interface UpdateNotificationSettingsRequest {
  mail: MailPreference;
  version: number;
}

/** GET /notifications/summary: what the bell shows without loading the list. */
export interface NotificationSummaryResponse {
  unreadCount: number;
}
