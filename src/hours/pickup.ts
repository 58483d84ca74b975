/**
 * The pickup promise: when a reservation made now will be ready, from the preparation time, the
 * opening hours and exceptions, and the optional same-day cutoff.
 */
import type { AvailabilityEntry, Store } from '../client/types.js';
import { languageOf } from '../i18n/locale.js';
import { pickupMessages } from '../i18n/messages/pickup.js';
import { dayWord, formatClock } from './format-time.js';
import { HOURS_HORIZON_DAYS, openIntervals } from './schedule.js';
import { addDays, dateKeyOf, minutesOfDay, parseClock, zonedInstant } from './zoned.js';

export interface PickupPromise {
  readyAt: Date;
  /** Ready on the store's today. */
  sameDay: boolean;
}

/**
 * Preparation runs while the store is open and must fit in one opening period: an order that
 * cannot be ready before closing is ready `prepMinutes` after the next opening. Past the same-day
 * `cutoff` (store time), preparation starts the next day: at the store's midnight if it is open
 * then (round the clock, or overnight hours), else at that day's first opening. Returns
 * undefined when pickup is disabled or the store does not open within the horizon (14 days).
 */
export function pickupPromise(store: Store, now: Date): PickupPromise | undefined {
  const pickup = store.pickup;
  if (!pickup?.enabled) return undefined;
  const tz = store.timezone;
  const today = dateKeyOf(now, tz);
  const prep = Math.max(0, pickup.prepMinutes || 0) * 60_000;
  const intervals = openIntervals(store, addDays(today, -1), addDays(today, HOURS_HORIZON_DAYS));

  let begin = now.getTime();
  const cutoff = parseClock(pickup.cutoff);
  if (cutoff !== undefined && minutesOfDay(now, tz) >= cutoff) {
    // From the store's next midnight, at its first opening then (a store open round the clock
    // is one long interval: it is open at midnight).
    const midnight = zonedInstant(addDays(today, 1), 0, tz).getTime();
    const nextDay = intervals.find((i) => i.end.getTime() > midnight);
    if (!nextDay) return undefined;
    begin = Math.max(midnight, nextDay.start.getTime());
  }

  let readyAt: number | undefined;
  for (const i of intervals) {
    if (i.end.getTime() <= begin) continue;
    const start = Math.max(begin, i.start.getTime());
    if (start + prep <= i.end.getTime()) {
      readyAt = start + prep;
      break;
    }
  }
  if (readyAt === undefined) {
    // Preparation longer than any opening period (e.g. stock sent from a warehouse): ready at
    // the first moment the store is open once the time has passed.
    const due = begin + prep;
    const open = intervals.find((i) => i.end.getTime() > due);
    if (!open) return undefined;
    readyAt = Math.max(due, open.start.getTime());
  }
  const ready = new Date(readyAt);
  return { readyAt: ready, sameDay: dateKeyOf(ready, tz) === today };
}

/**
 * When an order of this product placed now can be ready at this store: the API's own
 * `pickupReadyAt` for the product when it is later than the promise of the store's hours and
 * preparation time now (it knows what the hours do not: stock in the back room or in transit),
 * else that promise. The API's time ages on a page left open: 18:55 said at 16:50 cannot be kept
 * by an order placed at 17:15 in a store closing at 19:00. One rule for the badge's "ready today
 * at 17:30" and for the reserve dialog, which offers no pickup slot before it. Undefined when
 * pickup is disabled or no time can be promised.
 */
export function pickupReadyTime(
  store: Store,
  entry: AvailabilityEntry | undefined,
  now: Date,
): Date | undefined {
  if (!store.pickup?.enabled) return undefined;
  const fromApi = entry?.pickupReadyAt ? Date.parse(entry.pickupReadyAt) : NaN;
  const own = pickupPromise(store, now)?.readyAt;
  // Never earlier than the hours allow now (nor past: an answer served from cache, a wrong clock).
  return fromApi > +(own ?? now) ? new Date(fromApi) : own;
}

/** "Ready today at 17:30", "Ready tomorrow at 10:00", "Prêt lundi à 10 h 00". */
export function formatPickupPromise(
  promise: Pick<PickupPromise, 'readyAt'>,
  locale: string,
  timezone: string,
  now: Date,
): string {
  const m = pickupMessages[languageOf(locale)];
  const time = formatClock(locale, promise.readyAt, timezone);
  const days = dayWord(m, locale, now, promise.readyAt, timezone);
  if (!days) return m.pickupReadyToday(time);
  if (days === m.hoursTomorrow) return m.pickupReadyTomorrow(time);
  return m.pickupReadyOn(days, time);
}
