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

/**
 * A test of whether every word of `query` starts some word of a text (both already normalised),
 * the text given after a space (` ${text}`): a word starts a word where it follows a space, so
 * testing thousands of texts splits none of them.
 */
export function wordsPrefixTest(query: string): (spacedText: string) => boolean {
  const words = query.split(' ').map((w) => ` ${w}`);
  return (spaced) => words.every((w) => spaced.includes(w));
}

/** Whether every word of `query` starts some word of `text` (both already normalised). */
export function wordsPrefixMatch(text: string, query: string): boolean {
  return wordsPrefixTest(query)(` ${text}`);
}

/**
 * French town names write Saint and Sainte out ("Saint-Étienne"); shoppers often type "St" or
 * "Ste". `normalized` written out ("st etienne" -> "saint etienne"), undefined when it has neither.
 */
export function writeOutSaints(normalized: string): string | undefined {
  const out = normalized.replace(/(^| )st(e?)(?= |$)/g, '$1saint$2');
  return out === normalized ? undefined : out;
}

/** A five-digit postcode in a text (a French one: "69002"), the character before it included. */
const POSTCODE = /(?:^|\D)(\d{5})(?!\d)/;

/**
 * The town written beside a postcode, for when no store has that postcode: what follows it
 * ("69001 Lyon", "12 rue X 69001 Lyon, France" -> "Lyon"), else what precedes it after the last
 * comma ("Lyon 69001", "Lyon, 69001", "12 rue X, Lyon 69001" -> "Lyon"); undefined without a postcode or a town.
 */
export function townBesidePostcode(text: string): string | undefined {
  const m = POSTCODE.exec(text);
  if (!m) return undefined;
  const end = m.index + m[0].length;
  const before = text.slice(0, end - 5).replace(/[\s,]+$/, '');
  const town =
    text
      .slice(end)
      .split(',')
      .find((part) => part.trim()) ?? before.slice(before.lastIndexOf(',') + 1);
  return town.trim() || undefined;
}

/**
 * The area of a postcode, its département: the first two digits ("75015" -> "75"; Corsica's are
 * 20xxx), three overseas ("97110" -> "971"); undefined without a postcode.
 */
export function postcodeArea(text: string): string | undefined {
  const code = postcodeIn(text);
  return code?.slice(0, /^9[78]/.test(code) ? 3 : 2);
}

/** The five-digit postcode in a text ("12 rue X, 75015 Paris" -> "75015"), if any. */
export function postcodeIn(text: string): string | undefined {
  return POSTCODE.exec(text)?.[1];
}

/**
 * A part of a comma list that names no town (normalised): a country written after the town
 * ("Lyon, France", "Lyon, Fr."), or a street with its number ("12 rue X, Lyon").
 */
const NO_TOWN = /^(france|fr|\d.*)$/;

/**
 * What else to try when a text matches no store's place as it is, in turn: its postcode
 * ("12 rue X, 69002 Lyon" -> "69002"), the town beside a postcode no store has ("69001 Lyon"),
 * each of its comma-separated parts from the first, but a country or a numbered street
 * ("12 rue X, Lyon" -> "Lyon"; "Lyon, France", "Marseille, Provence" -> the town, not
 * Fort-de-France or Aix-en-Provence), then that postcode's area ("75015", a postcode no store
 * has: the stores of the 75).
 */
export function placesIn(text: string): Array<string | undefined> {
  return [
    postcodeIn(text),
    townBesidePostcode(text),
    // Spaces around a part are left to the matchers (the REST provider trims `q`).
    ...text.split(',').filter((part) => !NO_TOWN.test(normalizeText(part))),
    postcodeArea(text),
  ];
}

/**
 * What to ask a search that matches stores' names, towns and postcodes (the API's `q`, whose
 * digits match postcode prefixes), in turn until one finds stores: the text as typed, then
 * `placesIn(text)`, each also with "St"/"Ste" written out.
 */
export function searchTexts(text: string): string[] {
  const out = new Set<string>();
  for (const t of [text.trim(), ...placesIn(text)]) {
    if (!t) continue;
    out.add(t);
    const saints = writeOutSaints(normalizeText(t));
    if (saints) out.add(saints);
  }
  return [...out];
}

/**
 * Asks `search` each of `searchTexts(text)` in turn until one finds something: what it found
 * and the text it asked (nothing found: an empty list).
 */
export async function searchInTurn<T>(
  text: string,
  search: (q: string) => Promise<T[]>,
): Promise<[found: T[], q: string]> {
  let found: T[] = [];
  let q = text;
  for (q of searchTexts(text)) if ((found = await search(q)).length) break;
  return [found, q];
}
