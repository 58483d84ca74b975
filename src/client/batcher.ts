/**
 * Availability batching: every (sku, store) lookup asked for in the same task coalesces into one
 * `getAvailability({ skus, storeIds })` request, duplicates removed, split only past the caps
 * (skus per request, stores per request, URL length).
 *
 * Flush timing: a 0 ms timer, not a microtask. Lit elements update in microtasks, a parent's
 * update connects its children (whose updates are queued behind it), and callers often `await`
 * something (config, my-store) before asking. A microtask flush would fire in the middle of that
 * cascade and split one page's badges over several requests; a timer runs after the whole
 * microtask queue has drained, so everything started by one task lands in one batch. The price
 * is one timer tick (about a millisecond), small next to any network round trip.
 */
import { follow } from './cache.js';
import type { AvailabilityQuery } from './provider.js';
import type { AvailabilityEntry } from './types.js';

export interface Pair {
  sku: string;
  storeId: string;
}

/** Cache key of a pair. A newline cannot appear in a valid SKU or store id. */
export function pairKey(sku: string, storeId: string): string {
  return `${sku}\n${storeId}`;
}

export interface BatcherOptions {
  /** Performs one request. */
  fetch(query: AvailabilityQuery, signal: AbortSignal): Promise<AvailabilityEntry[]>;
  /**
   * Called with every pair a finished request covered: its entry, or null (unknown), and the
   * `generation()` read when the request was sent (so the owner can ignore outdated answers).
   */
  onResult(results: Map<string, AvailabilityEntry | null>, generation: number): void;
  generation?: () => number;
  maxSkus: number;
  maxStores: number;
  /** Length of the URL a query would use; absent for providers that are not URLs. */
  urlLength?: (query: AvailabilityQuery) => number;
  maxUrlLength: number;
  /** Schedules the flush; default a 0 ms timer. */
  schedule?: (flush: () => void) => void;
}

interface Job {
  pair: Pair;
  key: string;
  /** Callers still waiting for this pair. */
  waiters: number;
  promise: Promise<AvailabilityEntry | null>;
  resolve(value: AvailabilityEntry | null): void;
  reject(error: unknown): void;
  batch?: { controller: AbortController; jobs: Job[] };
}

export class AvailabilityBatcher {
  /** Pairs queued or in flight, by key: the in-flight de-duplication. */
  readonly #jobs = new Map<string, Job>();
  #queue: Job[] = [];
  #scheduled = false;
  /** Requests made so far (for tests and benchmarks). */
  requestCount = 0;

  constructor(private readonly options: BatcherOptions) {}

  /** Resolves with each asked pair's entry or null (unknown). */
  load(pairs: Pair[], signal?: AbortSignal): Promise<Map<string, AvailabilityEntry | null>> {
    const mine: Job[] = [];
    for (const pair of pairs) {
      const key = pairKey(pair.sku, pair.storeId);
      let job = this.#jobs.get(key);
      if (!job) {
        job = this.#createJob(pair, key);
        this.#jobs.set(key, job);
        this.#queue.push(job);
        this.#scheduleFlush();
      }
      if (!mine.includes(job)) mine.push(job);
    }
    for (const job of mine) job.waiters++;
    const all = Promise.all(mine.map((j) => j.promise)).then(
      (values) => new Map(mine.map((j, i) => [j.key, values[i] ?? null])),
    );
    return follow(all, signal, () => {
      for (const job of mine) this.#leave(job);
    });
  }

