/**
 * The time zone a store-local time is said in, when the shopper's device is in another zone at
 * that moment (a shopper travelling, or ordering for a store overseas): " GMT+1", " AST", or in
 * French " (UTC+1)". Empty when both zones agree, so nothing is added for most shoppers.
 */
import { languageOf } from '../i18n/locale.js';
import { offsetMinutes } from './zoned.js';

export function zoneNote(locale: string, date: Date, zone: string): string {
  // The device's own offset at that moment (west of UTC is positive in getTimezoneOffset).
  if (offsetMinutes(date, zone) === -date.getTimezoneOffset()) return '';
  const name = new Intl.DateTimeFormat(locale, { timeZone: zone, timeZoneName: 'short' })
    .formatToParts(date)
    .find((p) => p.type === 'timeZoneName')?.value;
  return languageOf(locale) === 'fr' ? ` (${name})` : ` ${name}`;
}
