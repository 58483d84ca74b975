/**
 * A spatial index over a client-side store list (up to 100,000 stores): k-nearest and
 * within-radius queries on the sphere, built on kdbush + geokdbush.
 */
import KDBush from 'kdbush';
import { around } from 'geokdbush';
import type { LatLng, Store } from '../client/types.js';
import { distanceKm } from './distance.js';
import { isLatLng } from './lat-lng.js';

export interface StoreHit {
  store: Store;
  distanceKm: number;
}

export interface NearestOptions {
  /** At most this many stores (default: all). */
  limit?: number;
  /** Only stores within this many kilometres. */
  maxKm?: number;
  /** Only stores for which this returns true (e.g. a service or stock filter). */
  filter?: (store: Store) => boolean;
}

export interface WithinOptions {
  limit?: number;
  filter?: (store: Store) => boolean;
}

export interface StoreIndex {
  /** Number of stores indexed (stores without a valid location are left out). */
  readonly size: number;
  /** Stores nearest to `point`, nearest first. */
  nearest(point: LatLng, options?: NearestOptions): StoreHit[];
  /** Stores within `radiusKm` of `point`, nearest first. */
  within(point: LatLng, radiusKm: number, options?: WithinOptions): StoreHit[];
}

/** Builds the index once; queries do not copy or re-sort the store list. */
export function createStoreIndex(stores: readonly Store[]): StoreIndex {
  const indexed = stores.filter((s) => isLatLng(s.location));
  // kdbush refuses an empty index; queries on an empty list simply return [].
  const tree = new KDBush(Math.max(1, indexed.length));
  for (const s of indexed) tree.add(s.location.lng, s.location.lat);
  if (indexed.length === 0) tree.add(0, 0);
  tree.finish();

  function query(point: LatLng, limit: number, maxKm: number, filter?: (s: Store) => boolean) {
    if (!indexed.length || !isLatLng(point) || limit <= 0 || !(maxKm >= 0)) return [];
    const predicate = filter ? (id: number) => filter(indexed[id]!) : undefined;
    // A hair of slack so rounding in geokdbush never drops a store our own distance keeps.
    const slack = Number.isFinite(maxKm) ? maxKm + 1e-6 : undefined;
    const ids = around(tree, point.lng, point.lat, limit, slack, predicate);
    const hits: StoreHit[] = [];
    for (const id of ids) {
      const store = indexed[id]!;
      const d = distanceKm(point, store.location);
      // Results come nearest first, so the first one past the radius ends the list.
      if (d > maxKm) break;
      hits.push({ store, distanceKm: d });
    }
    return hits;
  }

  return {
    size: indexed.length,
    nearest: (point, { limit = Infinity, maxKm = Infinity, filter } = {}) =>
      query(point, limit, maxKm, filter),
    within: (point, radiusKm, { limit = Infinity, filter } = {}) =>
      query(point, limit, radiusKm, filter),
  };
}
