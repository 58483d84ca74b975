/** Locales with a complete message table. */
export const SUPPORTED_LANGUAGES = ['en', 'fr'] as const;
export type Language = (typeof SUPPORTED_LANGUAGES)[number];
export const DEFAULT_LOCALE = 'en';

/**
 * Canonicalises a BCP 47 tag ("fr_fr" -> "fr-FR"); returns undefined for anything that is not a
 * valid tag, so callers can fall through to the next source.
 */
export function canonicalLocale(tag: string | null | undefined): string | undefined {
  if (!tag) return undefined;
  const trimmed = tag.trim().replace(/_/g, '-');
  if (!trimmed) return undefined;
  try {
    return Intl.getCanonicalLocales(trimmed)[0];
  } catch {
    return undefined;
  }
}

/** The message table to use for a locale: its language if we have it, else English. */
export function languageOf(locale: string): Language {
  const lang = locale.split('-')[0]?.toLowerCase();
  return (SUPPORTED_LANGUAGES as readonly string[]).includes(lang ?? '')
    ? (lang as Language)
    : 'en';
}

/**
 * A locale whose language has no table reads in English with its region's formats ("de-CH" ->
 * "en-CH": "Saturday, 5 December at 18:30", kilometres), so no sentence mixes English words with
 * another language's dates, and screen readers read the English as English.
 */
function readable(locale: string): string {
  if (languageOf(locale) !== 'en' || /^en\b/i.test(locale)) return locale;
  try {
    const tag = new Intl.Locale(locale);
    const region = tag.region ?? (tag.language === 'und' ? '' : tag.maximize().region);
    if (region) return `en-${region}`;
  } catch {
    // not a tag Intl.Locale takes: plain English
  }
  return DEFAULT_LOCALE;
}

/** pickLocale's answers, by their candidates. */
const picked = new Map<string, string>();

/**
 * Picks the first usable locale from an ordered list of candidates (element `lang`, ancestors,
 * document, configuration): the one to format and read in (`readable`).
 */
export function pickLocale(candidates: Array<string | null | undefined>): string {
  // Worked out once per set of candidates: an element reads its locale at each render and more.
  const key = candidates.join('|');
  let locale = picked.get(key);
  if (!locale) {
    const canonical = candidates.map(canonicalLocale).find(Boolean);
    picked.set(key, (locale = canonical ? readable(canonical) : DEFAULT_LOCALE));
  }
  return locale;
}
