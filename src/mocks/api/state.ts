/**
 * The mock's server-side state: stock (hashed baseline, overrides, holds and reservations
 * subtracted), holds that expire, reservations, idempotency records and counters. Every time
 * is read from `Date.now()` when a request arrives, so fake clocks drive expiry.
 */
import type {
  AvailabilityEntry,
  Hold,
  PickupSlot,
  Reservation,
  StockStatus,
  Store,
} from '../../client/types.js';
import { openIntervals } from '../../hours/schedule.js';
import { addDays, dateKeyOf } from '../../hours/zoned.js';
import { baseStock, statusFor, type BaseStock } from '../data/stock.js';
import { hash, prng } from '../data/prng.js';
import { readyAt } from '../time.js';

export const ENDPOINTS = [
  'searchStores',
  'getStore',
  'getAvailability',
  'getSlots',
  'createHold',
  'confirmHold',
  'extendHold',
  'releaseHold',
  'getReservation',
  'cancelReservation',
] as const;
/** Endpoint names, as the provider methods that call them. */
export type EndpointName = (typeof ENDPOINTS)[number];

export interface MockStats {
  /** Requests received per endpoint (faulted ones included). */
  requests: Record<EndpointName, number>;
  total: number;
  holdsCreated: number;
  holdsReleased: number;
  holdsExtended: number;
  holdsExpired: number;
  reservationsConfirmed: number;
  reservationsCancelled: number;
  /** POSTs answered from an idempotency record. */
  replays: number;
  /** Requests a scenario fault answered. */
  faults: number;
}

/** What `setStock` sets for a pair; quantity defaults by status (in 12, low 2, out 0). */
export interface StockOverride {
  status: StockStatus;
  quantity?: number;
  /** "YYYY-MM-DD". */
  restockDate?: string;
}

export interface IdempotencyRecord {
  fingerprint: string;
  status: number;
  body: string;
  contentType: string;
}

const DEFAULT_QUANTITY: Record<StockStatus, number> = {
  in_stock: 12,
  low_stock: 2,
  out_of_stock: 0,
};
const DRIFT_MS = 600_000;
const CODE_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
const iso = (ms: number) => new Date(ms).toISOString();

function emptyStats(): MockStats {
  return {
    requests: Object.fromEntries(ENDPOINTS.map((e) => [e, 0])) as Record<EndpointName, number>,
    total: 0,
    holdsCreated: 0,
    holdsReleased: 0,
    holdsExtended: 0,
    holdsExpired: 0,
    reservationsConfirmed: 0,
    reservationsCancelled: 0,
    replays: 0,
    faults: 0,
  };
}

export class MockState {
  readonly storesById: Map<string, Store>;
  readonly skus: Set<string>;
  holds = new Map<string, Hold>();
  reservations = new Map<string, Reservation>();
  idempotency = new Map<string, IdempotencyRecord>();
  /** Keys whose first request is being answered (a second one waits, then replays). */
  idempotencyPending = new Map<string, Promise<void>>();
  overrides = new Map<string, StockOverride | null>();
  changedAt = new Map<string, number>();
  stats = emptyStats();
  /** Whether baseline stock moves over time (see `base`). */
  drift = false;
  private random: () => number;

  constructor(
    readonly stores: readonly Store[],
    skus: readonly string[],
    readonly seed: number,
  ) {
    this.storesById = new Map(stores.map((s) => [s.id, s]));
    this.skus = new Set(skus);
    this.random = prng(seed ^ 0x5eed);
  }

  reset(): void {
    this.holds.clear();
    this.reservations.clear();
    this.idempotency.clear();
    this.idempotencyPending.clear();
    this.overrides.clear();
    this.changedAt.clear();
    this.stats = emptyStats();
    this.random = prng(this.seed ^ 0x5eed);
  }

  /** Draws ids and codes from `seed` from now on (a mock that kept ids from before a reload). */
  reseed(seed: number): void {
    this.random = prng(seed);
  }

  id(prefix: string, length = 12): string {
    let out = prefix;
    for (let i = 0; i < length; i++)
      out += '0123456789abcdefghjkmnpqrstvwxyz'[Math.floor(this.random() * 32)];
    return out;
  }

  /** A pickup code such as "K7P-4Q2". */
  code(): string {
    const c = () => CODE_ALPHABET[Math.floor(this.random() * CODE_ALPHABET.length)];
    return `${c()}${c()}${c()}-${c()}${c()}${c()}`;
  }

  /** Expires holds past `expiresAt` and reservations past `pickupBy`. */
  sweep(now = Date.now()): void {
    for (const hold of this.holds.values()) {
      if (hold.status === 'held' && Date.parse(hold.expiresAt) <= now) {
        hold.status = 'expired';
        this.stats.holdsExpired++;
        this.touch(hold.sku, hold.storeId, Date.parse(hold.expiresAt));
      }
    }
    for (const r of this.reservations.values()) {
      if (r.status === 'confirmed' && Date.parse(r.pickupBy) <= now) {
        r.status = 'expired';
        this.touch(r.sku, r.storeId, Date.parse(r.pickupBy));
      }
    }
  }

