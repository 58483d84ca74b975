/** GET routes: store search, one store, availability, pickup slots. */
import type { AvailabilityEntry, LatLng, Store } from '../../client/types.js';
import { isOpenAt } from '../time.js';
import type { Route } from './context.js';
import { BadRequest, bool, fold, haversine, json, list, number, point } from './http-utils.js';
import { problemResponse } from './problems.js';
import { slotsFor } from './slots.js';

export const MAX_LIMIT = 1000;
export const MAX_SKUS = 200;
export const MAX_STORES = 200;

const folded = new WeakMap<Store, string>();

/** `needle` is already folded; digits match postcode prefixes. */
function matches(store: Store, needle: string): boolean {
  if (!needle) return true;
  if (/^\d{2,5}$/.test(needle)) return store.address.postalCode.startsWith(needle);
  let text = folded.get(store);
  if (text === undefined) {
    text = `${fold(store.name)}|${fold(store.address.city)}`;
    folded.set(store, text);
  }
  return text.includes(needle) || store.address.postalCode === needle;
}

/** Stores within `radiusKm` of a point, nearest first, the first `limit` with `distanceKm`. */
export function nearest(
  stores: Iterable<Store>,
  near: LatLng,
  radiusKm = Infinity,
  limit = Infinity,
): Store[] {
  const hits: { d: number; s: Store }[] = [];
  // A degree of latitude is at least 110.5 km: a cheap band test before the great circle.
  const band = radiusKm / 110.5;
  for (const s of stores) {
    if (Math.abs(s.location.lat - near.lat) > band) continue;
    const d = haversine(near, s.location);
    if (d <= radiusKm) hits.push({ d, s });
  }
  hits.sort((a, b) => a.d - b.d || (a.s.id < b.s.id ? -1 : 1));
  return hits
    .slice(0, limit)
    .map(({ d, s }) => ({ ...s, distanceKm: Math.round(d * 1000) / 1000 }));
}

const collator = new Intl.Collator('fr');
const byName = (a: Store, b: Store) => collator.compare(a.name, b.name);

export const searchStores: Route = ({ state, url, now, emptyStores }) => {
  const near = point(url);
  const radius = number(url, 'radius', 0, 20_000);
  const limit = number(url, 'limit', 1, MAX_LIMIT, true) ?? 20;
  const q = fold(url.searchParams.get('q') ?? '');
  const services = list(url.searchParams.get('services'));
  const openNow = bool(url, 'openNow');
  if (emptyStores) return json({ stores: [] });
  const filtered =
    !q && !services.length && !openNow
      ? state.stores
      : state.stores.filter(
          (s) =>
            matches(s, q) &&
            services.every((x) => s.services.includes(x)) &&
            (!openNow || isOpenAt(s, now)),
        );
  const stores = near
    ? nearest(filtered, near, radius, limit)
    : [...filtered].sort(byName).slice(0, limit);
  return json({ stores });
};

export const getStore: Route = ({ state, params, lang }) => {
  const store = state.storesById.get(params.storeId ?? '');
  if (!store) return problemResponse('store_not_found', `No store "${params.storeId}"`, lang);
  return json(store);
};

export const getAvailability: Route = ({ state, url, now, emptyStores }) => {
  const skus = list(url.searchParams.get('skus'));
  const storeIds = list(url.searchParams.get('stores'));
  const near = point(url);
  if (!skus.length) throw new BadRequest('"skus" is required');
  if (skus.length > MAX_SKUS) throw new BadRequest(`At most ${MAX_SKUS} skus`);
  if (storeIds.length > MAX_STORES) throw new BadRequest(`At most ${MAX_STORES} stores`);
  if (storeIds.length && near) throw new BadRequest('Give "stores" or "lat"/"lng", not both');
  if (!storeIds.length && !near) throw new BadRequest('"stores" or "lat"/"lng" is required');
  let ids = [...new Set(storeIds)];
  if (near) {
    const radius = number(url, 'radius', 0, 20_000) ?? 50;
    const limit = number(url, 'limit', 1, MAX_STORES, true) ?? 20;
    ids = emptyStores ? [] : nearest(state.stores, near, radius, limit).map((s) => s.id);
  }
  const entries: AvailabilityEntry[] = [];
  for (const storeId of ids) {
    for (const sku of new Set(skus)) {
      const entry = state.entry(sku, storeId, now);
      if (entry) entries.push(entry);
    }
  }
  return json({ availability: entries });
};

export const getSlots: Route = ({ state, url, params, now, lang }) => {
  const date = url.searchParams.get('date') ?? '';
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || Number.isNaN(Date.parse(date))) {
    throw new BadRequest('"date" must be YYYY-MM-DD');
  }
  const store = state.storesById.get(params.storeId ?? '');
  if (!store) return problemResponse('store_not_found', `No store "${params.storeId}"`, lang);
  return json({ slots: slotsFor(state, store, date, now) });
};
