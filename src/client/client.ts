/**
 * `AisleClient`: what elements call. It puts batching (batcher.ts), caching with in-flight
 * de-duplication and stale-if-error (cache.ts) in front of a provider: the REST provider for the
 * contract, or one the retailer passes in. Slots, holds and reservations: reservations.ts.
 */
import { AvailabilityBatcher, pairKey, type Pair } from './batcher.js';
import { InFlight, TimedCache, type Fresh } from './cache.js';
import { AisleApiError, isAbortError } from './errors.js';
import type { AvailabilityProvider, RequestOptions, StoreQuery } from './provider.js';
import { createRestProvider, type RestProvider } from './rest-provider.js';
import type { FetchLike } from './transport.js';
import type { AvailabilityEntry, Store } from './types.js';
import { validateAvailabilityList, validateStore, validateStoreList } from './validate.js';

export interface AisleClientOptions {
  /** Base URL of the availability API (used by the REST provider). */
  api: string;
  apiKey?: string;
  locale?: string;
  /** A retailer's own fetch for the REST provider. */
  fetch?: FetchLike;
  /** A retailer's own provider; replaces the REST provider (api/apiKey/fetch are then unused). */
  provider?: AvailabilityProvider;
  /** Per attempt, ms. Default 8000. */
  timeoutMs?: number;
  /** Extra attempts for GET requests. Default 2. */
  retries?: number;
  /** Default 60 s. */
  availabilityTtlMs?: number;
  /** Default 10 min. */
  storeTtlMs?: number;
  /** How old cached data may be and still stand in when a refresh fails. Default 30 min. */
  maxStaleMs?: number;
  /** Default 100. */
  maxBatchSkus?: number;
  /** Default 50. */
  maxBatchStores?: number;
  /** Default 2000 characters. */
  maxUrlLength?: number;
  /** Clock, for tests. Default `Date.now`. */
  now?: () => number;
  /** Transport hooks for deterministic tests (REST provider only). */
  random?: () => number;
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
}

export type { Fresh };

/** Cached value for a pair: the entry, or null for "the API does not know this pair". */
type PairValue = AvailabilityEntry | null;

export class AisleClient {
  readonly provider: AvailabilityProvider;
  readonly #now: () => number;
  readonly #availabilityTtl: number;
  readonly #storeTtl: number;
  readonly #maxStale: number;
  readonly #batcher: AvailabilityBatcher;
  readonly #pairs = new TimedCache<PairValue>(20_000);
  readonly #stores = new TimedCache<Store>(5000);
  readonly #searches = new TimedCache<Store[]>(200);
  readonly #inflightStores = new InFlight<Store>();
  readonly #inflightSearches = new InFlight<Store[]>();
  /** Bumped by every invalidation: answers to requests sent before it are not cached. */
  #epoch = 0;
  /** A retailer's own provider, whose answers have not been through the response guards. */
  readonly #custom: boolean;

