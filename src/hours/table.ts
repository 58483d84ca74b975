/** The coming seven days of a store's hours, as rows ready to display. */
import type { HoursException, Store, Weekday } from '../client/types.js';
import { formatDate } from '../i18n/format.js';
import { languageOf } from '../i18n/locale.js';
import { hoursMessages } from '../i18n/messages/hours.js';
import { formatLocalClock } from './format-time.js';
import { dayScheduleOf, hoursPublished } from './schedule.js';
import { addDays, dateKeyNoonUtc, dateKeyOf, type DateKey } from './zoned.js';

export interface WeeklyRow {
  /** Local date "YYYY-MM-DD". */
  date: DateKey;
  weekday: Weekday;
  /** "Monday" / "lundi". */
  day: string;
  /** "09:00–12:30, 14:00–19:00" / "9 h 00 – 19 h 00"; "Closed" / "Fermé" on a day off. */
  ranges: string;
  /** A day off; not a day of a store that publishes no hours (its `ranges` say so). */
  closed: boolean;
  today: boolean;
  /** For an exception: its label, or "Special hours" / "Special closure". */
  note?: string;
  exception?: HoursException;
}

/** A row's hours with its note: "9 h 00 – 17 h 00 (Réveillon)". */
export const rowText = (row: WeeklyRow) => (row.note ? `${row.ranges} (${row.note})` : row.ranges);

/** Rows for `days` days (a week by default) from the store's today, exceptions applied. */
export function weeklyTable(store: Store, now: Date, locale: string, days = 7): WeeklyRow[] {
  const today = dateKeyOf(now, store.timezone);
  return Array.from({ length: days }, (_, i) => dayRow(store, addDays(today, i), locale, !i));
}

/**
 * The dated exceptions after the coming week (at most `limit` days), as rows like the week's:
 * a day with only a label keeps its usual hours, like the same day inside the week.
 */
export function laterExceptions(store: Store, now: Date, locale: string, limit = 5): WeeklyRow[] {
  const afterWeek = addDays(dateKeyOf(now, store.timezone), 7);
  const dates = new Set(store.hours.exceptions.map((e) => e.date).filter((d) => d >= afterWeek));
  return [...dates]
    .sort()
    .slice(0, limit)
    .map((date) => dayRow(store, date, locale, false));
}

function dayRow(store: Store, date: DateKey, locale: string, today: boolean): WeeklyRow {
  const m = hoursMessages[languageOf(locale)];
  // French spaces the dash: unbreakable before it, so a narrow line breaks only after it.
  const dash = languageOf(locale) === 'fr' ? '\u00a0– ' : '–';
  const s = dayScheduleOf(store, date);
  // No hours published: only a dated closure is known; any other day is not known to be closed.
  const unknown = !s.exception?.closed && !hoursPublished(store);
  const closed = s.ranges.length === 0 && !unknown;
  const ranges = unknown
    ? m.hoursUnknown
    : closed
      ? m.hoursClosed
      : // Each range once: an API may list one twice.
        [
          ...new Set(
            s.ranges.map((r) =>
              r.opens === r.closes || r.opens + r.closes === '00:0024:00'
                ? m.hoursOpen24
                : formatLocalClock(locale, r.opens) + dash + formatLocalClock(locale, r.closes),
            ),
          ),
        ].join(', ');
  const note = s.exception
    ? (s.exception.label ?? (s.exception.closed ? m.hoursSpecialClosure : m.hoursSpecialHours))
    : undefined;
  return {
    date,
    weekday: s.weekday,
    day: formatDate(locale, dateKeyNoonUtc(date), 'UTC', { weekday: 'long' }),
    ranges,
    closed,
    today,
    ...(note ? { note } : {}),
    ...(s.exception ? { exception: s.exception } : {}),
  };
}
