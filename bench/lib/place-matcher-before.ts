/**
 * The local geocoder as it was before its index was built in idle slices (commit f09c817:
 * src/geo/local-geocoder.ts and the text helpers it used, unchanged but for this comment and the
 * name): the baseline bench/place-matcher.mjs measures the shipped matcher against, in the same
 * run, and checks it agrees with.
 */
import type { LatLng, Store } from '../../src/client/types.js';
import { distanceKm } from '../../src/geo/distance.js';
import {
  DEFAULT_SUGGESTION_LIMIT,
  type Geocoder,
  type Suggestion,
} from '../../src/geo/geocoder.js';

/** Lower case, no accents, punctuation and hyphens as spaces: "Saint-Étienne" -> "saint etienne". */
function normalizeText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Postcodes compare without spaces: "SW1A 1AA" and "sw1a1aa" match. */
function normalizePostcode(text: string): string {
  return normalizeText(text).replace(/ /g, '');
}

/** Whether every word of `query` starts some word of `text` (both already normalised). */
function wordsPrefixMatch(text: string, query: string): boolean {
  const words = text.split(' ');
  return query.split(' ').every((q) => words.some((w) => w.startsWith(q)));
}

/**
 * French town names write Saint and Sainte out ("Saint-Étienne"); shoppers often type "St" or
 * "Ste". `normalized` written out ("st etienne" -> "saint etienne"), undefined when it has neither.
 */
function writeOutSaints(normalized: string): string | undefined {
  const out = normalized.replace(/(^| )st(e?)(?= |$)/g, '$1saint$2');
  return out === normalized ? undefined : out;
}

/**
 * The place a whole address names, for matchers that know only postcodes and towns: its
 * postcode ("12 rue X, 69002 Lyon" -> "69002"), else what follows its last comma ("12 rue X,
 * Lyon" -> "Lyon"); undefined when it has neither.
 */
function placeInAddress(text: string): string | undefined {
  const postcode = /(?:^|\D)(\d{5})(?!\d)/.exec(text)?.[1];
  const comma = text.lastIndexOf(',');
  const place = postcode ?? (comma >= 0 ? text.slice(comma + 1).trim() : '');
  return place && place !== text.trim() ? place : undefined;
}

interface Place {
  label: string;
  key: string;
  points: LatLng[];
  postcodes: Set<string>;
  cities: Set<string>;
}

function centroid(points: LatLng[]): LatLng {
  const lat = points.reduce((s, p) => s + p.lat, 0) / points.length;
  const lng = points.reduce((s, p) => s + p.lng, 0) / points.length;
  return { lat, lng };
}

/**
 * The stores' places by `keyOf`. Stores of one key far apart are places of their own (two towns
 * called Saint-Denis, one near Paris and one on La Réunion, have no middle worth searching
 * around), each labelled with its postcode.
 */
function group(
  stores: readonly Store[],
  keyOf: (s: Store) => string,
  labelOf: (s: Store) => string,
) {
  const map = new Map<string, Place[]>();
  for (const s of stores) {
    const key = keyOf(s);
    if (!key) continue;
    const places = map.get(key) ?? [];
    map.set(key, places);
    let place = places.find((p) => distanceKm(p.points[0]!, s.location) < 50);
    if (!place) {
      place = { label: labelOf(s), key, points: [], postcodes: new Set(), cities: new Set() };
      places.push(place);
    }
    place.points.push(s.location);
    place.postcodes.add(s.address.postalCode);
    place.cities.add(s.address.city);
  }
  return [...map.values()].flatMap((places) =>
    places.length > 1
      ? places.map((p) => ({ ...p, label: `${p.label} (${[...p.postcodes][0]})` }))
      : places,
  );
}

const only = (set: Set<string>) => (set.size === 1 ? [...set][0] : undefined);

export function createLocalGeocoderBefore(stores: readonly Store[]): Geocoder {
  const byPostcode = group(
    stores,
    (s) => normalizePostcode(s.address.postalCode),
    (s) => `${s.address.postalCode} ${s.address.city}`,
  );
  const byCity = group(
    stores,
    (s) => normalizeText(s.address.city),
    (s) => s.address.city,
  );
  const named = stores.map((s) => ({ store: s, key: normalizeText(s.name) }));

  /** Places and stores matching `query`, best first. */
  function find(query: string): Suggestion[] {
    const q = normalizeText(query);
    if (q.length < 2) return [];
    const out: Suggestion[] = [];
    const pc = normalizePostcode(query);
    if (/\d/.test(pc)) {
      for (const p of byPostcode
        .filter((p) => p.key.startsWith(pc))
        .sort((a, b) => (a.key < b.key ? -1 : 1)))
        out.push({
          label: p.label,
          point: centroid(p.points),
          kind: 'postcode',
          postcode: only(p.postcodes),
          city: only(p.cities),
        });
    }
    // Cities: exact name first, then name prefix, then any word prefix ("etienne"). "St" and
    // "Ste" also match Saint and Sainte written out.
    const queries = [q, writeOutSaints(q)].filter((x) => x !== undefined);
    const matches = (key: string) => queries.some((x) => wordsPrefixMatch(key, x));
    const rank = (key: string) =>
      queries.some((x) => key === x) ? 0 : queries.some((x) => key.startsWith(x)) ? 1 : 2;
    const cities = byCity
      .filter((c) => matches(c.key))
      .sort((a, b) => rank(a.key) - rank(b.key) || a.label.localeCompare(b.label));
    for (const c of cities)
      out.push({
        label: c.label,
        point: centroid(c.points),
        kind: 'city',
        postcode: only(c.postcodes),
        city: [...c.cities][0],
      });
    for (const { store, key } of named) {
      if (!matches(key)) continue;
      out.push({
        label: `${store.name}, ${store.address.city}`,
        point: store.location,
        kind: 'store',
        postcode: store.address.postalCode,
        city: store.address.city,
        storeId: store.id,
      });
    }
    return out;
  }

  return {
    name: 'local',
    minQueryLength: 2,
    suggest(query, { signal, limit = DEFAULT_SUGGESTION_LIMIT } = {}) {
      if (signal?.aborted)
        return Promise.reject(
          signal.reason ?? new DOMException('The operation was aborted.', 'AbortError'),
        );
      // A whole address matches nothing as it is: then the place it names (its postcode or town).
      let out = find(query);
      const place = out.length ? undefined : placeInAddress(query);
      if (place) out = find(place);
      return Promise.resolve(out.slice(0, Math.max(0, limit)));
    },
  };
}
