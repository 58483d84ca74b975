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

/**
 * The keys of holds this page asked for (its own flows settle them) or is giving back (two
 * buttons may share a SKU): a left hold is given back only by the first load after the one that
 * asked for it.
 */
const ours = new Set<string>();

/** What a button's left holds need from it (kept-reservation.ts gives it). */
export interface LeftHoldsHost {
  /** Where the button keeps what it has for `sku` (its API and that SKU; the button's now). */
  at(sku?: string): string;
  sku(): string;
  /** Whether anything may be kept in the session's storage (not with persist="none"). */
  stored(): boolean;
  /** Replays the request with its key and releases the hold it names (flow.ts `giveBack`). */
  giveBack(request: HoldRequest, key: string): void;
}

/** A button's holds left without an answer: kept while asked, given back by a later load. */
export class LeftHolds {
  constructor(private readonly host: LeftHoldsHost) {}

  /** A hold is on its way: until its answer is known, a reload gives it back. */
  asked(request: HoldRequest, key: string): void {
    ours.add(key);
    if (this.host.stored()) holdAsked(this.host.at(request.sku), request, key);
  }

  /** That hold's outcome is known. */
  answered(request: HoldRequest, key: string): void {
    holdAnswered(this.host.at(request.sku), key);
  }

  /** Whether that hold is still left for a later load to give back. */
  isLeft(request: HoldRequest, key: string): boolean {
    return leftHolds(this.host.at(request.sku), request.sku).some((h) => h.key === key);
  }

  /** Gives back the holds an earlier load of this tab asked for and never learnt of. */
  giveBack(): void {
    for (const { request, key } of leftHolds(this.host.at(), this.host.sku())) {
      if (ours.has(key)) continue;
      ours.add(key);
      this.host.giveBack(request, key);
    }
  }
}
