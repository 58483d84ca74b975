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

/** What reading a kept reservation again found. */
export type Restored = Reservation | 'none' | 'unreachable';

const reading = new Map<string, Promise<Restored>>();

/**
 * The reservation kept for `sku`, read again from the API so its status is current: the
 * reservation while it is confirmed; 'none' when nothing is kept, or what was kept is over or
 * unknown to the API (then it is forgotten); 'unreachable' when the API could not be asked (it
 * stays kept, so the next try can show it). Calls for the same `sku` while one reads join it.
 */
export function restoreReservation(
  sku: string,
  getReservation: (id: string) => Promise<Reservation>,
): Promise<Restored> {
  const saved = loadReservation(sku);
  if (!saved) return Promise.resolve('none');
  let read = reading.get(sku);
  if (!read) {
    read = getReservation(saved.id).then(
      (reservation): Restored => {
        if (reservation.status === 'confirmed') return reservation;
        forgetReservation(sku);
        return 'none';
      },
      (error: unknown): Restored => {
        if ((error as { status?: number } | null)?.status !== 404) return 'unreachable';
        forgetReservation(sku);
        return 'none';
      },
    );
    reading.set(sku, read);
    void read.finally(() => reading.delete(sku));
  }
  return read;
}
