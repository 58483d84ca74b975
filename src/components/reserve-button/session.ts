/**
 * What the reserve button keeps for the session so a reload can show the confirmation again:
 * the reservation id and code, per SKU. Never a name, email, phone or anything else personal.
 */

import { InFlight } from '../../client/cache.js';
import type { Problem, Reservation } from '../../client/types.js';
import { codeOf } from './flow-errors.js';
import { loadReservation, PREFIX, storage, type SavedReservation } from './session-read.js';

export { loadReservation, type SavedReservation };

export function saveReservation(key: string, saved: SavedReservation): void {
  try {
    const { id, code, hold } = saved;
    storage()?.setItem(PREFIX + key, JSON.stringify(hold ? { id, code, hold } : { id, code }));
  } catch {
    // Quota or blocked storage: the confirmation simply will not survive a reload.
  }
}

export function forgetReservation(key: string): void {
  try {
    storage()?.removeItem(PREFIX + key);
  } catch {
    // ignore
  }
}

/**
 * What reading a kept reservation again found. 'lost': a confirm whose answer never came did
 * make a reservation (the API refuses to release its hold as already confirmed), but the API
 * cannot say which: it must not be reserved again by mistake.
 */
export type Restored = Reservation | 'none' | 'unreachable' | 'lost';

/** What restoring needs from the API client. */
export interface RestoreApi {
  getReservation(id: string): Promise<Reservation>;
  releaseHold(holdId: string): Promise<void>;
}

const reading = new InFlight<Restored>();

/** Reservations a lost confirm made, read back here, that no button has told the page of yet. */
const untold = new WeakSet<Reservation>();

/**
 * Whether `found` is a reservation a lost confirm made, read back just now, that the page has not
 * been told of (`aisle-reservation-confirmed`): true for the first caller only, so buttons that
 * share a SKU (and joined the same read) tell it once.
 */
export function firstToTell(found: Reservation): boolean {
  return untold.delete(found);
}

/**
 * The reservation kept for `sku` under `key` (its API and SKU: session-read.ts), read again from the API so its status is current: the
 * reservation while it is confirmed; 'none' when nothing is kept, or what was kept is over or
 * gone for the API (404 or 410: then it is forgotten); 'unreachable' when the API could not
 * tell (no answer, an unreadable one, a 5xx, any other 4xx: it stays kept, so the next try can
 * show it). Calls for the same record while one reads join it; what another tab kept meanwhile
 * is never forgotten for it.
 */
export function restoreReservation(
  sku: string,
  key: string,
  api: RestoreApi,
  saved = loadReservation(key),
): Promise<Restored> {
  if (!saved) return Promise.resolve('none');
  const { hold } = saved;
  const at = { sku, key };
  if (hold) return reading.run(`${key}\n${hold}`, () => settleConfirm(at, saved, hold, api));
  return reading.run(`${key}\n${saved.id}`, () =>
    api.getReservation(saved.id).then(
      (reservation): Restored => {
        // Kept under `sku`, whatever spelling the API answers with: under another SKU the
        // button would read it again and again.
        if (reservation.status === 'confirmed') return { ...reservation, sku };
        forgetIf(key, saved);
        return 'none';
      },
      (error: unknown) => goneOrUnreachable(error, key, saved),
    ),
  );
}

/** Where a reservation is kept: its SKU (as the button spells it) and its storage key. */
interface Place {
  sku: string;
  key: string;
}

/** Forgets what is kept under `key` if it is still `read`: another tab may have put its there. */
function forgetIf(key: string, read: SavedReservation): void {
  const now = loadReservation(key);
  if (now?.id === read.id && now.hold === read.hold) forgetReservation(key);
}

/**
 * A confirm for `hold` was sent and its answer never came (a reload, a lost connection): releasing
 * the hold tells how it ended. Released (or already gone, 404 or 410): nothing was reserved,
 * forgotten (another tab's reservation told meanwhile shows instead). Refused as already
 * confirmed: the reservation, kept from now on, when the API names it (`reservationId`) and it
 * reads as confirmed; else 'lost'. No answer, or any other refusal: 'unreachable', asked again
 * later.
 */
function settleConfirm(
  at: Place,
  saved: SavedReservation,
  hold: string,
  api: RestoreApi,
): Promise<Restored> {
  return api.releaseHold(hold).then(
    () => noneMade(at, hold, api),
    (error: unknown): Restored | Promise<Restored> => {
      if (codeOf(error) === 'hold_already_confirmed') {
        const id = (error as { problem?: Problem } | null)?.problem?.reservationId;
        return id
          ? api.getReservation(id).then(
              (r) => made(at, saved, r, api),
              () => 'lost',
            )
          : 'lost';
      }
      const status = (error as { status?: number } | null)?.status;
      return status === 404 || status === 410 ? noneMade(at, hold, api) : 'unreachable';
    },
  );
}

/**
 * The confirm for `hold` made no reservation: its hold is no longer kept, and another tab's
 * reservation told meanwhile (kept beside it) is read and shown instead.
 */
function noneMade(
  { sku, key }: Place,
  hold: string,
  api: RestoreApi,
): Restored | Promise<Restored> {
  const now = loadReservation(key);
  if (now?.hold === hold) {
    if (now.id) saveReservation(key, { id: now.id, code: now.code });
    else forgetReservation(key);
  }
  const told = loadReservation(key);
  return told?.id && !told.hold ? restoreReservation(sku, key, api, told) : 'none';
}

/**
 * Only "no such reservation or hold" (404, 410) forgets what is kept. No answer, an unreadable
 * one, a server error, a rate limit or an auth glitch (429, 408, 401…): it may still be there,
 * ask again later; forgetting it would offer to reserve the product twice.
 */
function goneOrUnreachable(error: unknown, key: string, saved: SavedReservation): Restored {
  const status = (error as { status?: number } | null)?.status;
  if (status !== 404 && status !== 410) return 'unreachable';
  forgetIf(key, saved);
  return 'none';
}

/**
 * The reservation a lost confirm made, read back: kept in place of its hold (and of another tab's
 * news kept beside it: this tab's own outcome shows, as had its answer come) while confirmed.
 */
function made(
  at: Place,
  pending: SavedReservation,
  reservation: Reservation,
  api: RestoreApi,
): Restored | Promise<Restored> {
  const { sku, key } = at;
  // Over already (collected, expired, cancelled).
  if (reservation.status !== 'confirmed') return noneMade(at, pending.hold!, api);
  if (loadReservation(key)?.hold === pending.hold) {
    saveReservation(key, { id: reservation.id, code: reservation.code });
  }
  const found = { ...reservation, sku };
  untold.add(found);
  return found;
}
