/**
 * Wall-clock time in an IANA time zone with `Intl` only: local dates ("YYYY-MM-DD"), local times
 * ("HH:MM"), and the instant a local date and time means, across daylight-saving changes.
 */
import type { Weekday } from '../client/types.js';
import { knownZone } from '../i18n/format.js';

/** A local calendar date, "YYYY-MM-DD". */
export type DateKey = string;

export interface ZonedParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function partsFormatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      // A zone this engine does not know reads as the device's (isTimeZone tells them apart).
      timeZone: knownZone(timeZone),
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/** The wall-clock reading of `date` in `timeZone`. */
export function zonedParts(date: Date, timeZone: string): ZonedParts {
  const out: Record<string, number> = {};
  for (const p of partsFormatter(timeZone).formatToParts(date)) {
    if (p.type !== 'literal') out[p.type] = Number(p.value);
  }
  return {
    year: out.year!,
    month: out.month!,
    day: out.day!,
    // Some engines print midnight as 24 even with h23.
    hour: out.hour! % 24,
    minute: out.minute!,
    second: out.second!,
  };
}

/** Minutes `timeZone` is ahead of UTC at `date` (Paris: 60 in winter, 120 in summer). */
export function offsetMinutes(date: Date, timeZone: string): number {
  const p = zonedParts(date, timeZone);
  const asUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
  return Math.round((asUtc - Math.floor(date.getTime() / 1000) * 1000) / 60000);
}

const pad = (n: number) => String(n).padStart(2, '0');

export function dateKeyOf(date: Date, timeZone: string): DateKey {
  const p = zonedParts(date, timeZone);
  return `${p.year}-${pad(p.month)}-${pad(p.day)}`;
}

/** Minutes since local midnight of `date` in `timeZone`. */
export function minutesOfDay(date: Date, timeZone: string): number {
  const p = zonedParts(date, timeZone);
  return p.hour * 60 + p.minute;
}

function keyToUtc(key: DateKey): number {
  const [y, m, d] = key.split('-').map(Number);
  return Date.UTC(y!, m! - 1, d!);
}

export function addDays(key: DateKey, days: number): DateKey {
  const t = new Date(keyToUtc(key) + days * 86_400_000);
  return `${t.getUTCFullYear()}-${pad(t.getUTCMonth() + 1)}-${pad(t.getUTCDate())}`;
}

/** Whole days from `a` to `b` (local dates). */
export function daysBetween(a: DateKey, b: DateKey): number {
  return Math.round((keyToUtc(b) - keyToUtc(a)) / 86_400_000);
}

const WEEKDAYS: Weekday[] = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];

export function weekdayOf(key: DateKey): Weekday {
  return WEEKDAYS[new Date(keyToUtc(key)).getUTCDay()]!;
}

/** Noon UTC of a local date: a safe instant to format the date itself in UTC. */
export function dateKeyNoonUtc(key: DateKey): Date {
  return new Date(keyToUtc(key) + 12 * 3_600_000);
}

/** "HH:MM" (00:00 to 24:00) to minutes since midnight; undefined when malformed. */
export function parseClock(text: string | undefined): number | undefined {
  const m = /^(\d{1,2}):(\d{2})$/.exec(text?.trim() ?? '');
  if (!m) return undefined;
  const h = Number(m[1]);
  const min = Number(m[2]);
  if (min > 59 || h > 24 || (h === 24 && min > 0)) return undefined;
  return h * 60 + min;
}

/** Instants already computed, by "zone|date|minutes" (bounded). */
const instants = new Map<string, number>();

/**
 * The instant at which the wall clock in `timeZone` reads `minutes` past midnight of `key`
 * (minutes may exceed 1440 to mean the next days). A time skipped by a spring-forward change
 * (02:30 in Paris on the last Sunday of March) maps to the same distance past the change (03:30);
 * a time that happens twice in autumn maps to its later occurrence.
 */
export function zonedInstant(key: DateKey, minutes: number, timeZone: string): Date {
  // Stores share their opening times, and lists ask the same days again: remember answers.
  const cacheKey = `${timeZone}|${key}|${minutes}`;
  let t = instants.get(cacheKey);
  if (t === undefined) {
    const local = keyToUtc(key) + minutes * 60_000;
    const first = local - offsetMinutes(new Date(local), timeZone) * 60_000;
    t = local - offsetMinutes(new Date(first), timeZone) * 60_000;
    if (instants.size >= 20_000) instants.clear();
    instants.set(cacheKey, t);
  }
  return new Date(t);
}

/** Whether `timeZone` is an IANA zone this engine knows. */
export const isTimeZone = (timeZone: string): boolean => knownZone(timeZone) === timeZone;
