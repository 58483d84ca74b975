/**
 * What a store card shows about hours, from src/hours: open now / closes at, the coming week
 * (exceptions applied and labelled), and the dated exceptions after that week.
 */
import type { Store } from '../../client/types.js';
import {
  dateKeyNoonUtc,
  formatOpenStatus,
  getOpenStatus,
  hoursPublished,
  laterExceptions,
  rowText,
  weeklyTable,
} from '../../hours/index.js';
import { formatDate } from '../../i18n/format.js';

export interface HoursView {
  /** Open now; undefined when that is not known (no hours published). */
  open: boolean | undefined;
  status: string;
  week: Array<{ day: string; text: string; today: boolean }>;
  exceptions: Array<{ date: string; text: string }>;
}

export function isOpenAt(store: Store, now: Date): boolean {
  const { state } = getOpenStatus(store, now);
  return state === 'open' || state === 'closing-soon';
}

export function hoursView(store: Store, now: Date, locale: string): HoursView {
  const status = getOpenStatus(store, now);
  // No hours published: only the week's dated exceptions (a holiday), never seven times "Hours
  // not available" (the status says it once).
  const published = hoursPublished(store);
  const week = weeklyTable(store, now, locale)
    .filter((row) => published || row.exception)
    .map((row) => ({
      day: row.day,
      text: rowText(row),
      today: row.today,
    }));
  const exceptions = laterExceptions(store, now, locale).map((row) => ({
    date: formatDate(locale, dateKeyNoonUtc(row.date), 'UTC', {
      weekday: 'long',
      day: 'numeric',
      month: 'long',
    }),
    text: rowText(row),
  }));
  return {
    open:
      status.state === 'unknown'
        ? undefined
        : status.state === 'open' || status.state === 'closing-soon',
    status: formatOpenStatus(status, locale, store.timezone),
    week,
    exceptions,
  };
}
