/**
 * What the reserve button keeps for the session so a reload can show the confirmation again:
 * the reservation id and code, per SKU. Never a name, email, phone or anything else personal.
 */

import { InFlight } from '../../client/cache.js';
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

const reading = new InFlight<Restored>();

/**
 * The reservation kept for `sku`, read again from the API so its status is current: the
 * reservation while it is confirmed; 'none' when nothing is kept, or what was kept is over or
 * gone for the API (404 or 410: then it is forgotten); 'unreachable' when the API could not
 * tell (no answer, an unreadable one, a 5xx, any other 4xx: it stays kept, so the next try can
 * show it). Calls for the same `sku` while one reads join it.
 */
export function restoreReservation(
  sku: string,
  getReservation: (id: string) => Promise<Reservation>,
  saved = loadReservation(sku),
): Promise<Restored> {
  if (!saved) return Promise.resolve('none');
  return reading.run(sku, () =>
    getReservation(saved.id).then(
      (reservation): Restored => {
        // Kept under `sku`, whatever spelling the API answers with: under another SKU the
        // button would read it again and again.
        if (reservation.status === 'confirmed') return { ...reservation, sku };
        forgetReservation(sku);
        return 'none';
      },
      (error: unknown): Restored => {
        // Only "no such reservation" (404, 410) forgets it. No answer, an unreadable one, a
        // server error, a rate limit or an auth glitch (429, 408, 401…): it may still be there,
        // ask again later; forgetting it would offer to reserve the product twice.
        const status = (error as { status?: number } | null)?.status;
        if (status !== 404 && status !== 410) return 'unreachable';
        forgetReservation(sku);
        return 'none';
      },
    ),
  );
}
