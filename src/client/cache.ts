/**
 * A small time-stamped cache. It stores when each value was fetched; the client decides what is
 * fresh (younger than the kind's TTL), usable only if a refresh fails (younger than
 * `maxStaleMs`), or gone. Bounded: the least recently written entries go first.
 */
import { abortedError } from './errors.js';

export interface Cached<V> {
  value: V;
  fetchedAt: number;
}

/** What callers receive: the value, when it was fetched, and whether it is past its TTL. */
export interface Fresh<T> {
  value: T;
  fetchedAt: number;
  stale: boolean;
}

export class TimedCache<V> {
  readonly #entries = new Map<string, Cached<V>>();

  constructor(private readonly maxEntries = 5000) {}

  get(key: string): Cached<V> | undefined {
    return this.#entries.get(key);
  }

  set(key: string, value: V, fetchedAt: number): void {
    this.#entries.delete(key);
    this.#entries.set(key, { value, fetchedAt });
    if (this.#entries.size > this.maxEntries) {
      const oldest = this.#entries.keys().next().value;
      if (oldest !== undefined) this.#entries.delete(oldest);
    }
  }

  delete(key: string): void {
    this.#entries.delete(key);
  }

  /** Deletes every entry whose key matches. */
  deleteWhere(test: (key: string) => boolean): void {
    for (const key of [...this.#entries.keys()]) if (test(key)) this.#entries.delete(key);
  }

  clear(): void {
    this.#entries.clear();
  }

  get size(): number {
    return this.#entries.size;
  }
}

/**
 * Follows `promise` for one caller: rejects at once with an `aborted` error when the caller's
 * signal fires (calling `onAbort` once, so the owner can count who is still waiting). `onAbort`
 * runs a microtask later: a caller that asks the same again at once (a badge whose quantity
 * changed asks for the same product and store) joins the request instead of cancelling it.
 */
export function follow<V>(
  promise: Promise<V>,
  signal: AbortSignal | undefined,
  onAbort: () => void,
) {
  if (!signal) return promise;
  return new Promise<V>((resolve, reject) => {
    const abort = () => {
      queueMicrotask(onAbort);
      reject(abortedError(signal));
    };
    if (signal.aborted) return abort();
    signal.addEventListener('abort', abort, { once: true });
    promise.then(
      (v) => {
        signal.removeEventListener('abort', abort);
        resolve(v);
      },
      (e) => {
        signal.removeEventListener('abort', abort);
        reject(e);
      },
    );
  });
}

interface Shared<V> {
  promise: Promise<V>;
  controller: AbortController;
  callers: number;
}

/**
 * Runs `load` once per key at a time: a second caller for a key already loading shares the first
 * caller's promise (in-flight de-duplication). A caller that aborts leaves at once; the shared
 * load is aborted only when every caller has left.
 */
export class InFlight<V> {
  readonly #pending = new Map<string, Shared<V>>();

  run(key: string, load: (signal: AbortSignal) => Promise<V>, signal?: AbortSignal): Promise<V> {
    if (signal?.aborted) return Promise.reject(abortedError(signal));
    let shared = this.#pending.get(key);
    if (!shared) {
      const controller = new AbortController();
      const promise = load(controller.signal).finally(() => {
        if (this.#pending.get(key) === entry) this.#pending.delete(key);
      });
      promise.catch(() => undefined); // reported to each caller; never unhandled here
      const entry: Shared<V> = { promise, controller, callers: 0 };
      this.#pending.set(key, entry);
      shared = entry;
    }
    const current = shared;
    current.callers++;
    return follow(current.promise, signal, () => {
      if (--current.callers === 0) {
        current.controller.abort();
        if (this.#pending.get(key) === current) this.#pending.delete(key);
      }
    });
  }

  clear(): void {
    this.#pending.clear();
  }
}
