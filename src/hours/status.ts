/** Open now, closing soon, closed today, next opening: a store's status at an instant. */
import type { HoursException, Store } from '../client/types.js';
import { languageOf } from '../i18n/locale.js';
import { hoursMessages } from '../i18n/messages/hours.js';
import { pickupMessages } from '../i18n/messages/pickup.js';
import { dayWord, formatClock } from './format-time.js';
import { dayScheduleOf, hoursPublished, HOURS_HORIZON_DAYS, openIntervals } from './schedule.js';
import { addDays, dateKeyOf, isTimeZone, minutesOfDay, zonedInstant } from './zoned.js';

/**
 * 'unknown': the store publishes no hours (`hoursPublished`), or its time zone is one this engine
 * does not know (`noZone`): neither open nor closed.
 */
export type OpenState = 'open' | 'closing-soon' | 'closed' | 'opening-soon' | 'unknown';

export interface OpenStatus {
  state: OpenState;
  /** The instant this status describes. */
  at: Date;
  /** When open: when it closes (absent when open round the clock over the horizon). */
  closesAt?: Date;
  /** When not open: when it next opens, any day within the horizon. */
  opensAt?: Date;
  /** The next opening after `at` whatever the state (when open: the one after `closesAt`). */
  nextOpen?: Date;
  /** The store keeps no hours today (weekly day off, holiday or special closure). */
  todayClosed?: boolean;
  /** Today's exception, if one is in force (e.g. a holiday with its label). */
  exception?: HoursException;
  /** Hours published, in a time zone this engine does not know: no status to say. */
  noZone?: true;
}

export interface OpenStatusOptions {
  /** Minutes before closing or opening that count as "soon" (default 30). */
  soonMinutes?: number;
}

export function getOpenStatus(
  store: Store,
  now: Date,
  { soonMinutes = 30 }: OpenStatusOptions = {},
): OpenStatus {
  const tz = store.timezone;
  const today = dateKeyOf(now, tz);
  const last = addDays(today, HOURS_HORIZON_DAYS);
  const intervals = openIntervals(store, addDays(today, -1), last);
  // An interval reaching into the horizon's last day has no closing time we can know.
  const horizonEnd = zonedInstant(last, 0, tz).getTime();
  const schedule = dayScheduleOf(store, today);
  const base = {
    at: now,
    todayClosed: schedule.ranges.length === 0,
    ...(schedule.exception ? { exception: schedule.exception } : {}),
  };
  // No hours published: not "closed" (nor open), unless today is a dated closure.
  if (!hoursPublished(store) && !schedule.exception?.closed) return { ...base, state: 'unknown' };
  // A zone newer than the browser, or misspelt: the hours are shown as published, but when they
  // fall is not known, so neither is "open now".
  if (!isTimeZone(tz)) return { ...base, state: 'unknown', noZone: true };
  const t = now.getTime();
  const soon = soonMinutes * 60_000;
  const current = intervals.find((i) => i.start.getTime() <= t && t < i.end.getTime());
  if (current) {
    const roundTheClock = current.end.getTime() > horizonEnd;
    const closesAt = roundTheClock ? undefined : current.end;
    const next = intervals.find((i) => i.start.getTime() >= current.end.getTime());
    return {
      ...base,
      state: closesAt && closesAt.getTime() - t <= soon ? 'closing-soon' : 'open',
      ...(closesAt ? { closesAt } : {}),
      ...(next && !roundTheClock ? { nextOpen: next.start } : {}),
    };
  }
  const next = intervals.find((i) => i.start.getTime() > t);
  return {
    ...base,
    state: next && next.start.getTime() - t <= soon ? 'opening-soon' : 'closed',
    ...(next ? { opensAt: next.start, nextOpen: next.start } : {}),
  };
}

const SEPARATOR = ' · ';

/**
 * "Open · closes at 19:00", "Fermé aujourd’hui · ouvre lundi à 9 h 00", "Closing soon · closes at
 * 7:00 PM": the status as one line, times in the store's time zone.
 */
export function formatOpenStatus(status: OpenStatus, locale: string, timezone: string): string {
  const m = hoursMessages[languageOf(locale)];
  const when = (
    date: Date,
    today: (t: string) => string,
    other: (d: string, t: string) => string,
  ) => {
    const time = formatClock(locale, date, timezone);
    const day = dayWord(pickupMessages[languageOf(locale)], locale, status.at, date, timezone);
    return day ? other(day, time) : today(time);
  };
  if (status.state === 'open' || status.state === 'closing-soon') {
    const head = status.state === 'open' ? m.hoursOpen : m.hoursClosingSoon;
    const closes = status.closesAt;
    if (!closes) return m.hoursOpen24;
    // Closing as a day ends, named by that day: "closes at midnight" (today), "closes Friday at
    // midnight" (a store open round the clock until the weekend), not "closes Saturday at 00:00".
    return (
      head +
      SEPARATOR +
      (minutesOfDay(closes, timezone)
        ? when(closes, m.hoursClosesAt, m.hoursClosesOn)
        : when(
            new Date(closes.getTime() - 1),
            () => m.hoursClosesMidnight,
            m.hoursClosesOnMidnight,
          ))
    );
  }
  if (status.state === 'unknown') return status.noZone ? '' : m.hoursUnknown;
  const head =
    status.state === 'opening-soon'
      ? m.hoursOpeningSoon
      : status.todayClosed
        ? m.hoursClosedToday
        : m.hoursClosed;
  if (!status.opensAt) return head;
  return head + SEPARATOR + when(status.opensAt, m.hoursOpensAt, m.hoursOpensOn);
}
