import type { AvailabilityEntry, Store } from '../../client/types.js';
import { API_DATE_HORIZON_MS, formatPickupPromise, pickupReadyTime } from '../../hours/pickup.js';
import { dateKeyOf } from '../../hours/zoned.js';
import { formatDate, formatDistance } from '../../i18n/format.js';
import { formatRelativeTime } from '../../i18n/relative-time.js';
import type { BadgeElementMessages as Messages } from './messages.js';
import type { BadgeView } from './badge-state.js';

/** Data older than this is shown as possibly out of date. */
export const STALE_AFTER_MS = 30 * 60_000;

export interface NearestStore {
  store: Store;
  distanceKm: number;
}

/** Everything one successful lookup learned. */
export interface BadgeResult {
  store: Store;
  entry?: AvailabilityEntry;
  view: BadgeView;
  /** When the data was checked: the entry's `updatedAt`, else when the API answered. */
  checkedAt: number;
  /** Served from cache after a failed refresh (see `isStale` for its age). */
  stale: boolean;
  /** Only looked for when the product is out of stock or unknown here; null: none nearby has it. */
  nearest?: NearestStore | null;
}

/**
 * The data may be out of date: served from cache after a failed refresh, or older than
 * STALE_AFTER_MS at `now` (a badge left open turns stale as the minutes pass).
 */
export function isStale(result: BadgeResult, now: number): boolean {
  return result.stale || (!!result.entry && now - result.checkedAt > STALE_AFTER_MS);
}

export interface BadgeText {
  status: string;
  details: string[];
}

export function checkedAt(entry: AvailabilityEntry | undefined, fetchedAt: number, now: number) {
  const updated = entry ? Date.parse(entry.updatedAt) : NaN;
  // A clock ahead of ours (or a lying server) never makes data look fresher than "now".
  return Number.isFinite(updated) ? Math.min(updated, now) : Math.min(fetchedAt, now);
}

function statusText(view: BadgeView, msg: Messages): string {
  const q = view.quantity;
  switch (view.status) {
    case 'in-stock':
      return q !== undefined ? msg.badgeInStockCount(q) : msg.stockInStock;
    case 'low-stock':
      return q !== undefined ? msg.badgeLowStockCount(q) : msg.stockLow;
    case 'out-of-stock':
      return view.notEnough && q !== undefined ? msg.badgeNotEnough(q) : msg.stockOut;
    default:
      return msg.stockUnknown;
  }
}

/** The badge's two lines: the status, then where, how fresh, and what the shopper can do. */
export function badgeText(
  result: BadgeResult,
  msg: Messages,
  locale: string,
  now: Date,
): BadgeText {
  const { store, entry, view } = result;
  // Where, then what the shopper can do about it, then how sure that is.
  const details = [msg.badgeAtStore(store.name)];
  if (view.status === 'in-stock' || view.status === 'low-stock') {
    const readyAt = pickupReadyTime(store, entry, now);
    if (readyAt) details.push(formatPickupPromise({ readyAt }, locale, store.timezone, now));
  } else {
    // Out of stock here, or unknown here: where the shopper can get it instead.
    if (result.nearest) {
      const { store: other, distanceKm } = result.nearest;
      details.push(msg.badgeNearest(other.name, formatDistance(locale, distanceKm)));
    } else if (result.nearest === null) {
      details.push(msg.badgeNoneNearby);
    }
    // A restock date already past at the store says nothing the shopper can use, nor does a
    // placeholder years ahead ("2999-01-01").
    const restock = entry?.restockDate;
    if (
      restock &&
      restock >= dateKeyOf(now, store.timezone) &&
      Date.parse(restock) <= +now + API_DATE_HORIZON_MS
    ) {
      details.push(msg.badgeRestock(formatDate(locale, new Date(restock), 'UTC')));
    }
  }
  const checked = new Date(result.checkedAt);
  details.push(msg.badgeChecked(formatRelativeTime(locale, checked, now, msg.badgeJustNow)));
  if (isStale(result, +now)) details.push(msg.badgeStale);
  return { status: statusText(view, msg), details };
}
