/**
 * Pure helpers of the locator: attribute parsing, stock summaries and the order of results.
 * No DOM and no Lit, so they are tested directly.
 */
import type { AvailabilityEntry, LatLng, StockStatus, Store } from '../../client/types.js';

/** "48.85,2.35" → a point; anything else (out of range, not numbers) → undefined. */
export function parseNear(value: string | null | undefined): LatLng | undefined {
  if (!value) return undefined;
  const parts = value.split(',').map((p) => p.trim());
  if (parts.length !== 2 || parts.some((p) => p === '')) return undefined;
  const [lat, lng] = parts.map(Number) as [number, number];
  if (!Number.isFinite(lat) || !Number.isFinite(lng)) return undefined;
  if (Math.abs(lat) > 90 || Math.abs(lng) > 180) return undefined;
  return { lat, lng };
}

/** "A, B,,C" → ["A", "B", "C"] (trimmed, empty items and duplicates dropped). */
export function parseList(value: string | null | undefined): string[] {
  if (!value) return [];
  return [
    ...new Set(
      value
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean),
    ),
  ];
}

/** What one store has of the product(s) the locator was asked about. */
export interface StockSummary {
  /** Products of the list this store has (in stock or low stock). */
  have: number;
  /** Products asked about. */
  total: number;
  /** Products whose stock here the API knows. */
  known: number;
  /** With a single product: its status here, or undefined when the API does not know. */
  status?: StockStatus;
  quantity?: number;
}

const AVAILABLE: ReadonlySet<StockStatus> = new Set(['in_stock', 'low_stock']);

/** One summary per store id, from the entries of one availability request. */
export function summarizeStock(
  skus: readonly string[],
  storeIds: readonly string[],
  entries: readonly AvailabilityEntry[],
): Map<string, StockSummary> {
  const wanted = new Set(skus);
  const out = new Map<string, StockSummary>();
  for (const id of storeIds) out.set(id, { have: 0, total: skus.length, known: 0 });
  for (const entry of entries) {
    const summary = out.get(entry.storeId);
    if (!summary || !wanted.has(entry.sku)) continue;
    if (AVAILABLE.has(entry.status)) summary.have++;
    summary.known++;
    if (skus.length === 1) {
      summary.status = entry.status;
      if (entry.quantity !== undefined) summary.quantity = entry.quantity;
    }
  }
  return out;
}

/**
 * Stores in the order the list shows them: nearest first; with `stockFirst`, stores that have
 * more of the products come first (complete baskets before partial ones), nearest first within
 * each group. The sort is stable and does not change the input array.
 */
export function rankStores(
  stores: readonly Store[],
  stock: ReadonlyMap<string, StockSummary> | undefined,
  stockFirst: boolean,
): Store[] {
  const distance = (s: Store) => s.distanceKm ?? Infinity;
  const have = (s: Store) => stock?.get(s.id)?.have ?? 0;
  return [...stores].sort((a, b) => {
    if (stockFirst && stock) {
      const byStock = have(b) - have(a);
      if (byStock !== 0) return byStock;
    }
    return distance(a) - distance(b);
  });
}

/** A directions link to the store's location (coordinates only: nothing about the shopper). */
export function directionsUrl(store: Store): string {
  const { lat, lng } = store.location;
  return `https://www.google.com/maps/dir/?api=1&destination=${lat}%2C${lng}`;
}

/**
 * A phone number as a `tel:` URI (spaces, dots, dashes and brackets dropped, a leading + kept,
 * and the "(0)" of "+33 (0)4 …", not dialled from abroad);
 * undefined for text that is not only a number ("poste 204", "9h-19h", "n/a"), whose digits
 * would dial another one: it shows as text.
 */
export function telHref(phone: string): string | undefined {
  return /^[+(\d][\d\s().-]+$/.test(phone)
    ? `tel:${phone.replace(/\(0\)|[^\d+]/g, '')}`
    : undefined;
}
