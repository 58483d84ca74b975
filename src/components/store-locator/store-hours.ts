/**
 * What a store card shows about hours, from src/hours: open now / closes at, the coming week
 * (exceptions applied and labelled), and the dated exceptions after that week.
 */
import type { Store } from '../../client/types.js';
import {
  getOpenStatus,
  formatOpenStatus,
  weeklyTable,
  dateKeyOf,
  formatLocalClock,
  addDays,
} from '../../hours/index.js';
import { formatDate } from '../../i18n/format.js';
import type { LocatorElementMessages as Messages } from './messages.js';

export interface HoursView {
  open: boolean;
  status: string;
  week: Array<{ day: string; text: string; today: boolean }>;
  exceptions: Array<{ date: string; text: string }>;
}

export function isOpenAt(store: Store, now: Date): boolean {
  const { state } = getOpenStatus(store, now);
  return state === 'open' || state === 'closing-soon';
}

export function hoursView(store: Store, now: Date, locale: string, msg: Messages): HoursView {
  const status = getOpenStatus(store, now);
  const week = weeklyTable(store, now, locale).map((row) => ({
    day: row.day,
    text: row.note ? `${row.ranges} (${row.note})` : row.ranges,
    today: row.today,
  }));
  const afterWeek = addDays(dateKeyOf(now, store.timezone), 7);
  const exceptions = store.hours.exceptions
    .filter((e) => e.date >= afterWeek)
    .sort((a, b) => a.date.localeCompare(b.date))
    .slice(0, 5)
    .map((e) => ({
      date: formatDate(locale, new Date(`${e.date}T12:00:00Z`), 'UTC', {
        weekday: 'long',
        day: 'numeric',
        month: 'long',
      }),
      text:
        e.closed || !e.opens || !e.closes
          ? `${msg.locatorClosed}${e.label ? ` (${e.label})` : ''}`
          : `${formatLocalClock(locale, e.opens)}–${formatLocalClock(locale, e.closes)}${
              e.label ? ` (${e.label})` : ''
            }`,
    }));
  return {
    open: status.state === 'open' || status.state === 'closing-soon',
    status: formatOpenStatus(status, locale, store.timezone),
    week,
    exceptions,
  };
}
