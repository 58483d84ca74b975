/** Times and day words for hours and pickup texts, in the shopper's locale. */
import { formatDate, formatTime, knownZone } from '../i18n/format.js';
import { languageOf } from '../i18n/locale.js';
import type { PickupMessages } from '../i18n/messages/types.js';
import { daysBetween, dateKeyOf } from './zoned.js';

const frParts = new Map<string, Intl.DateTimeFormat>();
const twoDigit = new Map<string, Intl.DateTimeFormat | null>();

/** For 24-hour locales, a formatter with two-digit hours ("09:00"); null for 12-hour ones. */
function twentyFourHour(locale: string, timeZone: string): Intl.DateTimeFormat | null {
  const key = `${locale}|${timeZone}`;
  let f = twoDigit.get(key);
  if (f === undefined) {
    const cycle = new Intl.DateTimeFormat(locale, { hour: 'numeric' }).resolvedOptions().hourCycle;
    f =
      cycle === 'h23' || cycle === 'h24'
        ? new Intl.DateTimeFormat(locale, {
            hour: '2-digit',
            minute: '2-digit',
            timeZone: knownZone(timeZone),
          })
        : null;
    twoDigit.set(key, f);
  }
  return f;
}

/**
 * "09:00" / "9:00 AM" by locale (24-hour locales get two-digit hours, as timetables print them);
 * French uses its typographic form "19 h 00", "9 h 30" (with no-break spaces).
 */
export function formatClock(locale: string, date: Date, timeZone: string): string {
  if (languageOf(locale) !== 'fr') {
    return twentyFourHour(locale, timeZone)?.format(date) ?? formatTime(locale, date, timeZone);
  }
  let f = frParts.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('fr-FR', {
      timeZone: knownZone(timeZone),
      hourCycle: 'h23',
      hour: 'numeric',
      minute: '2-digit',
    });
    frParts.set(timeZone, f);
  }
  const parts = f.formatToParts(date);
  const hour = Number(parts.find((p) => p.type === 'hour')?.value ?? 0) % 24;
  const minute = parts.find((p) => p.type === 'minute')?.value ?? '00';
  return `${hour}\u00a0h\u00a0${minute}`;
}

/** A local "HH:MM" as the locale writes it (no time zone involved). */
export function formatLocalClock(locale: string, hhmm: string): string {
  const [h, m] = hhmm.split(':').map(Number);
  return formatClock(locale, new Date(Date.UTC(2000, 0, 1, h! % 24, m!)), 'UTC');
}

/**
 * How far `target` is from `now` in the store's days: undefined for today, "tomorrow", a weekday
 * name within the week, else a weekday and date (its year too when half a year or more away).
 */
export function dayWord(
  messages: PickupMessages,
  locale: string,
  now: Date,
  target: Date,
  timeZone: string,
): string | undefined {
  const days = daysBetween(dateKeyOf(now, timeZone), dateKeyOf(target, timeZone));
  if (days <= 0) return undefined;
  if (days === 1) return messages.hoursTomorrow;
  if (days < 7) return formatDate(locale, target, timeZone, { weekday: 'long' });
  return formatDate(locale, target, timeZone);
}
