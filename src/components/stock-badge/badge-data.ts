/**
 * What the badge shows, fetched: the availability of the product at the store and the store
 * itself (one batched request each across the page), and when it is out of stock or unknown
 * there, the nearest store within 50 km that has it (one more batched request). No rendering.
 */
import type { AisleClient } from '../../client/client.js';
import { isAbortError } from '../../client/errors.js';
import { storeById } from '../../client/store-by-id.js';
import type { Store } from '../../client/types.js';
import { distanceKm } from '../../geo/distance.js';
import { badgeView, canServe } from './badge-state.js';
import { checkedAt, type BadgeResult, type NearestStore } from './badge-text.js';

/** How far around the shopper's store to look for another store that has the product. */
const NEAREST_RADIUS_KM = 50;
const NEAREST_CANDIDATES = 10;

export async function loadBadge(
  client: AisleClient,
  sku: string,
  storeId: string,
  quantity: number,
  signal: AbortSignal,
): Promise<BadgeResult> {
  const [fresh, store] = await Promise.all([
    client.availability(sku, storeId, { signal }),
    storeById(client, storeId, { signal }),
  ]);
  const now = Date.now();
  const view = badgeView(fresh.value, quantity);
  const at = checkedAt(fresh.value, fresh.fetchedAt, now);
  const result: BadgeResult = {
    store,
    entry: fresh.value,
    view,
    checkedAt: at,
    stale: fresh.stale,
  };
  if (view.status === 'out-of-stock' || view.status === 'unknown') {
    result.nearest = await findNearest(client, sku, store, quantity, signal);
  }
  return result;
}

/** The nearest other store that can serve the product, from one batched availability request. */
async function findNearest(
  client: AisleClient,
  sku: string,
  here: Store,
  quantity: number,
  signal: AbortSignal,
): Promise<NearestStore | null | undefined> {
  try {
    const around = await client.searchStores(
      { near: here.location, radiusKm: NEAREST_RADIUS_KM, limit: NEAREST_CANDIDATES + 1 },
      { signal },
    );
    // Within the radius asked, whatever the API lists: never "in stock 660 km away".
    const others = around.filter(
      (s) => s.id !== here.id && distanceKm(here.location, s.location) <= NEAREST_RADIUS_KM,
    );
    if (!others.length) return null;
    const fresh = await client.availabilityFor(
      [sku],
      others.map((s) => s.id),
      { signal },
    );
    const entries = fresh.value.filter((e) => e.sku === sku);
    const serving = new Set(entries.filter((e) => canServe(e, quantity)).map((e) => e.storeId));
    const ranked = others
      .filter((s) => serving.has(s.id))
      .map((s) => ({ store: s, distanceKm: distanceKm(here.location, s.location) }))
      .sort((a, b) => a.distanceKm - b.distanceKm);
    // "Not in stock nearby" only when every store around said so: a store the API gave no
    // (valid) answer for is unknown, and then nothing is said.
    const known = new Set(entries.map((e) => e.storeId));
    return ranked[0] ?? (others.every((s) => known.has(s.id)) ? null : undefined);
  } catch (error) {
    if (isAbortError(error) || signal.aborted) throw error;
    return undefined; // The main answer stands; the suggestion is a bonus.
  }
}
