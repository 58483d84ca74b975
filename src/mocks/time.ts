/**
 * Local time in a store's time zone, for the mock only: which intervals a store is open on a
 * date (weekly hours, then exceptions), whether it is open now, and when an order placed now
 * is ready. Every "now" is a parameter, read by callers from `Date.now()` (fake clocks work).
 */
import type { Store, Weekday } from '../client/types.js';

const WEEKDAYS: Weekday[] = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      hourCycle: 'h23',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

export interface LocalTime {
  /** "YYYY-MM-DD" in the zone. */
  date: string;
  /** Minutes since local midnight. */
  minutes: number;
}

function parts(ms: number, timeZone: string): Record<string, number> {
  const out: Record<string, number> = {};
  for (const p of formatter(timeZone).formatToParts(new Date(ms))) {
    if (p.type !== 'literal') out[p.type] = Number(p.value);
  }
  return out;
}

const pad = (n: number) => String(n).padStart(2, '0');

export function localTime(ms: number, timeZone: string): LocalTime {
  const p = parts(ms, timeZone);
  return {
    date: `${p.year}-${pad(p.month ?? 1)}-${pad(p.day ?? 1)}`,
    minutes: (p.hour ?? 0) * 60 + (p.minute ?? 0),
  };
}

/** The zone's offset from UTC at an instant, in ms. */
function offset(ms: number, timeZone: string): number {
  const p = parts(ms, timeZone);
  const asUtc = Date.UTC(
    p.year ?? 1970,
    (p.month ?? 1) - 1,
    p.day ?? 1,
    p.hour ?? 0,
    p.minute ?? 0,
    p.second ?? 0,
  );
  return asUtc - Math.floor(ms / 1000) * 1000;
}

/** The instant of a local date and "HH:MM" (or minutes past midnight) in a zone. */
export function zonedInstant(date: string, time: string | number, timeZone: string): number {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const minutes = typeof time === 'number' ? time : toMinutes(time);
  const guess = Date.UTC(y, m - 1, d, 0, minutes);
  const first = guess - offset(guess, timeZone);
  return guess - offset(first, timeZone);
}

export function toMinutes(hhmm: string): number {
  const [h, m] = hhmm.split(':').map(Number) as [number, number];
  return h * 60 + m;
}

export function addDays(date: string, days: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

export function weekday(date: string): Weekday {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return WEEKDAYS[new Date(Date.UTC(y, m - 1, d)).getUTCDay()] as Weekday;
}

/** Opening intervals [start, end) in ms that begin on a local date. */
export function openIntervals(store: Store, date: string): [number, number][] {
  const exception = store.hours.exceptions.find((e) => e.date === date);
  let ranges: { opens: string; closes: string }[];
  if (exception) {
    if (exception.closed || !exception.opens || !exception.closes) return [];
    ranges = [{ opens: exception.opens, closes: exception.closes }];
  } else {
    const day = weekday(date);
    ranges = store.hours.weekly.filter((w) => w.day === day);
  }
  return ranges.map(({ opens, closes }) => {
    const start = zonedInstant(date, opens, store.timezone);
    const endDate = toMinutes(closes) <= toMinutes(opens) ? addDays(date, 1) : date;
    return [start, zonedInstant(endDate, closes, store.timezone)];
  });
}

export function isOpenAt(store: Store, ms: number): boolean {
  const { date } = localTime(ms, store.timezone);
  return [addDays(date, -1), date].some((d) =>
    openIntervals(store, d).some(([s, e]) => ms >= s && ms < e),
  );
}

/**
 * When an order placed at `now` is ready: preparation runs during opening hours, after the
 * store's cutoff it starts the next day. Undefined when the store opens nowhere in 14 days.
 */
export function readyAt(store: Store, now: number): number | undefined {
  const prep = store.pickup.prepMinutes * 60_000;
  const local = localTime(now, store.timezone);
  let start = now;
  let date = local.date;
  if (store.pickup.cutoff && local.minutes >= toMinutes(store.pickup.cutoff)) {
    date = addDays(date, 1);
    start = zonedInstant(date, 0, store.timezone);
  }
  for (let i = 0; i < 14; i++, date = addDays(date, 1)) {
    for (const [s, e] of openIntervals(store, date)) {
      const begin = Math.max(s, start);
      // Promised on a five-minute mark, as a shop would say it.
      const ready = Math.ceil((begin + prep) / 300_000) * 300_000;
      if (ready <= e) return ready;
    }
  }
  return undefined;
}

/** Local date "YYYY-MM-DD" of an instant in the store's zone. */
export function localDate(store: Store, ms: number): string {
  return localTime(ms, store.timezone).date;
}
