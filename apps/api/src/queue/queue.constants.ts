/** Queue and job names live here only; producers and processors import them. */
export const QUEUES = {
  reminders: 'reminders',
  maintenance: 'maintenance',
} as const;

export const MAINTENANCE_JOBS = {
  retention: 'retention-run',
} as const;

export const REMINDER_JOBS = {
  deliver: 'deliver-reminder',
} as const;

export interface DeliverReminderJob {
  reminderId: string;
}

/** A reminder must not be lost: retry with growing pauses for roughly a day. */
export const REMINDER_JOB_OPTIONS = {
  attempts: 10,
  backoff: { type: 'exponential', delay: 30_000 },
  removeOnComplete: { age: 7 * 24 * 3600 },
  removeOnFail: false,
} as const;