  #createJob(pair: Pair, key: string): Job {
    let resolve!: Job['resolve'];
    let reject!: Job['reject'];
    const promise = new Promise<AvailabilityEntry | null>((res, rej) => {
      resolve = res;
      reject = rej;
    });
    promise.catch(() => undefined); // a job nobody waits for any more must not go unhandled
    return { pair, key, waiters: 0, promise, resolve, reject };
  }

  /** A caller gave up on `job`: drop it if queued, abort its request if nobody else waits. */
  #leave(job: Job): void {
    if (--job.waiters > 0) return;
    if (!job.batch) {
      this.#queue = this.#queue.filter((j) => j !== job);
      this.#jobs.delete(job.key);
      return;
    }
    const { batch } = job;
    if (batch.jobs.every((j) => j.waiters <= 0)) {
      // Forget the jobs first, so a caller arriving now starts afresh instead of joining.
      for (const j of batch.jobs) if (this.#jobs.get(j.key) === j) this.#jobs.delete(j.key);
      batch.controller.abort();
    }
  }

  #scheduleFlush(): void {
    if (this.#scheduled) return;
    this.#scheduled = true;
    const schedule = this.options.schedule ?? ((fn) => setTimeout(fn, 0));
    schedule(() => {
      this.#scheduled = false;
      this.#flush();
    });
  }

  #flush(): void {
    const queued = this.#queue;
    this.#queue = [];
    if (!queued.length) return;
    for (const query of this.split(queued.map((j) => j.pair))) {
      const skus = new Set(query.skus);
      const stores = new Set(query.storeIds);
      const jobs = queued.filter((j) => skus.has(j.pair.sku) && stores.has(j.pair.storeId));
      if (jobs.length) this.#send(query, jobs);
    }
  }

  #send(query: AvailabilityQuery, jobs: Job[]): void {
    const batch = { controller: new AbortController(), jobs };
    for (const job of jobs) job.batch = batch;
    this.requestCount++;
    const generation = this.options.generation?.() ?? 0;
    const settle = () => {
      for (const job of jobs) if (this.#jobs.get(job.key) === job) this.#jobs.delete(job.key);
    };
    this.options.fetch(query, batch.controller.signal).then(
      (entries) => {
        // Every pair the request covered is now known: an entry, or null for "unknown".
        const results = new Map<string, AvailabilityEntry | null>();
        for (const sku of query.skus) {
          for (const storeId of query.storeIds ?? []) results.set(pairKey(sku, storeId), null);
        }
        for (const entry of entries) {
          const key = pairKey(entry.sku, entry.storeId);
          const had = results.get(key);
          // Entries the request did not ask for are ignored (undefined). Of duplicates, the one
          // that says least wins (in < low < out by name): never "in stock" over "out of stock".
          if (had === null || (had && entry.status > had.status)) results.set(key, entry);
        }
        settle();
        this.options.onResult(results, generation);
        for (const job of jobs) job.resolve(results.get(job.key) ?? null);
      },
      (error: unknown) => {
        settle();
        for (const job of jobs) job.reject(error);
      },
    );
  }

  /**
   * Splits the distinct skus and stores of `pairs` into the fewest cross-product queries within
   * the caps: the shorter dimension is chunked first (with at most half the URL budget when the
   * other one needs more than the rest), then the other fills each query greedily.
   */
  split(pairs: Pair[]): AvailabilityQuery[] {
    const skus = [...new Set(pairs.map((p) => p.sku))];
    const stores = [...new Set(pairs.map((p) => p.storeId))];
    const { maxSkus, maxStores, maxUrlLength, urlLength } = this.options;
    const cost = (v: string) => encodeURIComponent(v).length + 1;
    const total = (list: string[]) => list.reduce((n, v) => n + cost(v), 0);
    const fixed = urlLength ? urlLength({ skus: [''], storeIds: [''] }) - 2 : 0;
    const budget = urlLength ? Math.max(1, maxUrlLength - fixed) : Infinity;

    const skusFirst = total(skus) <= total(stores);
    const [first, second] = skusFirst ? [skus, stores] : [stores, skus];
    const [firstMax, secondMax] = skusFirst ? [maxSkus, maxStores] : [maxStores, maxSkus];
    const firstBudget =
      total(second) <= budget - total(first)
        ? budget
        : Math.max(budget / 2, budget - total(second));

    const queries: AvailabilityQuery[] = [];
    for (const a of chunk(first, firstMax, firstBudget, cost)) {
      for (const b of chunk(second, secondMax, budget - total(a), cost)) {
        queries.push(skusFirst ? { skus: a, storeIds: b } : { skus: b, storeIds: a });
      }
    }
    return queries;
  }
}

/** Greedy chunks of at most `max` items and `budget` cost each (always at least one item). */
function chunk(
  items: string[],
  max: number,
  budget: number,
  cost: (v: string) => number,
): string[][] {
  const out: string[][] = [];
  let current: string[] = [];
  let used = 0;
  for (const item of items) {
    const c = cost(item);
    if (current.length && (current.length >= max || used + c > budget)) {
      out.push(current);
      current = [];
      used = 0;
    }
    current.push(item);
    used += c;
  }
  if (current.length) out.push(current);
  return out;
}
