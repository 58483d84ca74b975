/**
 * Parts of one line joined by " · " ("Aisle Lyon · 2.1 km · 3 available"), the parts left out
 * dropped; the space before each dot is a no-break one, so a wrapped line never starts with "·".
 */
export const joinParts = (parts: ReadonlyArray<string | undefined>): string =>
  parts.filter(Boolean).join('\u00a0· ');
