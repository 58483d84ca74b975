/**
 * The pickup promise: when a reservation made now will be ready, from the preparation time, the
 * opening hours and exceptions, and the optional same-day cutoff.
 */
import type { AvailabilityEntry, Store } from '../client/types.js';
import { languageOf } from '../i18n/locale.js';
import { pickupMessages } from '../i18n/messages/pickup.js';
import { dayWord, formatClock } from './format-time.js';
import { HOURS_HORIZON_DAYS, openIntervals } from './schedule.js';
import { zoneNote } from './zone-note.js';
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
 * then (round the clock, or overnight hours), else at that day's first opening. Never before
 * `notBefore` (the API's time for a product), which moves to an hour the store is open. Returns
 * undefined when pickup is disabled or the store does not open within the horizon (14 days).
 */
export function pickupPromise(store: Store, now: Date, notBefore = NaN): PickupPromise | undefined {
  const pickup = store.pickup;
  if (!pickup?.enabled) return undefined;
  const tz = store.timezone;
  const today = dateKeyOf(now, tz);
  const prep = Math.max(0, pickup.prepMinutes || 0) * 60_000;
  const intervals = openIntervals(store, addDays(today, -1), addDays(today, HOURS_HORIZON_DAYS));

  const cutoff = parseClock(pickup.cutoff);
  // Past the cutoff: from the store's next midnight, at its first opening then (a store open
  // round the clock is one long interval: it is open at midnight).
  const begin =
    cutoff !== undefined && minutesOfDay(now, tz) >= cutoff
      ? openFrom(intervals, zonedInstant(addDays(today, 1), 0, tz).getTime())
      : now.getTime();
  if (begin === undefined) return undefined;

  let readyAt: number | undefined;
  for (const i of intervals) {
    if (i.end.getTime() <= begin) continue;
    const start = Math.max(begin, i.start.getTime());
    if (start + prep <= i.end.getTime()) {
      readyAt = start + prep;
      break;
    }
  }
  // Preparation longer than any opening period (e.g. stock sent from a warehouse): ready at
  // the first moment the store is open once the time has passed.
  readyAt ??= openFrom(intervals, begin + prep);
  if (readyAt === undefined) return undefined;
  // A later time for this product (pickupReadyTime): at an hour the store is open.
  if (notBefore > readyAt) readyAt = openFrom(intervals, notBefore) ?? notBefore;
  const ready = new Date(readyAt);
  return { readyAt: ready, sameDay: dateKeyOf(ready, tz) === today };
}

/** The first moment at or after `t` that the store is open; undefined past the intervals. */
function openFrom(intervals: { start: Date; end: Date }[], t: number): number | undefined {
  const open = intervals.find((i) => i.end.getTime() > t);
  return open && Math.max(t, open.start.getTime());
}

/**
 * How far ahead (ms) a date from the API is believed: a pickup time or a restock date past two
 * years is a placeholder or a mistake ("2999-01-01"), and is ignored as an unparsable one is.
 */
export const API_DATE_HORIZON_MS = 731 * 86_400_000;

/**
 * When an order of this product placed now can be ready at this store: the API's own
 * `pickupReadyAt` for the product when it is later than the promise of the store's hours and
 * preparation time now (it knows what the hours do not: stock in the back room or in transit),
 * moved to the store's next opening when it falls while the store is closed, else that promise.
 * The API's time ages on a page left open: 18:55 said at 16:50 cannot be kept by an order placed
 * at 17:15 in a store closing at 19:00. One rule for the badge's "ready today at 17:30" and for
 * the reserve dialog, which offers no pickup slot before it. A time more than two years ahead
 * (API_DATE_HORIZON_MS) is ignored. Undefined when pickup is disabled or no time can be promised.
 */
export function pickupReadyTime(
  store: Store,
  entry: AvailabilityEntry | undefined,
  now: Date,
): Date | undefined {
  if (!store.pickup?.enabled) return undefined;
  let fromApi = Date.parse(entry?.pickupReadyAt ?? ''); // NaN when there is none
  if (fromApi > +now + API_DATE_HORIZON_MS) fromApi = NaN;
  // Never earlier than the hours allow now (nor past: an answer served from cache, a wrong clock).
  return (
    pickupPromise(store, now, fromApi)?.readyAt ?? (fromApi > +now ? new Date(fromApi) : undefined)
  );
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
  const text = !days
    ? m.pickupReadyToday(time)
    : days === m.hoursTomorrow
      ? m.pickupReadyTomorrow(time)
      : m.pickupReadyOn(days, time);
  return text + zoneNote(locale, promise.readyAt, timezone);
}
