/**
 * Locale-aware formatting through `Intl`, with formatters cached per locale and options.
 * Nothing here touches the DOM.
 */

const cache = new Map<string, unknown>();

/** `make()`'s value, made once per `key` (an `Intl` formatter per locale and options). */
export function cached<T>(key: string, make: () => T): T {
  let value = cache.get(key) as T | undefined;
  if (!value) {
    value = make();
    cache.set(key, value);
  }
  return value;
}

export function formatNumber(locale: string, n: number, options: Intl.NumberFormatOptions = {}) {
  return cached(
    `n|${locale}|${JSON.stringify(options)}`,
    () => new Intl.NumberFormat(locale, options),
  ).format(n);
}

/** Regions where road distances are given in miles. */
const MILE_REGIONS = new Set(['US', 'GB', 'LR', 'MM']);

export type DistanceUnit = 'kilometer' | 'mile';

/**
 * Miles only where the locale names a miles region ("en-US", "en-GB"); a bare language ("en",
 * as most pages declare it) keeps kilometres, the unit of the stores' own countries. Guessing a
 * region ("en" means "en-US" to `Intl.Locale#maximize`) showed miles to English readers of a
 * French retailer's site.
 */
export function distanceUnitFor(locale: string): DistanceUnit {
  let region: string | undefined;
  try {
    region = new Intl.Locale(locale).region;
  } catch {
    region = undefined;
  }
  return region && MILE_REGIONS.has(region) ? 'mile' : 'kilometer';
}

const KM_PER_MILE = 1.609344;

/** "850 m", "1.2 km", "12 km" (or miles and yards-free "0.5 mi" where the locale uses miles). */
export function formatDistance(locale: string, km: number): string {
  const unit = distanceUnitFor(locale);
  if (unit === 'mile') {
    // Never "0 mi": a store next door reads "0.1 mi", as one in metres reads "10 m" at least.
    const miles = Math.max(0.1, km / KM_PER_MILE);
    return formatNumber(locale, miles, {
      style: 'unit',
      unit: 'mile',
      maximumFractionDigits: miles < 10 ? 1 : 0,
    });
  }
  if (km < 1) {
    const meters = Math.max(10, Math.round((km * 1000) / 10) * 10);
    return formatNumber(locale, meters, { style: 'unit', unit: 'meter' });
  }
  return formatNumber(locale, km, {
    style: 'unit',
    unit: 'kilometer',
    maximumFractionDigits: km < 10 ? 1 : 0,
  });
}

const zones = new Map<string, string>();

/**
 * `timeZone` when this engine knows it, else the device's: a store's zone that is misspelt, or
 * newer than the browser, must not throw in every formatter (the response guard keeps such a
 * store; its hours make no open-now claim, hours/status.ts).
 */
export function knownZone(timeZone: string): string;
export function knownZone(timeZone?: string): string | undefined;
export function knownZone(timeZone?: string): string | undefined {
  if (timeZone === undefined) return undefined;
  let zone = zones.get(timeZone);
  if (!zone) {
    try {
      new Intl.DateTimeFormat('en', { timeZone });
      zone = timeZone;
    } catch {
      zone = new Intl.DateTimeFormat().resolvedOptions().timeZone;
    }
    zones.set(timeZone, zone);
  }
  return zone;
}

/** "17:30" / "5:30 PM" in a given time zone. */
export function formatTime(locale: string, date: Date, timeZone?: string): string {
  return cached(
    `t|${locale}|${timeZone ?? ''}`,
    () =>
      new Intl.DateTimeFormat(locale, {
        hour: 'numeric',
        minute: '2-digit',
        timeZone: knownZone(timeZone),
      }),
  ).format(date);
}

/**
 * A date in words, e.g. "Tuesday 24 November" / "mardi 24 novembre"; by default with its year
 * when it is half a year or more from now ("Monday 1 November 2027": a restock date, say).
 */
export function formatDate(
  locale: string,
  date: Date,
  timeZone?: string,
  options: Intl.DateTimeFormatOptions = {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    ...(Math.abs(+date - Date.now()) >= 183 * 86_400_000 && { year: 'numeric' }),
  },
): string {
  const formatter = cached(
    `d|${locale}|${timeZone ?? ''}|${JSON.stringify(options)}`,
    () => new Intl.DateTimeFormat(locale, { ...options, timeZone: knownZone(timeZone) }),
  );
  if (!/^fr\b/i.test(locale) || options.day === undefined) return formatter.format(date);
  // French writes the first of the month as an ordinal: « mardi 1er décembre ».
  return formatter
    .formatToParts(date)
    .map((part) => (part.type === 'day' && part.value === '1' ? '1er' : part.value))
    .join('');
}

/** "A, B and C" / "A, B et C". */
export function formatList(locale: string, items: string[]): string {
  return cached(
    `l|${locale}`,
    () => new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' }),
  ).format(items);
}
