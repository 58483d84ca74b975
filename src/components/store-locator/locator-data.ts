/**
 * The locator's search and results, apart from the element: the stores around the chosen place
 * (from the API or the client-side index), then the stock of the wanted products at those stores
 * (one batched availability request), as Lit tasks on the element; the services the stores offer;
 * and the list in the order it is shown. The stock is asked again when a reserve button on the
 * page moves it. A removed element keeps what it had and asks nothing more.
 */
import { Task } from '@lit/task';
import type { ReactiveControllerHost } from 'lit';
import type { AisleClient } from '../../client/client.js';
import { isAbortError } from '../../client/errors.js';
import type { LatLng, Store } from '../../client/types.js';
import { rankStores, summarizeStock, type StockSummary } from './ranking.js';
import { apiStoreSource, indexStoreSource, type StoreSource } from './store-source.js';

type Host = ReactiveControllerHost & HTMLElement;

export type SearchArgs = readonly [
  origin: { point: LatLng } | undefined,
  radiusKm: number,
  limit: number,
  services: readonly string[],
  openNow: boolean,
  /** Every store, client-side (searched in an index), or else the client that asks the API. */
  from: Store[] | AisleClient,
];

export interface LocatorDataOptions {
  /** What the search depends on (it runs again when one changes). */
  search: () => SearchArgs;
  /** The products whose stock is shown, and the client to ask. */
  stock: () => readonly [skus: string[], client: AisleClient];
  /** A request failed (not aborted). */
  onError: (error: unknown) => void;
}

export class LocatorData {
  readonly search: Task<SearchArgs, Store[] | undefined>;
  readonly stock: Task<
    readonly [Store[] | undefined, string[], AisleClient],
    Map<string, StockSummary> | undefined
  >;
  /**
   * The services the found stores offer (and the `services` attribute's), for the filters: at
   * most 32, the nearest stores' first, so that stores that each offer other services do not
   * build thousands of checkboxes.
   */
  readonly services = new Set<string>();
  #sourceFrom: SearchArgs[5] | undefined;
  #source: StoreSource | undefined;
  #rankedFrom: readonly unknown[] | undefined;
  #ranked: Store[] = [];

  constructor(host: Host, options: LocatorDataOptions) {
    this.search = new Task(host, {
      task: async ([origin, radiusKm, limit, services, openNow, from], { signal }) => {
        if (!origin) return undefined;
        if (!host.isConnected) return this.search.value;
        // Indexing happens once per array the retailer sets, not per search.
        if (!this.#source || this.#sourceFrom !== from) {
          this.#sourceFrom = from;
          this.#source = Array.isArray(from) ? indexStoreSource(from) : apiStoreSource(from);
        }
        try {
          const found = await this.#source(
            { near: origin.point, radiusKm, limit, services, openNow, now: new Date() },
            signal,
          );
          for (const s of found)
            for (const service of s.services)
              if (this.services.size < 32) this.services.add(service);
          return found;
        } catch (error) {
          if (!isAbortError(error) && !signal.aborted) options.onError(error);
          throw error;
        }
      },
      args: options.search,
    });
    this.stock = new Task(host, {
      task: async ([stores, skus, client], { signal }) => {
        if (!stores?.length || !skus.length) return undefined;
        if (!host.isConnected) return this.stock.value;
        const ids = stores.map((s) => s.id);
        try {
          const fresh = await client.availabilityFor(skus, ids, { signal });
          return summarizeStock(skus, ids, fresh.value);
        } catch (error) {
          // The list stays; each store says its stock is unknown.
          if (!isAbortError(error) && !signal.aborted) options.onError(error);
          throw error;
        }
      },
      args: () => [this.search.value, ...options.stock()] as const,
    });
  }

  /**
   * The stores found, in the order the list shows them (`stockFirst`: see rankStores). The same
   * array while the results, their stock and the order stay the same: the map refits only when
   * the results really change.
   */
  ranked(stockFirst: boolean): Store[] {
    const from = [this.search.value, this.stock.value, stockFirst] as const;
    if (!this.#rankedFrom?.every((v, i) => v === from[i])) {
      this.#rankedFrom = from;
      this.#ranked = rankStores(from[0] ?? [], from[1], stockFirst);
    }
    return this.#ranked;
  }
}