  constructor(options: AisleClientOptions) {
    this.#now = options.now ?? Date.now;
    this.#availabilityTtl = options.availabilityTtlMs ?? 60_000;
    this.#storeTtl = options.storeTtlMs ?? 600_000;
    this.#maxStale = options.maxStaleMs ?? 1_800_000;
    const rest: RestProvider | undefined = options.provider
      ? undefined
      : createRestProvider({
          api: options.api,
          ...pick(options, ['apiKey', 'locale', 'fetch', 'timeoutMs', 'retries', 'random']),
          ...pick(options, ['sleep', 'now']),
        });
    this.provider = options.provider ?? rest!;
    this.#custom = !rest;
    this.#batcher = new AvailabilityBatcher({
      fetch: async (query, signal) =>
        this.checked(
          validateAvailabilityList,
          await this.provider.getAvailability(query, { signal }),
        ),
      onResult: (results, generation) => {
        if (generation === this.#epoch) this.#storePairs(results);
      },
      generation: () => this.#epoch,
      maxSkus: options.maxBatchSkus ?? 100,
      maxStores: options.maxBatchStores ?? 50,
      maxUrlLength: options.maxUrlLength ?? 2000,
      ...(rest ? { urlLength: (q) => rest.availabilityUrl(q).length } : {}),
    });
  }

  /**
   * `answer` through `guard` (validate.ts, validate-reservations.ts) when a retailer's own
   * provider gave it, so that its answers are held to the contract as the API's are; the REST
   * provider's have been through the guards already.
   */
  checked<T>(guard: (json: unknown) => T, answer: T): T {
    return this.#custom ? guard(answer) : answer;
  }

  /** Availability requests sent so far (each batch counts once). */
  get batchesSent(): number {
    return this.#batcher.requestCount;
  }

  /**
   * Availability of one product at one store; `value` is undefined when the API does not know
   * the pair. Calls made in the same task share one request.
   */
  async availability(
    sku: string,
    storeId: string,
    opts?: RequestOptions,
  ): Promise<Fresh<AvailabilityEntry | undefined>> {
    const fresh = await this.#loadPairs([{ sku, storeId }], opts);
    const value = fresh.value[0] ?? null;
    return { value: value ?? undefined, fetchedAt: fresh.fetchedAt, stale: fresh.stale };
  }

  /** Known entries for every (sku, store) of the cross product; missing pairs are unknown. */
  async availabilityFor(
    skus: string[],
    storeIds: string[],
    opts?: RequestOptions,
  ): Promise<Fresh<AvailabilityEntry[]>> {
    const pairs: Pair[] = [];
    for (const sku of new Set(skus)) {
      for (const storeId of new Set(storeIds)) pairs.push({ sku, storeId });
    }
    const fresh = await this.#loadPairs(pairs, opts);
    return { ...fresh, value: fresh.value.filter((v): v is AvailabilityEntry => v !== null) };
  }

  /** Stores matching `query`, as the provider orders them. Results prime the store cache. */
  async searchStores(query: StoreQuery, opts?: RequestOptions): Promise<Store[]> {
    const key = JSON.stringify([
      query.near?.lat,
      query.near?.lng,
      query.radiusKm,
      query.limit,
      query.q?.trim().toLowerCase(),
      query.services ? [...query.services].sort() : undefined,
      query.openNow ?? false,
    ]);
    const fresh = await this.#cached(
      this.#searches,
      this.#inflightSearches,
      key,
      this.#storeTtl,
      opts,
      async (signal) => {
        const epoch = this.#epoch;
        const list = this.checked(
          validateStoreList,
          await this.provider.searchStores(query, { signal }),
        );
        const at = this.#now();
        // The per-store cache keeps no distance: that belongs to this query only.
        if (epoch === this.#epoch)
          for (const s of list) this.#stores.set(s.id, withoutDistance(s), at);
        return list;
      },
    );
    return fresh.value;
  }

  /** One store; answered from the cache when a search or an earlier call brought it. */
  async getStore(storeId: string, opts?: RequestOptions): Promise<Store> {
    const fresh = await this.#cached(
      this.#stores,
      this.#inflightStores,
      storeId,
      this.#storeTtl,
      opts,
      async (signal) =>
        withoutDistance(
          this.checked(validateStore, await this.provider.getStore(storeId, { signal })),
        ),
    );
    return fresh.value;
  }

  /**
   * Forgets cached availability: of one sku, or (no argument) everything, stores included.
   * Requests already in flight still answer their callers but are not cached.
   */
  invalidate(sku?: string): void {
    this.#epoch++;
    if (sku === undefined) {
      this.#pairs.clear();
      this.#stores.clear();
      this.#searches.clear();
      return;
    }
    const prefix = `${sku}\n`;
    this.#pairs.deleteWhere((key) => key.startsWith(prefix));
  }

  #storePairs(results: Map<string, PairValue>): void {
    const at = this.#now();
    for (const [key, value] of results) this.#pairs.set(key, value, at);
  }

  /**
   * Fresh pairs come from the cache, the rest from one batched load. If the load fails, cached
   * data younger than maxStale stands in (stale-if-error); otherwise the error is the answer.
   */
  async #loadPairs(pairs: Pair[], opts?: RequestOptions): Promise<Fresh<PairValue[]>> {
    const start = this.#now();
    const missing = pairs.filter((p) => {
      const hit = this.#pairs.get(pairKey(p.sku, p.storeId));
      return !hit || start - hit.fetchedAt >= this.#availabilityTtl;
    });
    let loaded: Map<string, PairValue> | undefined;
    let error: unknown;
    if (missing.length) {
      try {
        loaded = await this.#batcher.load(missing, opts?.signal);
      } catch (e) {
        if (isAbortError(e)) throw e;
        error = e;
      }
    }
    const now = this.#now();
    const value: PairValue[] = [];
    let fetchedAt = Infinity;
    let stale = false;
    for (const p of pairs) {
      const key = pairKey(p.sku, p.storeId);
      // Straight from the answer: right even if an invalidation kept it out of the cache.
      if (loaded?.has(key)) {
        value.push(loaded.get(key) ?? null);
        fetchedAt = Math.min(fetchedAt, now);
        continue;
      }
      const hit = this.#pairs.get(key);
      if (!hit || (error !== undefined && now - hit.fetchedAt >= this.#maxStale)) {
        throw error ?? new AisleApiError('invalid-response', 'Availability went missing.');
      }
      value.push(hit.value);
      fetchedAt = Math.min(fetchedAt, hit.fetchedAt);
      if (now - hit.fetchedAt >= this.#availabilityTtl) stale = true;
    }
    return { value, fetchedAt: pairs.length ? fetchedAt : now, stale };
  }

  /** TTL cache + in-flight de-duplication + stale-if-error for one keyed value. */
  async #cached<V>(
    cache: TimedCache<V>,
    inflight: InFlight<V>,
    key: string,
    ttl: number,
    opts: RequestOptions | undefined,
    load: (signal: AbortSignal) => Promise<V>,
  ): Promise<Fresh<V>> {
    const hit = cache.get(key);
    if (hit && this.#now() - hit.fetchedAt < ttl) return { ...hit, stale: false };
    const epoch = this.#epoch;
    try {
      const value = await inflight.run(
        key,
        async (signal) => {
          const v = await load(signal);
          if (epoch === this.#epoch) cache.set(key, v, this.#now());
          return v;
        },
        opts?.signal,
      );
      return { value, fetchedAt: cache.get(key)?.fetchedAt ?? this.#now(), stale: false };
    } catch (e) {
      const old = cache.get(key);
      if (!isAbortError(e) && old && this.#now() - old.fetchedAt < this.#maxStale) {
        return { ...old, stale: true };
      }
      throw e;
    }
  }
}

function withoutDistance(store: Store): Store {
  if (store.distanceKm === undefined) return store;
  const copy = { ...store };
  delete copy.distanceKm;
  return copy;
}

function pick<T extends object, K extends keyof T>(o: T, keys: K[]): Partial<Pick<T, K>> {
  const out: Partial<Pick<T, K>> = {};
  for (const k of keys) if (o[k] !== undefined) out[k] = o[k];
  return out;
}
