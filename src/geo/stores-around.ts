/**
 * The API's answer to "stores within `radiusKm` of `near`", held to the question: each store
 * once, with its distance measured here from its own location (never the API's `distanceKm`,
 * which may be measured from a position rounded for privacy, or be wrong), within the radius,
 * nearest first. A list that says "3 stores within 5 km" never shows one from 660 km away.
 */
import type { LatLng, Store } from '../client/types.js';
import { distanceKm } from './distance.js';

export function storesAround(
  stores: readonly Store[],
  near: LatLng,
  radiusKm: number,
): Array<Store & { distanceKm: number }> {
  const seen = new Set<string>();
  const out: Array<Store & { distanceKm: number }> = [];
  for (const store of stores) {
    if (seen.has(store.id)) continue;
    seen.add(store.id);
    const d = distanceKm(near, store.location);
    if (d <= radiusKm) out.push({ ...store, distanceKm: d });
  }
  return out.sort((a, b) => a.distanceKm - b.distanceKm);
}
