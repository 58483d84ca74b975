import type { AvailabilityEntry } from '../../client/types.js';

/** What the badge says, reflected on the host as `status` for styling. */
export type BadgeStatus = 'in-stock' | 'low-stock' | 'out-of-stock' | 'unknown';

/**
 * Reflected on the badge's host as `status`, for styling (`aisle-stock-badge[status='low-stock']`):
 * the stock states plus what the badge shows before or instead of an answer.
 */
export type StockBadgeStatus = BadgeStatus | 'loading' | 'no-store' | 'error' | 'invalid';

export interface BadgeView {
  status: BadgeStatus;
  /** Units available when the API says so. */
  quantity?: number;
  /** The store has some, but fewer than the shopper wants. */
  notEnough: boolean;
}

/**
 * Turns an availability entry (or its absence) into what the badge shows for `wanted` units.
 * Never optimistic: no entry is "unknown", and a known quantity below `wanted` is "out of stock"
 * for this request (with `notEnough` so the text can say "only 2 left").
 */
export function badgeView(entry: AvailabilityEntry | undefined, wanted: number): BadgeView {
  if (!entry) return { status: 'unknown', notEnough: false };
  const quantity = entry.quantity;
  if (entry.status === 'out_of_stock' || quantity === 0) {
    return { status: 'out-of-stock', quantity: quantity ?? 0, notEnough: false };
  }
  if (quantity !== undefined && quantity < wanted) {
    return { status: 'out-of-stock', quantity, notEnough: true };
  }
  return {
    status: entry.status === 'low_stock' ? 'low-stock' : 'in-stock',
    quantity,
    notEnough: false,
  };
}

/** Whether an entry can serve `wanted` units (used to find the nearest store that has it). */
export function canServe(entry: AvailabilityEntry, wanted: number): boolean {
  const view = badgeView(entry, wanted);
  return view.status === 'in-stock' || view.status === 'low-stock';
}
