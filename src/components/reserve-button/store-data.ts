/**
 * What the store step needs, loaded through the client: the chosen store, how many units it can
 * hold, its pickup slots, and, when it cannot serve the quantity, the nearest stores that can.
 * No rendering here.
 */
import type { AisleClient } from '../../client/client.js';
import type { HoldRequest } from '../../client/provider.js';
import { reservationsOf, type ClientReservations } from '../../client/reservations.js';
import { storeById } from '../../client/store-by-id.js';
import type { AvailabilityEntry, PickupSlot, Store } from '../../client/types.js';
import { distanceKm } from '../../geo/distance.js';
import { storesAround } from '../../geo/stores-around.js';
import { pickupReadyTime } from '../../hours/pickup.js';
import { openIntervals } from '../../hours/schedule.js';
import { addDays, dateKeyOf } from '../../hours/zoned.js';

/** The most units one reservation may hold when the API gives no quantity. */
export const MAX_QUANTITY = 10;
/**
 * What a "low stock" entry without a quantity can promise: one. Offering up to MAX_QUANTITY next
 * to a badge that says "Low stock" contradicts it, and the hold would likely be refused.
 */
export const LOW_STOCK_UNKNOWN_QUANTITY = 1;
const ALTERNATIVES_RADIUS_KM = 50;
const ALTERNATIVES_CANDIDATES = 10;
const ALTERNATIVES_SHOWN = 3;

export interface StoreChoice {
  store: Store;
  entry?: AvailabilityEntry;
  distanceKm?: number;
}

export interface StoreStepData {
  here: StoreChoice;
  /** Units this store can hold now (0: none, or pickup is off). */
  available: number;
  /** Pickup slots with room left (empty when the store has no slots). */
  slots: PickupSlot[];
  /**
   * Stores nearby that can serve the wanted quantity, nearest first (when here cannot);
   * undefined when they could not be looked up (nothing is then said about them).
   */
  alternatives: StoreChoice[] | undefined;
}

type Opts = { signal?: AbortSignal };

/** The quantity a dialog starts with: the button's `quantity` if a whole number, capped. */
export function startQuantity(quantity: unknown): number {
  const q = Number(quantity);
  return Number.isInteger(q) && q >= 1 ? Math.min(q, MAX_QUANTITY) : 1;
}

/**
 * The `slots` of this store that can still be kept at `now`: not begun, and not starting before
 * an order placed now can be ready (`pickupReadyTime`). The one rule for the slots the store step
 * offers (`loadSlots`) and those it keeps while the dialog stays open (`slotsLeft`).
 */
function keptSlots(
  store: Store,
  entry: AvailabilityEntry | undefined,
  slots: PickupSlot[],
  now: number,
): PickupSlot[] {
  const ready = pickupReadyTime(store, entry, new Date(now))?.getTime();
  return slots.filter((s) => {
    const start = Date.parse(s.start);
    return start > now && (ready === undefined || start >= ready);
  });
}

/**
 * The slots of this store step that can still be kept at `now` (`keptSlots`). The others pass
 * while the dialog stays open (a page left open, a tab that slept).
 */
export function slotsLeft(data: StoreStepData, now = Date.now()): PickupSlot[] {
  return keptSlots(data.here.store, data.here.entry, data.slots, now);
}

/**
 * The slot `slotId` of this store step can no longer be kept (see `slotsLeft`). False for a slot
 * the step does not offer.
 */
export function slotPassed(data: StoreStepData, slotId: string | undefined): boolean {
  return data.slots.some((s) => s.id === slotId) && !slotsLeft(data).some((s) => s.id === slotId);
}

/**
 * What "Hold it" asks for at the store step: the wanted quantity (at most what the store has)
 * and the chosen slot if it is still offered; 'slot passed' when that slot can no longer be kept
 * (`slotPassed`: begun, or too soon for the order to be ready, while the dialog stayed open);
 * undefined when the store has nothing to hold.
 */
export function holdRequest(
  data: StoreStepData | undefined,
  sku: string,
  wanted: number,
  slotId: string,
): HoldRequest | 'slot passed' | undefined {
  if (!data || data.available < 1) return undefined;
  if (slotPassed(data, slotId)) return 'slot passed';
  // Only a slot still offered: one that filled up is gone from the list (and from the select).
  const slot = data.slots.find((s) => s.id === slotId);
  const quantity = Math.min(wanted, data.available);
  return { sku, storeId: data.here.store.id, quantity, ...(slot ? { slotId: slot.id } : {}) };
}

/** Units a store can hold from an availability entry (capped at MAX_QUANTITY). */
export function availableUnits(store: Store, entry: AvailabilityEntry | undefined): number {
  if (!store.pickup.enabled || !entry || entry.status === 'out_of_stock') return 0;
  const q =
    entry.quantity ?? (entry.status === 'low_stock' ? LOW_STOCK_UNKNOWN_QUANTITY : MAX_QUANTITY);
  return Math.max(0, Math.min(q, MAX_QUANTITY));
}

