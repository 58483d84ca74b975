/** Pickup slots: one hour each within opening hours, with a hashed capacity per slot. */
import type { PickupSlot, Store } from '../../client/types.js';
import { openIntervals } from '../../hours/schedule.js';
import { minutesOfDay } from '../../hours/zoned.js';
import { hash } from '../data/prng.js';
import { readyAt } from '../time.js';
import type { MockState } from './state.js';

const HOUR = 3_600_000;
const SLOT_ID = /^slot_(.+)_(\d{4}-\d{2}-\d{2})_(\d{4})$/;

function hhmm(ms: number, store: Store): string {
  const minutes = minutesOfDay(new Date(ms), store.timezone);
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}${String(minutes % 60).padStart(2, '0')}`;
}

/**
 * The slots of a local date: hourly from opening, the last one ending by closing; a slot that
 * starts before an order placed now could be ready (preparation runs only while the store is
 * open, as in `pickupReadyAt`) is left out. Full slots stay (remaining 0).
 */
export function slotsFor(state: MockState, store: Store, date: string, now: number): PickupSlot[] {
  if (!store.pickup.enabled || !store.pickup.slots) return [];
  const earliest = readyAt(store, now);
  if (earliest === undefined) return [];
  const out: PickupSlot[] = [];
  for (const i of openIntervals(store, date, date)) {
    for (let start = i.start.getTime(); start + HOUR <= i.end.getTime(); start += HOUR) {
      if (start < earliest) continue;
      const id = `slot_${store.id}_${date}_${hhmm(start, store)}`;
      const capacity = 2 + (hash(state.seed, id) % 5);
      out.push({
        id,
        start: new Date(start).toISOString(),
        end: new Date(start + HOUR).toISOString(),
        remaining: Math.max(0, capacity - state.slotUse(id)),
      });
    }
  }
  return out;
}

/** The slot with this id at this store, if it exists and is still bookable in time. */
export function findSlot(
  state: MockState,
  store: Store,
  slotId: string,
  now: number,
): PickupSlot | undefined {
  const m = SLOT_ID.exec(slotId);
  if (!m || m[1] !== store.id) return undefined;
  return slotsFor(state, store, m[2] as string, now).find((s) => s.id === slotId);
}
