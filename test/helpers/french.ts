/**
 * French typography: a non-breaking space (U+00A0 or the narrow U+202F), never an ordinary one,
 * before : ; ! ? and », and after «. An ordinary space lets a line break leave the mark alone at
 * the start of the next line.
 */
export const ORDINARY_SPACE_IN_FRENCH = / [:;!?»]|« /;

/** The texts among `texts` that break the rule above, each with where it came from. */
export function frenchSpacingFaults(texts: Array<[where: string, text: string]>): string[] {
  return texts
    .filter(([, text]) => ORDINARY_SPACE_IN_FRENCH.test(text))
    .map(([where, text]) => `${where}: ${text}`);
}
