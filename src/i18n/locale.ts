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
 * Picks the first usable locale from an ordered list of candidates (element `lang`, ancestors,
 * document, configuration). A locale whose language has no table still wins for formatting
 * (numbers, dates) while messages fall back to English.
 */
export function pickLocale(candidates: Array<string | null | undefined>): string {
  for (const c of candidates) {
    const canonical = canonicalLocale(c);
    if (canonical) return canonical;
  }
  return DEFAULT_LOCALE;
}
