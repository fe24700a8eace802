import { Pipe, PipeTransform } from '@angular/core';

const DAYS = new Intl.NumberFormat('nl-NL', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
const COUNT = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 0 });

/** A lead time in days with one decimal, Dutch style (12,5); empty when there is nothing to measure. */
export function formatDays(days: number | null | undefined): string {
  return days === null || days === undefined ? '' : DAYS.format(days);
}

/** A count with Dutch thousands separators (1.234), so large regions read the same as the report. */
export function formatCount(count: number): string {
  return COUNT.format(count);
}

@Pipe({ name: 'days' })
export class DaysPipe implements PipeTransform {
  transform(value: number | null | undefined): string {
    return formatDays(value);
  }
}

@Pipe({ name: 'count' })
export class CountPipe implements PipeTransform {
  transform(value: number): string {
    return formatCount(value);
  }
}
