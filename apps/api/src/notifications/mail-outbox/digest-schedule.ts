import { addDays, DIGEST_TIME, todayInAmsterdam } from '@sluitend/domain';
import { amsterdamTime } from '../../common/time/amsterdam-time';

/**
 * The digest that is due at `now`: the most recent DIGEST_TIME (Dutch time) at or before it, and the day it
 * belongs to. Before 08:30 that is yesterday's, so a digest missed while no worker ran still goes out.
 */
export function latestDigest(now: Date): { day: string; at: Date } {
  const today = todayInAmsterdam(now);
  const at = amsterdamTime(today, DIGEST_TIME.hour, DIGEST_TIME.minute);
  if (at.getTime() <= now.getTime()) return { day: today, at };
  const yesterday = addDays(today, -1);
  return { day: yesterday, at: amsterdamTime(yesterday, DIGEST_TIME.hour, DIGEST_TIME.minute) };
}
