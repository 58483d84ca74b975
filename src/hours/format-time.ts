/** Times and day words for hours and pickup texts, in the shopper's locale. */
import { formatDate, formatTime } from '../i18n/format.js';
import { languageOf } from '../i18n/locale.js';
import type { Messages } from '../i18n/messages/index.js';
import { daysBetween, dateKeyOf } from './zoned.js';

const frParts = new Map<string, Intl.DateTimeFormat>();

/**
 * "19:00" / "7:00 PM" by locale; French uses its typographic form "19 h 00", "9 h 30".
 */
export function formatClock(locale: string, date: Date, timeZone: string): string {
  if (languageOf(locale) !== 'fr') return formatTime(locale, date, timeZone);
  let f = frParts.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('fr-FR', {
      timeZone,
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
 * name within the week, else a weekday and date.
 */
export function dayWord(
  messages: Messages,
  locale: string,
  now: Date,
  target: Date,
  timeZone: string,
): string | undefined {
  const days = daysBetween(dateKeyOf(now, timeZone), dateKeyOf(target, timeZone));
  if (days <= 0) return undefined;
  if (days === 1) return messages.hoursTomorrow;
  if (days < 7) return formatDate(locale, target, timeZone, { weekday: 'long' });
  return formatDate(locale, target, timeZone, { weekday: 'long', day: 'numeric', month: 'long' });
}