  touch(sku: string, storeId: string, at = Date.now()): void {
    this.changedAt.set(`${sku}|${storeId}`, at);
  }

  /** The pair's baseline after overrides; undefined when unknown. */
  base(
    sku: string,
    storeId: string,
    now = Date.now(),
  ): (BaseStock & { restockDate?: string }) | undefined {
    const key = `${sku}|${storeId}`;
    if (this.overrides.has(key)) {
      const o = this.overrides.get(key);
      if (!o) return undefined;
      return {
        status: o.status,
        quantity: Math.max(0, o.quantity ?? DEFAULT_QUANTITY[o.status]),
        reportsQuantity: true,
        ageSeconds: 0,
        ...(o.restockDate ? { restockDate: o.restockDate } : {}),
      };
    }
    if (!this.skus.has(sku) || !this.storesById.has(storeId)) return undefined;
    const base = baseStock(sku, storeId, this.seed);
    if (!base || !this.drift || base.status === 'out_of_stock') return base;
    // Shoppers buy and shelves are refilled: every ten minutes the count moves by up to 2.
    const bucket = Math.floor(now / DRIFT_MS);
    const quantity = Math.max(0, base.quantity + (hash(this.seed, sku, storeId, bucket) % 5) - 2);
    const since = Math.floor((now - bucket * DRIFT_MS) / 1000);
    return {
      ...base,
      quantity,
      status: statusFor(quantity),
      ageSeconds: Math.min(base.ageSeconds, since),
    };
  }

  /** Units held or reserved (and not yet released) for a pair. */
  committed(sku: string, storeId: string): number {
    let n = 0;
    for (const h of this.holds.values()) {
      if (h.status === 'held' && h.sku === sku && h.storeId === storeId) n += h.quantity;
    }
    for (const r of this.reservations.values()) {
      if (r.status === 'confirmed' && r.sku === sku && r.storeId === storeId) n += r.quantity;
    }
    return n;
  }

  available(sku: string, storeId: string): number | undefined {
    const base = this.base(sku, storeId, Date.now());
    return base ? Math.max(0, base.quantity - this.committed(sku, storeId)) : undefined;
  }

  /** The availability entry for a pair, or undefined when the pair is unknown. */
  entry(sku: string, storeId: string, now = Date.now()): AvailabilityEntry | undefined {
    const base = this.base(sku, storeId, now);
    const store = this.storesById.get(storeId);
    if (!base || !store) return undefined;
    const held = this.committed(sku, storeId);
    const quantity = Math.max(0, base.quantity - held);
    const status = held > 0 ? statusFor(quantity) : base.status;
    const changed = this.changedAt.get(`${sku}|${storeId}`);
    const counted = now - base.ageSeconds * 1000;
    const entry: AvailabilityEntry = {
      sku,
      storeId,
      status,
      ...(base.reportsQuantity ? { quantity } : {}),
      updatedAt: iso(changed && changed > counted ? changed : counted),
    };
    if (base.restockDate) entry.restockDate = base.restockDate;
    else if (base.restockInDays && status !== 'in_stock') {
      entry.restockDate = addDays(dateKeyOf(new Date(now), store.timezone), base.restockInDays);
    }
    if (status !== 'out_of_stock' && store.pickup.enabled) {
      const ready = readyAt(store, now);
      if (ready !== undefined) entry.pickupReadyAt = iso(ready);
    }
    return entry;
  }

  /** Holds and reservations occupying a pickup slot. */
  slotUse(slotId: string): number {
    let n = 0;
    for (const h of this.holds.values()) if (h.status === 'held' && h.slotId === slotId) n++;
    for (const r of this.reservations.values()) {
      if (r.status === 'confirmed' && r.slot?.id === slotId) n++;
    }
    return n;
  }

  reservationFor(hold: Hold, store: Store, slot: PickupSlot | undefined, now: number): Reservation {
    const ready = slot ? Date.parse(slot.start) : (readyAt(store, now) ?? now);
    const keepDays = store.pickup.keepDays ?? 3;
    const from = Math.max(ready, slot ? Date.parse(slot.end) : ready);
    return {
      id: this.id('r_'),
      code: this.code(),
      status: 'confirmed',
      sku: hold.sku,
      storeId: hold.storeId,
      quantity: hold.quantity,
      readyAt: iso(ready),
      pickupBy: iso(pickupDeadline(store, from, from + keepDays * 86_400_000)),
      ...(slot ? { slot } : {}),
    };
  }
}

/**
 * When a reservation kept until `target` must be picked up by: `target` if the store is open then,
 * else its last closing time between `from` and `target` (never a time the store is closed,
 * such as 14:00 on a Saturday it closes at 13:00), else `target` (no hours known).
 */
function pickupDeadline(store: Store, from: number, target: number): number {
  const tz = store.timezone;
  const open = openIntervals(store, dateKeyOf(new Date(from), tz), dateKeyOf(new Date(target), tz));
  if (open.some((i) => i.start.getTime() <= target && target <= i.end.getTime())) return target;
  const ends = open.map((i) => i.end.getTime()).filter((end) => end > from && end <= target);
  return ends.length ? Math.max(...ends) : target;
}