/** How many days ahead the dialog looks for pickup slots (today included). */
export const SLOT_DAYS = 7;

/**
 * Slots of the first day from today with any left, in time order (a week at most: Saturday evening finds
 * Monday's when the store closes on Sundays) that still have room and can be kept (`keptSlots`:
 * not begun, and starting once the order can be ready): a slot offered before that would promise
 * a pickup the store cannot keep. Slots after midnight belong to the date their opening began: while the store's hours say
 * yesterday's opening still runs (open 20:00–02:00, at 00:10), yesterday's date is asked first.
 * Only today's answer must come: another day the API refuses is a day without slots.
 */
export async function loadSlots(
  api: Pick<ClientReservations, 'getSlots'>,
  store: Store,
  entry: AvailabilityEntry | undefined,
  opts: Opts,
): Promise<PickupSlot[]> {
  if (!store.pickup.enabled || !store.pickup.slots) return [];
  const now = Date.now();
  // Calendar days in the store's zone: "tomorrow" is not 24 hours away on a clock-change night.
  const today = dateKeyOf(new Date(now), store.timezone);
  const yesterday = addDays(today, -1);
  const tonight = openIntervals(store, yesterday, yesterday).some((i) => +i.end > now);
  for (let day = tonight ? -1 : 0; day < SLOT_DAYS; day++) {
    const date = addDays(today, day);
    let slots: PickupSlot[];
    try {
      slots = await api.getSlots(store.id, date, opts);
    } catch (error) {
      // Only today's answer is needed to hold: an API may refuse yesterday's date or one past
      // its booking horizon (a 400), and that must not keep the shopper from holding at all.
      if (day === 0 || opts.signal?.aborted) throw error;
      if (day < 0) continue;
      return [];
    }
    const open = keptSlots(
      store,
      entry,
      slots.filter((s) => s.remaining > 0),
      now,
    );
    // In time order, however the API orders them.
    if (open.length) return open.sort((a, b) => Date.parse(a.start) - Date.parse(b.start));
  }
  return [];
}

/** Stores near `here` that can serve `quantity` of `sku`, nearest first. */
export async function findAlternatives(
  client: AisleClient,
  sku: string,
  here: Store,
  quantity: number,
  opts: Opts,
): Promise<StoreChoice[]> {
  const around = await client.searchStores(
    { near: here.location, radiusKm: ALTERNATIVES_RADIUS_KM, limit: ALTERNATIVES_CANDIDATES + 1 },
    opts,
  );
  // Each once, within the radius asked, whatever the API lists.
  const others = storesAround(around, here.location, ALTERNATIVES_RADIUS_KM).filter(
    (s) => s.id !== here.id && s.pickup.enabled,
  );
  if (!others.length) return [];
  const stock = await client.availabilityFor(
    [sku],
    others.map((s) => s.id),
    opts,
  );
  const byStore = new Map(stock.value.map((e) => [e.storeId, e]));
  return others
    .map((store) => ({ store, entry: byStore.get(store.id), distanceKm: store.distanceKm }))
    .filter((c) => availableUnits(c.store, c.entry) >= quantity)
    .slice(0, ALTERNATIVES_SHOWN);
}

/**
 * Names the stores a 409 problem offered, nearest to `from` first: each once, never `from`
 * itself (the store that just said the stock is gone).
 */
export async function describeAlternatives(
  client: AisleClient,
  entries: AvailabilityEntry[],
  from: Store | undefined,
  opts: Opts,
): Promise<StoreChoice[]> {
  const picked = entries
    .filter(
      (e, i) =>
        e.status !== 'out_of_stock' &&
        e.storeId !== from?.id &&
        entries.findIndex((f) => f.storeId === e.storeId) === i,
    )
    .slice(0, ALTERNATIVES_SHOWN);
  const stores = await Promise.all(picked.map((e) => storeById(client, e.storeId, opts)));
  return stores
    .map((store, i) => ({
      store,
      entry: picked[i],
      distanceKm: from ? distanceKm(from.location, store.location) : undefined,
    }))
    .sort((a, b) => (a.distanceKm ?? 0) - (b.distanceKm ?? 0));
}

export async function loadStoreStep(
  client: AisleClient,
  sku: string,
  storeId: string,
  quantity: number,
  opts: Opts,
): Promise<StoreStepData> {
  const [store, fresh] = await Promise.all([
    storeById(client, storeId, opts),
    client.availability(sku, storeId, opts),
  ]);
  const here: StoreChoice = { store, entry: fresh.value };
  const available = availableUnits(store, fresh.value);
  const [slots, alternatives] = await Promise.all([
    available > 0
      ? loadSlots(reservationsOf(client), store, fresh.value, opts)
      : Promise.resolve([]),
    available < quantity
      ? // Without them the shopper can still hold what this store has.
        findAlternatives(client, sku, store, quantity, opts).catch(() => undefined)
      : Promise.resolve([]),
  ]);
  return { here, available, slots, alternatives };
}
