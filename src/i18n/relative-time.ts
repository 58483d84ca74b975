/**
 * How long ago, in the shopper's language: the stock badge's "checked 4 min. ago". Apart from
 * format.ts so that only the badge's chunk carries it, not every page's core.
 */
import { cached } from './format.js';

/**
 * "4 min. ago", "il y a 2 h", "200 days ago", "2 yr. ago" from a past or future instant; under 45
 * seconds `justNow` ("just now", "à l’instant") if given, else Intl's word ("now", "maintenant").
 */
export function formatRelativeTime(
  locale: string,
  date: Date,
  now: Date = new Date(),
  justNow?: string,
): string {
  const seconds = Math.round((date.getTime() - now.getTime()) / 1000);
  const abs = Math.abs(seconds);
  const rtf = cached(
    `rt|${locale}`,
    () => new Intl.RelativeTimeFormat(locale, { numeric: 'auto', style: 'short' }),
  );
  if (abs < 45) return justNow ?? rtf.format(0, 'second');
  if (abs < 45 * 60) return rtf.format(Math.round(seconds / 60), 'minute');
  if (abs < 22 * 3600) return rtf.format(Math.round(seconds / 3600), 'hour');
  // A server's 1970 reads "57 yr. ago", not "20,794 days ago".
  return abs < 365 * 86400
    ? rtf.format(Math.round(seconds / 86400), 'day')
    : rtf.format(Math.round(seconds / 31557600), 'year');
}
