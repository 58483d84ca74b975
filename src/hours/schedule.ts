/**
 * A store's hours as concrete instants: the local ranges of a given date (exceptions override the
 * weekly hours) and the opening intervals over a span of days, overnight ranges included.
 */
import type { HoursException, Store, Weekday } from '../client/types.js';
import { addDays, isTimeZone, parseClock, weekdayOf, zonedInstant, type DateKey } from './zoned.js';

/** How many days ahead a status looks for the next opening. */
export const HOURS_HORIZON_DAYS = 14;

export interface LocalRange {
  /** "HH:MM" */
  opens: string;
  /** "HH:MM"; not after `opens` means past midnight. */
  closes: string;
}

export interface DaySchedule {
  date: DateKey;
  weekday: Weekday;
  ranges: LocalRange[];
  /** The exception in force that day, if any (holiday, special hours). */
  exception?: HoursException;
}

export interface OpenInterval {
  start: Date;
  end: Date;
  /** The local date the (first) range belongs to. */
  date: DateKey;
}

const byOpens = (a: LocalRange, b: LocalRange) => parseClock(a.opens)! - parseClock(b.opens)!;
const valid = (r: LocalRange) =>
  parseClock(r.opens) !== undefined && parseClock(r.closes) !== undefined;

/**
 * Whether the store publishes hours at all: some weekly range, or a dated opening (a pop-up store).
 * `weekly: []` with no such exception means "hours not published", not "never open": such a
 * store reads "Hours not available", never "Closed" every day, and is never open now.
 */
export const hoursPublished = ({ hours }: Store): boolean =>
  !!hours?.weekly?.length || !!hours?.exceptions?.some((e) => !e.closed && e.opens && e.closes);

/** The ranges a store keeps on local date `date`. */
export function dayScheduleOf(store: Store, date: DateKey): DaySchedule {
  const weekday = weekdayOf(date);
  const exceptions = (store.hours?.exceptions ?? []).filter((e) => e.date === date);
  const exception = exceptions.find((e) => e.closed) ?? exceptions[0];
  if (exception?.closed) return { date, weekday, ranges: [], exception };
  const special = exceptions
    .filter((e) => e.opens && e.closes)
    .map((e) => ({ opens: e.opens!, closes: e.closes! }))
    .filter(valid);
  if (special.length) return { date, weekday, ranges: special.sort(byOpens), exception };
  // An exception with neither `closed` nor times only labels the day (e.g. a note).
  const ranges = (store.hours?.weekly ?? [])
    .filter((w) => w.day === weekday)
    .map((w) => ({ opens: w.opens, closes: w.closes }))
    .filter(valid)
    .sort(byOpens);
  return { date, weekday, ranges, exception };
}

/**
 * Opening intervals of the ranges belonging to local dates `from` to `to` (inclusive), sorted,
 * with overlapping or touching intervals merged (a 24/7 store is one long interval). None for a
 * store whose time zone this engine does not know: its local times are no instants.
 */
export function openIntervals(store: Store, from: DateKey, to: DateKey): OpenInterval[] {
  const tz = store.timezone;
  const raw: OpenInterval[] = [];
  if (!isTimeZone(tz)) return raw;
  for (let date = from; date <= to; date = addDays(date, 1)) {
    for (const r of dayScheduleOf(store, date).ranges) {
      const opens = parseClock(r.opens)!;
      let closes = parseClock(r.closes)!;
      if (closes <= opens) closes += 1440;
      raw.push({ start: zonedInstant(date, opens, tz), end: zonedInstant(date, closes, tz), date });
    }
  }
  raw.sort((a, b) => a.start.getTime() - b.start.getTime());
  const merged: OpenInterval[] = [];
  for (const i of raw) {
    const last = merged[merged.length - 1];
    if (last && i.start.getTime() <= last.end.getTime()) {
      if (i.end > last.end) last.end = i.end;
    } else merged.push({ ...i });
  }
  return merged;
}
