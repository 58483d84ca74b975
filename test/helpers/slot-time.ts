/**
 * A moment when a pickup slot is just in time: an order placed then is ready at its start (the
 * first slot offered), and one placed four minutes later no longer is (the slot has passed by the
 * rule of the mock and of the dialog alike), for tests of a slot that passes during a hold.
 */
import type { PickupSlot, Store } from '../../src/client/types.js';
import { mockApi } from '../../src/mocks/mock-api.js';
import { readyAt } from '../../src/mocks/time.js';

export const LATE_MS = 4 * 60_000;

/** A store with pickup slots, in Paris, with no same-day cutoff. */
export const slottedStore = (): Store =>
  mockApi.stores.find((s) => s.pickup.slots && s.timezone === 'Europe/Paris' && !s.pickup.cutoff)!;

/**
 * The first slot of `store` on `date` (as the mock lists them now) with such a moment, and that
 * moment (ms).
 */
export async function justInTime(
  store: Store,
  date = '2027-06-16',
): Promise<{ slot: PickupSlot; at: number }> {
  const url = `/aisle-api/v1/stores/${store.id}/slots?date=${date}`;
  const { slots } = (await (await fetch(url)).json()) as { slots: PickupSlot[] };
  for (const slot of slots) {
    const start = Date.parse(slot.start);
    const at = start - store.pickup.prepMinutes * 60_000 - 3 * 60_000;
    if (readyAt(store, at) === start && readyAt(store, at + LATE_MS)! > start) return { slot, at };
  }
  throw new Error(`No slot of ${store.id} on ${date} is just in time`);
}
