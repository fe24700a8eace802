import { Pipe, PipeTransform } from '@angular/core';

const ZONE = 'Europe/Amsterdam';
const MINUTE_MS = 60_000;

const DAY_FORMATS: Record<string, Intl.DateTimeFormat> = {
  nl: new Intl.DateTimeFormat('nl-NL', {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: ZONE,
  }),
  en: new Intl.DateTimeFormat('en-GB', {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: ZONE,
  }),
};

const CLOCK = new Intl.DateTimeFormat('nl-NL', {
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
  timeZone: ZONE,
});

const PARTS = new Intl.DateTimeFormat('en-CA', {
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
  timeZone: ZONE,
});

function valid(timestamp: string | null | undefined): Date | null {
  if (!timestamp) return null;
  const date = new Date(timestamp);
  return Number.isNaN(date.getTime()) ? null : date;
}

/** 2026-03-12T13:00:00Z → "donderdag 12 maart 2026": the meeting day as the region lives it. */
export function formatSessionDay(timestamp: string | null | undefined, lang = 'nl'): string {
  const date = valid(timestamp);
  if (!date) return '';
  // Assembled from parts: the punctuation after the weekday differs between languages and ICU versions.
  const parts = (DAY_FORMATS[lang] ?? DAY_FORMATS['nl']).formatToParts(date);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((candidate) => candidate.type === type)?.value ?? '';
  return `${part('weekday')} ${part('day')} ${part('month')} ${part('year')}`;
}

/** 2026-03-12T13:00:00Z → "14:00", Dutch time. */
export function formatTime(timestamp: string | null | undefined): string {
  const date = valid(timestamp);
  if (!date) return '';
  const parts = CLOCK.formatToParts(date);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((candidate) => candidate.type === type)?.value ?? '';
  return `${part('hour')}:${part('minute')}`;
}

/** The date and time of day (YYYY-MM-DD, HH:mm) a moment has in Amsterdam. */
export function amsterdamParts(instant: Date): { date: string; time: string } {
  const parts = PARTS.formatToParts(instant);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((candidate) => candidate.type === type)?.value ?? '';
  return { date: `${part('year')}-${part('month')}-${part('day')}`, time: `${part('hour')}:${part('minute')}` };
}

/** Minutes Amsterdam is ahead of UTC at that moment (60 in winter, 120 in summer). */
function amsterdamOffsetMinutes(instant: Date): number {
  const { date, time } = amsterdamParts(instant);
  const asUtc = Date.parse(`${date}T${time}:00Z`);
  return Math.round((asUtc - Math.floor(instant.getTime() / MINUTE_MS) * MINUTE_MS) / MINUTE_MS);
}

/**
 * A date and time of day on the Dutch clock as an ISO instant, whatever the device's time zone:
 * "2026-03-12", "14:00" → 2026-03-12T13:00:00.000Z. Null for something that is not a date and time.
 */
export function amsterdamInstant(date: string, time: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || !/^\d{2}:\d{2}$/.test(time)) return null;
  const wall = Date.parse(`${date}T${time}:00Z`);
  if (Number.isNaN(wall)) return null;
  // The offset at the guessed instant, then again at the corrected one (it differs only around the DST switch).
  let instant = wall - amsterdamOffsetMinutes(new Date(wall)) * MINUTE_MS;
  instant = wall - amsterdamOffsetMinutes(new Date(instant)) * MINUTE_MS;
  return new Date(instant).toISOString();
}

/** "mm:ss" (or "h:mm:ss" from an hour), for the item timer; negative durations count as zero. */
export function formatDuration(milliseconds: number): string {
  const total = Math.max(0, Math.floor(milliseconds / 1000));
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = total % 60;
  const mm = String(minutes).padStart(2, '0');
  const ss = String(seconds).padStart(2, '0');
  return hours > 0 ? `${hours}:${mm}:${ss}` : `${mm}:${ss}`;
}

/** When each agenda item is planned to begin: the session's start plus the time boxes before it. */
export function plannedStarts(startsAt: string, items: readonly { minutesPlanned: number }[]): string[] {
  const start = new Date(startsAt).getTime();
  let offset = 0;
  return items.map((item) => {
    const at = new Date(start + offset * MINUTE_MS).toISOString();
    offset += item.minutesPlanned;
    return at;
  });
}

@Pipe({ name: 'sessionDay' })
export class SessionDayPipe implements PipeTransform {
  transform(value: string | null | undefined, lang = 'nl'): string {
    return formatSessionDay(value, lang);
  }
}

@Pipe({ name: 'clockTime' })
export class ClockTimePipe implements PipeTransform {
  transform(value: string | null | undefined): string {
    return formatTime(value);
  }
}
