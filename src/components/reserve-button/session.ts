/**
 * What the reserve button keeps for the session so a reload can show the confirmation again:
 * the reservation id and code, per SKU. Never a name, email, phone or anything else personal.
 */

import type { Reservation } from '../../client/types.js';
import { loadReservation, PREFIX, storage, type SavedReservation } from './session-read.js';

export { loadReservation, type SavedReservation };

export function saveReservation(sku: string, saved: SavedReservation): void {
  try {
    storage()?.setItem(PREFIX + sku, JSON.stringify({ id: saved.id, code: saved.code }));
  } catch {
    // Quota or blocked storage: the confirmation simply will not survive a reload.
  }
}

export function forgetReservation(sku: string): void {
  try {
    storage()?.removeItem(PREFIX + sku);
  } catch {
    // ignore
  }
}

/**
 * The reservation kept for `sku`, read again from the API so its status is current. Forgets a
 * saved reservation that is no longer confirmed; keeps it when the API cannot be reached.
 */
export async function restoreReservation(
  sku: string,
  getReservation: (id: string) => Promise<Reservation>,
): Promise<Reservation | undefined> {
  const saved = loadReservation(sku);
  if (!saved) return undefined;
  try {
    const reservation = await getReservation(saved.id);
    if (reservation.status === 'confirmed') return reservation;
    forgetReservation(sku);
  } catch {
    // Unknown or unreachable: show nothing now, try again on the next load.
  }
  return undefined;
}
