/**
 * The mock's reservations kept in a `Storage` (the demo's and `<aisle-config mock>`'s
 * sessionStorage), so that after a reload the mock still knows them, as a server would: the
 * reserve button's "a reload shows the confirmation again" then works on the mock too. A
 * reservation holds no personal data (the mock never keeps the customer): ids, times, the slot.
 */
import type { Reservation } from '../../client/types.js';
import type { MockState } from './state.js';

const KEY = 'aisle-mock:reservations';
/** The most recent ones kept: a demo left open all day stays small. */
const KEPT = 50;

/** Puts back the reservations saved in `storage` (nothing, or nothing readable: none). */
export function restoreReservations(state: MockState, storage: Storage): void {
  let saved: unknown;
  try {
    saved = JSON.parse(storage.getItem(KEY) ?? '[]');
  } catch {
    return;
  }
  if (!Array.isArray(saved)) return;
  for (const r of saved as Partial<Reservation>[]) {
    if (typeof r?.id === 'string' && typeof r.pickupBy === 'string')
      state.reservations.set(r.id, r as Reservation);
  }
}

/** Saves the reservations to `storage`; full or refused, the mock forgets them on reload. */
export function saveReservations(state: MockState, storage: Storage): void {
  try {
    storage.setItem(KEY, JSON.stringify([...state.reservations.values()].slice(-KEPT)));
  } catch {
    // The quota, or storage refused: as without `remember`.
  }
}

/** Forgets what `storage` kept (the mock's `reset()`). */
export function forgetReservations(storage: Storage): void {
  try {
    storage.removeItem(KEY);
  } catch {
    // Nothing kept, then.
  }
}
