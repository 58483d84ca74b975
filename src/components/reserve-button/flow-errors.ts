/**
 * What the reserve flow makes of a failed request: what the shopper is told and can do
 * (`classifyError`), and whether the server may still have done what was asked.
 */
import type { AvailabilityEntry } from '../../client/types.js';

/** Why the last action failed, and what the shopper can do about it. */
export type FlowErrorReason =
  /** 409: the stock went while we asked; `alternatives` lists stores that have it. */
  | 'stock_unavailable'
  /**
   * 409 `slot_unavailable`: the pickup slot filled up (or is gone); choose another. Also a hold
   * answered for another slot than the one picked (given back: validate-reservations.ts).
   */
  | 'slot_unavailable'
  /**
   * 409 `slot_passed` on confirm: the held pickup slot can no longer be kept by the server's
   * clock (begun, or too soon for the order to be ready); nothing confirmed, choose another time.
   */
  | 'slot_passed'
  /** 409 on cancel: the reservation was collected or expired; it cannot be cancelled now. */
  | 'not_cancellable'
  /** 410 on confirm: the hold had expired; offer a new hold. */
  | 'hold_expired'
  /** More time was refused, or the API cannot give it (404 route, 405, 501, 409). */
  | 'no_more_time'
  /** Network or timeout on confirm: retry with the same key. */
  | 'network'
  /** Anything else (5xx, invalid answer…). */
  | 'failed';

export interface FlowError {
  action: 'load' | 'hold' | 'extend' | 'confirm' | 'cancel';
  reason: FlowErrorReason;
  /** Stable code for `aisle-error` (the problem's `code`, or the error kind). */
  code: string;
  status?: number;
  message: string;
  /**
   * A failure the server may still have carried out (a 5xx, an answer that could not be read): a
   * confirm tried again replays its key, so it cannot reserve twice.
   */
  unsure?: boolean;
  alternatives?: AvailabilityEntry[];
  /** How long the server asked to wait (429 or 503 with `Retry-After`). */
  retryAfterMs?: number;
  /**
   * When that wait ends (epoch ms; a minute at most, then the server is asked again): "Hold it" or
   * "Confirm" pressed before sends nothing.
   */
  retryAt?: number;
  /** 'slot_unavailable' because the hold answered was for another slot (given back). */
  otherSlot?: boolean;
}

/** The parts of an `AisleApiError` the flow reads (duck-typed: any thrown value is accepted). */
interface ErrorLike {
  kind?: string;
  status?: number;
  code?: string;
  message?: string;
  retryAfterMs?: number;
  problem?: { code?: string; alternatives?: AvailabilityEntry[] };
  /** A hold answer named another slot than the one asked for. */
  slotTaken?: boolean;
}

/** The longest a `Retry-After` wait holds "Hold it" or "Confirm" back: then the server is asked. */
const RETRY_WAIT_MAX_MS = 60_000;

/**
 * How long is left of the wait `error` asked for (ms; 0 when none). More than the minute it can be
 * means the device's clock was set back: nothing waits then.
 */
export function waitLeft(error: FlowError): number {
  const left = (error.retryAt ?? 0) - Date.now();
  return left > 0 && left <= RETRY_WAIT_MAX_MS ? left : 0;
}

/** Sorts an error from the client into what the shopper is told. */
export function classifyError(action: FlowError['action'], error: unknown): FlowError {
  const e = (typeof error === 'object' && error ? error : {}) as ErrorLike;
  const code = codeOf(error) ?? e.kind ?? 'unknown';
  const base = {
    action,
    code,
    status: e.status,
    message: e.message ?? String(error),
    ...(e.retryAfterMs === undefined
      ? {}
      : {
          retryAfterMs: e.retryAfterMs,
          retryAt: Date.now() + Math.min(e.retryAfterMs, RETRY_WAIT_MAX_MS),
        }),
  };
  if (e.slotTaken) return { ...base, reason: 'slot_unavailable', otherSlot: true };
  if (code === 'slot_unavailable') return { ...base, reason: 'slot_unavailable' };
  if (code === 'slot_passed') return { ...base, reason: 'slot_passed' };
  if (action === 'cancel' && e.status === 409) return { ...base, reason: 'not_cancellable' };
  // An unknown 409 code on a hold reads as its status: no stock (the contract's rule).
  if (code === 'stock_unavailable' || (e.status === 409 && action === 'hold')) {
    return { ...base, reason: 'stock_unavailable', alternatives: e.problem?.alternatives ?? [] };
  }
  if (e.status === 410 || code === 'hold_expired' || code === 'hold_not_found') {
    return { ...base, reason: 'hold_expired' };
  }
  if (action === 'extend' && [404, 405, 409, 501].includes(e.status!)) {
    return { ...base, reason: 'no_more_time' };
  }
  if (e.kind === 'network' || e.kind === 'timeout' || error instanceof TypeError) {
    return { ...base, code: codeOf(error) ?? e.kind ?? 'network', reason: 'network' };
  }
  return { ...base, reason: 'failed', unsure: outcomeUnknown(error) };
}

/** The problem's stable `code`, when the error carries one. */
export function codeOf(error: unknown): string | undefined {
  const e = error as ErrorLike | null;
  return e?.problem?.code ?? e?.code;
}

/**
 * Whether a failed POST may still have been carried out by the server: no answer, an answer that
 * could not be read, or a 5xx (a gateway's 502/504 often comes after the origin did the work).
 * Erring this way is safe: the retry replays the same Idempotency-Key.
 */
export function outcomeUnknown(error: unknown): boolean {
  const e = error as ErrorLike | null;
  const kind = e?.kind;
  return (
    kind === 'network' ||
    kind === 'timeout' ||
    kind === 'invalid-response' ||
    (e?.status ?? 0) >= 500
  );
}
