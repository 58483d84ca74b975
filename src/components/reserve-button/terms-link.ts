/**
 * The `terms-url` attribute: where the retailer's reservation terms are, which the consent's label
 * links to. Only an http(s) URL or a path is a link (never `javascript:` or `data:`); anything else
 * is named once in the console and leaves the label as plain text.
 */
import { httpUrl, warnOnce } from '../../config/config.js';

export function termsHref(value: string | null | undefined): string | undefined {
  // Removed (`null`) or left unset: no link.
  if (!value?.trim()) return undefined;
  const url = httpUrl(value);
  if (!url) {
    warnOnce(`<aisle-reserve-button> ignores terms-url="${value}" (an http(s) URL or a path)`);
  }
  return url;
}
