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
