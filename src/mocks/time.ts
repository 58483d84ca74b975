/**
 * The mock's pickup promise and "open now", on the SDK's opening intervals (src/hours: weekly
 * hours, every exception of a date, overnight ranges, touching ranges joined). What is the mock's
 * own is how it words the promise (see `readyAt`). Every "now" is a parameter, read by callers
 * from `Date.now()` (fake clocks work).
 */
import type { Store } from '../client/types.js';
import { HOURS_HORIZON_DAYS, openIntervals } from '../hours/schedule.js';
import { addDays, dateKeyOf, minutesOfDay, parseClock, zonedInstant } from '../hours/zoned.js';

export function isOpenAt(store: Store, ms: number): boolean {
  const today = dateKeyOf(new Date(ms), store.timezone);
  return openIntervals(store, addDays(today, -1), today).some(
    (i) => i.start.getTime() <= ms && ms < i.end.getTime(),
  );
}

/**
 * When an order placed at `now` is ready: preparation runs within one opening period, and after
 * the store's cutoff it starts at the next local midnight. Undefined when it fits in no opening
 * period within the horizon (14 days).
 */
export function readyAt(store: Store, now: number): number | undefined {
  const tz = store.timezone;
  const prep = store.pickup.prepMinutes * 60_000;
  const today = dateKeyOf(new Date(now), tz);
  const cutoff = parseClock(store.pickup.cutoff);
  const start =
    cutoff !== undefined && minutesOfDay(new Date(now), tz) >= cutoff
      ? zonedInstant(addDays(today, 1), 0, tz).getTime()
      : now;
  for (const i of openIntervals(store, addDays(today, -1), addDays(today, HOURS_HORIZON_DAYS))) {
    const begin = Math.max(i.start.getTime(), start);
    // Promised on a five-minute mark, as a shop would say it.
    const ready = Math.ceil((begin + prep) / 300_000) * 300_000;
    if (ready <= i.end.getTime()) return ready;
  }
  return undefined;
}
