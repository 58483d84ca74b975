/**
 * The French national address API (Base Adresse Nationale), now served by IGN's Géoplateforme.
 * Both the current URL and the former api-adresse.data.gouv.fr answer the same GeoJSON.
 */
import {
  DEFAULT_SUGGESTION_LIMIT,
  type Geocoder,
  type Suggestion,
  type SuggestionKind,
} from './geocoder.js';
import { getJson, readPointFeatures, str } from './online.js';

/** The current official endpoint (the API moved here from api-adresse.data.gouv.fr). */
export const BAN_URL = 'https://data.geopf.fr/geocodage/search';
/** The former endpoint, same request and answer format. */
export const BAN_LEGACY_URL = 'https://api-adresse.data.gouv.fr/search/';

const KINDS: Record<string, SuggestionKind> = {
  housenumber: 'address',
  street: 'street',
  locality: 'street',
  municipality: 'city',
};

export interface OnlineGeocoderOptions {
  url?: string;
  fetch?: typeof fetch;
  timeoutMs: number;
}

export function createBanGeocoder({
  url = BAN_URL,
  fetch: f,
  timeoutMs,
}: OnlineGeocoderOptions): Geocoder {
  return {
    name: 'ban',
    // The service rejects queries shorter than 3 characters.
    minQueryLength: 3,
    async suggest(query, { signal, limit = DEFAULT_SUGGESTION_LIMIT, near } = {}) {
      const q = query.trim();
      if (q.length < 3 || limit <= 0) return [];
      const u = new URL(url);
      u.searchParams.set('q', q);
      u.searchParams.set('limit', String(limit));
      u.searchParams.set('autocomplete', '1');
      if (near) {
        u.searchParams.set('lat', String(near.lat));
        u.searchParams.set('lon', String(near.lng));
      }
      const body = await getJson(u.href, { fetch: f ?? fetch, timeoutMs, signal });
      return readPointFeatures(body)
        .map(({ point, properties: p }): Suggestion | undefined => {
          const label = str(p.label);
          if (!label) return undefined;
          return {
            label,
            point,
            kind: KINDS[str(p.type) ?? ''] ?? 'address',
            postcode: str(p.postcode),
            city: str(p.city),
          };
        })
        .filter((s): s is Suggestion => !!s)
        .slice(0, limit);
    },
  };
}
