/**
 * Baseline stock, derived from a seeded hash of (sku, store) at request time, so nothing is
 * stored for 60 products x 320 stores (or x 100,000 stores). Holds and reservations are
 * subtracted from it by the mock's state (../api/state.ts).
 */
import type { StockStatus } from '../../client/types.js';
import { hash, unit } from './prng.js';

/** At or under this many units, a store reports `low_stock`. */
export const LOW_STOCK_THRESHOLD = 3;

export interface BaseStock {
  status: StockStatus;
  /** Units on the shelf; 0 when out of stock. */
  quantity: number;
  /** Whether the store reports its quantity (some only report a status). */
  reportsQuantity: boolean;
  /** Seconds since the store last counted this product (seconds to hours). */
  ageSeconds: number;
  /** Days until the next delivery, for some out-of-stock and low-stock pairs. */
  restockInDays?: number;
}

/** The baseline for a pair, or undefined when the store never reported it (unknown). */
export function baseStock(sku: string, storeId: string, seed: number): BaseStock | undefined {
  const r = unit(seed, sku, storeId);
  if (r < 0.1) return undefined;
  const h = hash(seed, storeId, sku, 'detail');
  const reportsQuantity = unit(seed, storeId, 'reports') >= 0.1;
  // Counted as it sells: a few seconds to 20 minutes ago, most of them recent. One pair in ten
  // was last counted half an hour to eight hours ago: its badge says "may be out of date".
  const a = (h & 0xffff) / 0x10000;
  const ageSeconds = Math.round(
    unit(seed, sku, storeId, 'age') < 0.1 ? 1800 + a * 7.5 * 3600 : 5 + a ** 2 * 20 * 60,
  );
  const restock = ((h >>> 16) % 14) + 1;
  if (r < 0.25) {
    return {
      status: 'out_of_stock',
      quantity: 0,
      reportsQuantity,
      ageSeconds,
      ...((h >>> 8) % 3 ? { restockInDays: restock } : {}),
    };
  }
  if (r < 0.45) {
    return {
      status: 'low_stock',
      quantity: 1 + ((h >>> 20) % LOW_STOCK_THRESHOLD),
      reportsQuantity,
      ageSeconds,
      ...((h >>> 8) % 4 === 0 ? { restockInDays: restock } : {}),
    };
  }
  return {
    status: 'in_stock',
    quantity: LOW_STOCK_THRESHOLD + 1 + ((h >>> 12) % 37),
    reportsQuantity,
    ageSeconds,
  };
}

/** The status a quantity reads as. */
export function statusFor(quantity: number): StockStatus {
  if (quantity <= 0) return 'out_of_stock';
  return quantity <= LOW_STOCK_THRESHOLD ? 'low_stock' : 'in_stock';
}
