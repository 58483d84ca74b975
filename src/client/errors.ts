/**
 * Typed errors of the client. Every failure a caller can see is an `AisleApiError` with a `kind`
 * it can switch on; `code` carries the contract's stable problem code when the server sent one.
 */
import type { Problem } from './types.js';

export type AisleApiErrorKind =
  /** The request never got an answer (offline, DNS, CORS, connection reset). */
  | 'network'
  /** No answer within the client's time limit. */
  | 'timeout'
  /** An HTTP error status without a problem+json body. */
  | 'http'
  /** The answer was not valid JSON or did not match the contract. */
  | 'invalid-response'
  /** An RFC 9457 problem (application/problem+json) with a stable `code`. */
  | 'problem'
  /** The caller aborted (its AbortSignal fired). */
  | 'aborted';

export interface AisleApiErrorInit {
  status?: number;
  code?: string;
  problem?: Problem;
  retryAfterMs?: number;
  cause?: unknown;
}

export class AisleApiError extends Error {
  override readonly name = 'AisleApiError';
  readonly kind: AisleApiErrorKind;
  /** HTTP status, when an answer arrived. */
  readonly status?: number;
  /** The problem's stable code (`stock_unavailable`, `hold_expired`, ...), or a client code. */
  readonly code?: string;
  readonly problem?: Problem;
  /** From `Retry-After`, when the server sent one. */
  readonly retryAfterMs?: number;

  constructor(kind: AisleApiErrorKind, message: string, init: AisleApiErrorInit = {}) {
    super(message, init.cause === undefined ? undefined : { cause: init.cause });
    this.kind = kind;
    for (const key of ['status', 'code', 'problem', 'retryAfterMs'] as const) {
      if (init[key] !== undefined) Object.assign(this, { [key]: init[key] });
    }
  }
}

/** Whether `e` means "the caller gave up": a DOM AbortError or an `aborted` AisleApiError. */
export function isAbortError(e: unknown): boolean {
  if (e instanceof AisleApiError) return e.kind === 'aborted';
  // A TimeoutError (AbortSignal.timeout) is not the caller giving up, so only AbortError counts.
  return typeof e === 'object' && e !== null && (e as { name?: unknown }).name === 'AbortError';
}

/** The error a caller whose signal fired receives. */
export function abortedError(signal?: AbortSignal): AisleApiError {
  return new AisleApiError('aborted', 'The request was aborted.', {
    cause: signal?.reason,
  });
}

/** Whether an error is worth retrying for a safe (GET) request. */
export function isRetryable(e: unknown): boolean {
  if (!(e instanceof AisleApiError)) return false;
  if (e.kind === 'network' || e.kind === 'timeout') return true;
  if (e.kind === 'http' || e.kind === 'problem') {
    return [408, 429, 500, 502, 503, 504].includes(e.status ?? 0);
  }
  return false;
}
