import type { SessionData, Store } from 'express-session';

/** How often one API instance writes a session's new expiry while it is in use. */
export const TOUCH_INTERVAL_MS = 60_000;
const MAX_REMEMBERED = 50_000;

type TouchableStore = Store & { touch(sid: string, session: SessionData, callback?: () => void): void };

/**
 * A rolling session is "touched" (its expiry rewritten) on every request: a committed UPDATE that costs
 * milliseconds at p95 and most of the session table's write load. Touching each session at most once a
 * minute per instance keeps the inactivity timeout (30 minutes, give or take one) at a fraction of the cost.
 */
export function throttleTouches<T extends TouchableStore>(store: T, now: () => number = Date.now): T {
  const lastTouched = new Map<string, number>();
  const touch = store.touch.bind(store);
  store.touch = (sid, session, callback) => {
    const time = now();
    const last = lastTouched.get(sid);
    if (last !== undefined && time - last < TOUCH_INTERVAL_MS) {
      callback?.();
      return;
    }
    if (lastTouched.size >= MAX_REMEMBERED) lastTouched.clear();
    lastTouched.set(sid, time);
    touch(sid, session, callback);
  };
  return store;
}
