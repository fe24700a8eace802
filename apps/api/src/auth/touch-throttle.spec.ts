import type { SessionData, Store } from 'express-session';
import { throttleTouches, TOUCH_INTERVAL_MS } from './touch-throttle';

function countingStore() {
  const touched: string[] = [];
  const store = {
    touch: (sid: string, _session: SessionData, callback?: () => void) => {
      touched.push(sid);
      callback?.();
    },
  } as unknown as Store & { touch(sid: string, session: SessionData, callback?: () => void): void };
  return { store, touched };
}

describe('throttleTouches', () => {
  const session = {} as SessionData;

  it('writes the first touch of a session and skips repeats within the interval, still answering the caller', () => {
    let clock = 0;
    const { store, touched } = countingStore();
    const throttled = throttleTouches(store, () => clock);
    const answered: number[] = [];
    throttled.touch('a', session, () => answered.push(clock));
    clock = TOUCH_INTERVAL_MS - 1;
    throttled.touch('a', session, () => answered.push(clock));
    expect(touched).toEqual(['a']);
    expect(answered).toEqual([0, TOUCH_INTERVAL_MS - 1]);
  });

  it('writes again once the interval has passed', () => {
    let clock = 0;
    const { store, touched } = countingStore();
    const throttled = throttleTouches(store, () => clock);
    throttled.touch('a', session);
    clock = TOUCH_INTERVAL_MS;
    throttled.touch('a', session);
    expect(touched).toEqual(['a', 'a']);
  });

  it('throttles each session on its own', () => {
    const { store, touched } = countingStore();
    const throttled = throttleTouches(store, () => 0);
    throttled.touch('a', session);
    throttled.touch('b', session);
    expect(touched).toEqual(['a', 'b']);
  });
});
