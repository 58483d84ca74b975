/**
 * The local geocoder: matches the stores' own postcodes, cities and names. No network, so it is
 * the default and the fallback when an online geocoder fails.
 */
import type { LatLng, Store } from '../client/types.js';
import { distanceKm } from './distance.js';
import { DEFAULT_SUGGESTION_LIMIT, type Geocoder, type Suggestion } from './geocoder.js';
import {
  normalizePostcode,
  normalizeText,
  placesIn,
  postcodeIn,
  wordsPrefixTest,
  writeOutSaints,
} from './text.js';

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
 * The stores' places by key (`text` normalised), filled one store at a time. Stores of one key
 * far apart are places of their own (two towns called Saint-Denis, one near Paris and one on La
 * Réunion, have no middle worth searching around), each labelled with its postcode.
 */
function group(
  text: (s: Store) => string,
  normalize: (text: string) => string,
  labelOf: (s: Store) => string,
) {
  // Each text is normalised once: thousands of stores share a town and its postcode.
  const keys = new Map<string, string>();
  const map = new Map<string, Place[]>();
  return {
    add(s: Store) {
      let key = keys.get(text(s));
      if (key === undefined) keys.set(text(s), (key = normalize(text(s))));
      if (!key) return;
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
    },
    places: () =>
      [...map.values()].flatMap((places) =>
        places.length > 1
          ? places.map((p) => ({ ...p, label: `${p.label} (${[...p.postcodes][0]})` }))
          : places,
      ),
  };
}

/**
 * Lets the page run (input, rendering); resolves in idle time where the browser has idle
 * callbacks (with its deadline), else at once after the page's pending tasks.
 */
export const idle = () =>
  new Promise<IdleDeadline | void>((resolve) =>
    typeof requestIdleCallback === 'function'
      ? requestIdleCallback(resolve, { timeout: 200 })
      : setTimeout(resolve),
  );

/**
 * The places and store names to match, built in slices of 500 stores (a few milliseconds) that
 * let the page run between them while the browser has no idle time left: 50,000 stores never
 * freeze the page. A short list is built at once.
 */
async function build(stores: readonly Store[]) {
  const city = (s: Store) => s.address.city;
  const byPostcode = group(
    (s) => s.address.postalCode,
    normalizePostcode,
    (s) => `${s.address.postalCode} ${s.address.city}`,
  );
  const byCity = group(city, normalizeText, city);
  /** Each store with its name normalised after a space (see `find`). */
  const named: { store: Store; spaced: string }[] = [];
  let deadline: IdleDeadline | void = undefined;
  for (const [i, s] of stores.entries()) {
    if (i && !(i % 500) && !(deadline && deadline.timeRemaining() > 15)) deadline = await idle();
    byPostcode.add(s);
    byCity.add(s);
    named.push({ store: s, spaced: ` ${normalizeText(s.name)}` });
  }
  return { byPostcode: byPostcode.places(), byCity: byCity.places(), named };
}

const only = (set: Set<string>) => (set.size === 1 ? [...set][0] : undefined);

/**
 * A geocoder over `stores`. Their places and names are indexed from now on, in slices that let
 * the page run (see `build`): a query before the end waits for it.
 */
export function createLocalGeocoder(stores: readonly Store[]): Geocoder {
  const built = build(stores);
  built.catch(() => undefined); // a list that cannot be indexed fails each query, not the page

  /**
   * Places and stores matching `query`, best first, at most `limit`. Postcodes come in order,
   * or nearest in number first to `near` (a postcode no store has, whose area is `query`:
   * "75015" lists 75014 and 75016 before 75001).
   */
  function find(
    { byPostcode, byCity, named }: Awaited<typeof built>,
    query: string,
    limit: number,
    near = NaN,
  ): Suggestion[] {
    const q = normalizeText(query);
    if (q.length < 2) return [];
    const out: Suggestion[] = [];
    const pc = normalizePostcode(query);
    if (/\d/.test(pc)) {
      for (const p of byPostcode
        .filter((p) => p.key.startsWith(pc))
        .sort(
          (a, b) => Math.abs(+a.key - near) - Math.abs(+b.key - near) || (a.key < b.key ? -1 : 1),
        ))
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
    const tests = queries.map(wordsPrefixTest);
    const matches = (spaced: string) => tests.some((test) => test(spaced));
    const rank = (key: string) =>
      queries.some((x) => key === x) ? 0 : queries.some((x) => key.startsWith(x)) ? 1 : 2;
    const cities = byCity
      .filter((c) => matches(` ${c.key}`))
      .sort((a, b) => rank(a.key) - rank(b.key) || a.label.localeCompare(b.label));
    for (const c of cities)
      out.push({
        label: c.label,
        point: centroid(c.points),
        kind: 'city',
        postcode: only(c.postcodes),
        city: [...c.cities][0],
      });
    for (const { store, spaced } of named) {
      if (out.length >= limit) break;
      if (!matches(spaced)) continue;
      out.push({
        label: `${store.name}, ${store.address.postalCode} ${store.address.city}`,
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
    async suggest(query, { signal, limit = DEFAULT_SUGGESTION_LIMIT } = {}) {
      const index = await built;
      // Aborted, perhaps by a newer keystroke while the stores were being indexed.
      if (signal?.aborted)
        throw signal.reason ?? new DOMException('The operation was aborted.', 'AbortError');
      const n = Math.max(0, limit);
      // A text that matches nothing as it is: then the places it names (placesIn).
      let out = find(index, query, n);
      const near = Number(postcodeIn(query));
      for (const place of placesIn(query))
        if (!out.length && place) out = find(index, place, n, near);
      return out.slice(0, n);
    },
  };
}
