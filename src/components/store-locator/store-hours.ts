/**
 * What a store card shows about hours: open now / closes at, the week, dated exceptions.
 * Interim: a self-contained reading of the weekly hours in the store's time zone, to be replaced
 * by src/hours (getOpenStatus/formatOpenStatus/weeklyTable) when it lands.
 */
import type { Store, Weekday } from '../../client/types.js';
import { formatDate } from '../../i18n/format.js';
import type { Messages } from '../../i18n/messages/index.js';

export interface HoursView {
  open: boolean;
  status: string;
  week: Array<{ day: string; text: string; today: boolean }>;
  exceptions: Array<{ date: string; text: string }>;
}

const DAYS: Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];

function localNow(now: Date, timeZone: string): { date: string; day: Weekday; minutes: number } {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    weekday: 'short',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(now);
  const get = (t: string) => parts.find((p) => p.type === t)?.value ?? '';
  const day = get('weekday').slice(0, 3).toLowerCase() as Weekday;
  return {
    date: `${get('year')}-${get('month')}-${get('day')}`,
    day,
    minutes: Number(get('hour')) * 60 + Number(get('minute')),
  };
}

const toMinutes = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));

export function isOpenAt(store: Store, now: Date): boolean {
  const local = localNow(now, store.timezone);
  const exception = store.hours.exceptions.find((e) => e.date === local.date);
  const ranges = exception
    ? exception.closed || !exception.opens || !exception.closes
      ? []
      : [{ opens: exception.opens, closes: exception.closes }]
    : store.hours.weekly.filter((w) => w.day === local.day);
  return ranges.some((r) => {
    const o = toMinutes(r.opens);
    const c = toMinutes(r.closes);
    return c > o ? local.minutes >= o && local.minutes < c : local.minutes >= o;
  });
}

export function hoursView(store: Store, now: Date, locale: string, msg: Messages): HoursView {
  const local = localNow(now, store.timezone);
  const open = isOpenAt(store, now);
  const todays = store.hours.weekly.filter((w) => w.day === local.day);
  const closing = todays.find((r) => toMinutes(r.opens) <= local.minutes)?.closes;
  const status = open
    ? closing
      ? `${msg.locatorOpenNow} · ${closing}`
      : msg.locatorOpenNow
    : msg.locatorClosed;
  const weekday = (d: Weekday) =>
    formatDate(locale, new Date(Date.UTC(2024, 0, 1 + DAYS.indexOf(d), 12)), 'UTC', {
      weekday: 'long',
    });
  const week = DAYS.map((day) => {
    const ranges = store.hours.weekly.filter((w) => w.day === day);
    return {
      day: weekday(day),
      text: ranges.length
        ? ranges.map((r) => `${r.opens}–${r.closes}`).join(', ')
        : msg.locatorClosed,
      today: day === local.day,
    };
  });
  const exceptions = store.hours.exceptions
    .filter((e) => e.date >= local.date)
    .map((e) => ({
      date: formatDate(locale, new Date(`${e.date}T12:00:00Z`), 'UTC', {
        weekday: 'long',
        day: 'numeric',
        month: 'long',
      }),
      text:
        e.closed || !e.opens || !e.closes
          ? msg.locatorClosed
          : `${e.opens}–${e.closes}${e.label ? ` (${e.label})` : ''}`,
    }));
  return { open, status, week, exceptions };
}
