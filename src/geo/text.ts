/** Text matching helpers shared by the local geocoder and the geocoder mocks. */

/** Lower case, no accents, punctuation and hyphens as spaces: "Saint-Étienne" -> "saint etienne". */
export function normalizeText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Postcodes compare without spaces: "SW1A 1AA" and "sw1a1aa" match. */
export function normalizePostcode(text: string): string {
  return normalizeText(text).replace(/ /g, '');
}

/** Whether every word of `query` starts some word of `text` (both already normalised). */
export function wordsPrefixMatch(text: string, query: string): boolean {
  const words = text.split(' ');
  return query.split(' ').every((q) => words.some((w) => w.startsWith(q)));
}

/**
 * French town names write Saint and Sainte out ("Saint-Étienne"); shoppers often type "St" or
 * "Ste". `normalized` written out ("st etienne" -> "saint etienne"), undefined when it has neither.
 */
export function writeOutSaints(normalized: string): string | undefined {
  const out = normalized.replace(/(^| )st(e?)(?= |$)/g, '$1saint$2');
  return out === normalized ? undefined : out;
}
