/** Photon (komoot's OpenStreetMap geocoder): GeoJSON with OSM-style properties and no label. */
import type { OnlineGeocoderOptions } from './ban-geocoder.js';
import {
  DEFAULT_SUGGESTION_LIMIT,
  type Geocoder,
  type Suggestion,
  type SuggestionKind,
} from './geocoder.js';
import { getJson, readPointFeatures, str } from './online.js';

export const PHOTON_URL = 'https://photon.komoot.io/api/';

/** Languages the public Photon instance can label results in. */
const PHOTON_LANGUAGES = new Set(['en', 'fr', 'de']);

function kindOf(type: string | undefined): SuggestionKind {
  switch (type) {
    case 'house':
      return 'address';
    case 'street':
      return 'street';
    case 'city':
    case 'district':
    case 'locality':
    case 'county':
      return 'city';
    default:
      return 'address';
  }
}

/** "10 Rue de Rivoli, 75004 Paris" from Photon's parts (it sends no ready-made label). */
export function photonLabel(p: Record<string, unknown>): string | undefined {
  const type = str(p.type);
  const name = str(p.name);
  const street = str(p.street);
  const number = str(p.housenumber);
  const city = str(p.city);
  const place = [str(p.postcode), city].filter(Boolean).join(' ');
  let first: string | undefined;
  if (type === 'house' && street) first = number ? `${number} ${street}` : street;
  else first = name ?? (street && number ? `${number} ${street}` : street);
  if (!first) return place || undefined;
  if (type === 'city' || !place || place === first) return first;
  return `${first}, ${place}`;
}

export function createPhotonGeocoder({
  url = PHOTON_URL,
  fetch: f,
  timeoutMs,
}: OnlineGeocoderOptions): Geocoder {
  return {
    name: 'photon',
    minQueryLength: 3,
    async suggest(query, { signal, limit = DEFAULT_SUGGESTION_LIMIT, locale, near } = {}) {
      const q = query.trim();
      if (q.length < 3 || limit <= 0) return [];
      const u = new URL(url);
      u.searchParams.set('q', q);
      u.searchParams.set('limit', String(limit));
      const lang = locale?.split(/[-_]/)[0]?.toLowerCase();
      if (lang && PHOTON_LANGUAGES.has(lang)) u.searchParams.set('lang', lang);
      if (near) {
        u.searchParams.set('lat', String(near.lat));
        u.searchParams.set('lon', String(near.lng));
      }
      const body = await getJson(u.href, { fetch: f ?? fetch, timeoutMs, signal });
      return readPointFeatures(body)
        .map(({ point, properties: p }): Suggestion | undefined => {
          const label = photonLabel(p);
          if (!label) return undefined;
          const kind = kindOf(str(p.type));
          return {
            label,
            point,
            kind,
            postcode: str(p.postcode),
            city: str(p.city) ?? (kind === 'city' ? str(p.name) : undefined),
          };
        })
        .filter((s): s is Suggestion => !!s)
        .slice(0, limit);
    },
  };
}
