import type { Language } from '../locale.js';

/** A message table in every supported language. */
export type Localized<T> = Record<Language, T>;

type TableOf<P> = P extends Localized<infer T> ? T : never;
type Intersection<U> = (U extends unknown ? (u: U) => void : never) extends (i: infer I) => void
  ? I
  : never;

/**
 * Merges message parts into one table per language, once per element module:
 * `localized(commonMessages, badgeMessages)` is typed as both parts together, so an element can
 * only use keys of the parts it ships.
 */
export function localized<P extends Localized<object>[]>(
  ...parts: P
): Localized<Intersection<TableOf<P[number]>>> {
  const table = (lang: Language) => Object.assign({}, ...parts.map((part) => part[lang]));
  return { en: table('en'), fr: table('fr') };
}
