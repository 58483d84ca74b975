/**
 * Where the locator's stores come from: the API (`GET /stores` near a point), or every store
 * loaded client-side and indexed once (`stores` property, up to 100,000). Also the geocoder that
 * matches postcodes and towns without a geocoding service.
 */
import { AisleApiError } from '../../client/errors.js';
import { loadOnce } from '../../client/load-once.js';
import type { StoreQuery, RequestOptions } from '../../client/provider.js';
import type { LatLng, Store } from '../../client/types.js';
import { createGeocoder } from '../../geo/create-geocoder.js';
import type { Geocoder, GeocoderName } from '../../geo/geocoder.js';
import { createLocalGeocoder } from '../../geo/local-geocoder.js';
import { storesAround } from '../../geo/stores-around.js';
import { searchInTurn } from '../../geo/text.js';
import { isOpenAt } from './store-hours.js';

export interface LocatorQuery {
  near: LatLng;
  radiusKm: number;
  limit: number;
  /** Stores must offer every one of these. */
  services: readonly string[];
  openNow: boolean;
  now: Date;
}

export type StoreSource = (query: LocatorQuery, signal: AbortSignal) => Promise<Store[]>;

/** What the locator needs of the API client. */
export interface StoreSearchClient {
  searchStores(query: StoreQuery, options?: RequestOptions): Promise<Store[]>;
}

/**
 * Searches the API. Its answer is held to the question: each store once, with its distance from
 * the search point (worked out when the API leaves it out), within the radius, with the services
 * asked for, nearest first, at most `limit`. A list that says "3 stores within 5 km"
 * never shows 30 from anywhere.
 */
export function apiStoreSource(client: StoreSearchClient): StoreSource {
  return async (q, signal) => {
    const found = await client.searchStores(
      {
        near: q.near,
        radiusKm: q.radiusKm,
        limit: q.limit,
        ...(q.services.length ? { services: [...q.services] } : {}),
        ...(q.openNow ? { openNow: true } : {}),
      },
      { signal },
    );
    const asked = { ...q, openNow: false };
    // A store in Sydney said to be 100 m away is not listed in Paris. A little slack for the
    // radius: the API may round. "Open now" is the API's call (its clock, not a device's that
    // may be off).
    return storesAround(found, q.near, q.radiusKm * 1.01 + 0.05)
      .filter((store) => matches(store, asked))
      .slice(0, q.limit);
  };
}

/** Whether a store offers every service asked for, and is open now when that was asked. */
function matches(store: Store, q: LocatorQuery): boolean {
  return (
    q.services.every((service) => store.services.includes(service)) &&
    (!q.openNow || isOpenAt(store, q.now))
  );
}

/**
 * Searches an index of client-side stores: no network at all. The index (kdbush, geokdbush) is
 * built once per array, and its code loads only here: a locator on the API never downloads it.
 */
export function indexStoreSource(stores: readonly Store[]): StoreSource {
  // A failed load (offline) is tried again by the next search.
  const indexed = loadOnce(() => buildIndex(stores));
  return async (q) => {
    const index = await indexed();
    const filter = q.services.length || q.openNow ? (s: Store) => matches(s, q) : undefined;
    return index
      .within(q.near, q.radiusKm, { limit: q.limit, ...(filter ? { filter } : {}) })
      .map(({ store, distanceKm }) => ({ ...store, distanceKm }));
  };
}

function buildIndex(stores: readonly Store[]) {
  return import('../../geo/store-index.js').then((m) => m.createStoreIndex(stores));
}

/**
 * Postcode and town matching through the API's free-text search (`GET /stores?q=`): the stores
 * that match give the places (a postcode, a town) to search around. For the `local` geocoder
 * when the stores are not all loaded client-side.
 */
export function apiGeocoder(client: StoreSearchClient): Geocoder {
  return {
    name: 'local',
    minQueryLength: 2,
    async suggest(query, options = {}) {
      const text = query.trim();
      if (text.length < 2) return [];
      const signal = options.signal ? { signal: options.signal } : {};
      // Nothing for "St Etienne" or "12 rue X, Lyon": "saint etienne", then "Lyon". The stores
      // found are matched against the text itself, which the local matcher reads in the same
      // turns (so "75015" lists the 75's postcodes nearest in number first).
      const [stores] = await searchInTurn(text, (q) =>
        client.searchStores({ q, limit: 50 }, signal),
      );
      return stores.length ? createLocalGeocoder(stores).suggest(text, options) : [];
    },
  };
}

/**
 * The locator's geocoder for the `geocoder` configuration: `local` matches the client-side
 * stores, or the API's free-text search; `ban` and `photon` fall back to that local matching
 * when the service fails (and call `onFallback`, so the shopper is told).
 */
export function locatorGeocoder(
  name: GeocoderName,
  stores: readonly Store[] | undefined,
  client: StoreSearchClient,
  onFallback: () => void,
  /** The online geocoders' fetch (mock mode passes the mock's). */
  fetch?: typeof globalThis.fetch,
): Geocoder {
  const viaApi = stores ? undefined : apiGeocoder(client);
  if (name === 'local' && viaApi) return viaApi;
  return createGeocoder(name, {
    stores: stores ?? [],
    fallback: viaApi ?? true,
    onFallback,
    ...(fetch ? { fetch } : {}),
  });
}

/**
 * A locator's `locatorGeocoder`, made again only when the `geocoder` setting, the stores or the
 * client change (a client-side matcher indexes the stores once).
 */
export function geocoderCache(): typeof locatorGeocoder {
  let made: { key: unknown[]; geocoder: Geocoder } | undefined;
  return (name, stores, client, onFallback, fetch) => {
    const key = [name, stores, client];
    if (!made?.key.every((k, i) => k === key[i]))
      made = { key, geocoder: locatorGeocoder(name, stores, client, onFallback, fetch) };
    return made.geocoder;
  };
}

/** What `aisle-error` says about a failed request: the API's code, else the failure's kind. */
export function errorDetail(error: unknown): { code: string; message: string; status?: number } {
  const api = error instanceof AisleApiError ? error : undefined;
  return {
    code: api?.code ?? api?.kind ?? 'unknown',
    message: error instanceof Error ? error.message : String(error),
    ...(api?.status ? { status: api.status } : {}),
  };
}
