import { formatDateTime } from './dates';

const MINUTE = 60;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const WEEK = 7 * DAY;

/**
 * "5 minuten geleden", "gisteren": how long ago, in the user's language. From a week on the moment
 * itself (in Dutch time) says more than "12 dagen geleden".
 */
export function relativeTime(timestamp: string, now: Date, language: string): string {
  const moment = new Date(timestamp);
  if (Number.isNaN(moment.getTime())) return timestamp;
  const seconds = Math.round((now.getTime() - moment.getTime()) / 1000);
  // A clock slightly ahead of the device's must not say "in 3 seconds".
  const ago = Math.max(0, seconds);
  if (ago >= WEEK) return formatDateTime(timestamp);
  const format = new Intl.RelativeTimeFormat(language, { numeric: 'auto' });
  if (ago < MINUTE) return format.format(0, 'second');
  if (ago < HOUR) return format.format(-Math.floor(ago / MINUTE), 'minute');
  if (ago < DAY) return format.format(-Math.floor(ago / HOUR), 'hour');
  return format.format(-Math.floor(ago / DAY), 'day');
}
