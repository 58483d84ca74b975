/**
 * Hold requests this tab sent and never learnt the answer to (the page reloaded or went offline
 * while a hold was on its way), kept for the session so the next load can give their stock back
 * rather than leave it held until the hold expires. Only what the request held (SKU, store,
 * quantity, slot) and its `Idempotency-Key`: nothing personal. Replaying the request with its key
 * makes the server answer with that hold (or make it now), which is then released (give-backs.ts).
 */
import type { HoldRequest } from '../../client/provider.js';
import { LEFT_HOLDS, storage } from './session-read.js';

/** A hold request left without an answer, with its key. */
export interface LeftHold {
  request: HoldRequest;
  key: string;
}

interface Stored extends LeftHold {
  /** When it was asked (ms): past an hour it is long expired and dropped. */
  at: number;
}

/** Past this age a record is long expired and dropped unread. */
export const LEFT_HOLD_MAX_AGE_MS = 60 * 60 * 1000;

function read(at: string): Stored[] {
  try {
    const value = JSON.parse(storage()?.getItem(LEFT_HOLDS + at) ?? '[]') as unknown;
    if (!Array.isArray(value)) return [];
    return (value as Partial<Stored>[]).filter(
      (h): h is Stored =>
        typeof h?.key === 'string' &&
        typeof h.at === 'number' &&
        Date.now() - h.at < LEFT_HOLD_MAX_AGE_MS &&
        typeof h.request?.storeId === 'string' &&
        typeof h.request.quantity === 'number',
    );
  } catch {
    return []; // unreadable or blocked storage: nothing to give back
  }
}

function write(at: string, holds: Stored[]): void {
  try {
    if (holds.length) storage()?.setItem(LEFT_HOLDS + at, JSON.stringify(holds));
    else storage()?.removeItem(LEFT_HOLDS + at);
  } catch {
    // Quota or blocked storage: such a hold simply expires on the server.
  }
}

/**
 * A hold is on its way: kept until its answer is known, under `at` (its API and SKU, as
 * session-read.ts `keptKey` makes them: a replay must go to the API that was asked).
 */
export function holdAsked(at: string, request: HoldRequest, key: string): void {
  const holds = read(at).filter((h) => h.key !== key);
  write(at, [...holds, { request: { ...request }, key, at: Date.now() }]);
}

/** The hold's answer is known (held, refused, or given back): nothing left to do on a reload. */
export function holdAnswered(at: string, key: string): void {
  write(
    at,
    read(at).filter((h) => h.key !== key),
  );
}

/** The holds left without an answer under `at`, each for `sku`. */
export function leftHolds(at: string, sku: string): LeftHold[] {
  return read(at).map(({ request, key }) => ({ request: { ...request, sku }, key }));
}
