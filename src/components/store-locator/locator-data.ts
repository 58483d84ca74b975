/**
 * The locator's two requests, as Lit tasks on the element: the stores around the chosen place
 * (from the API or the client-side index), then the stock of the wanted products at those stores
 * (one batched availability request). A removed element keeps what it had and asks nothing more.
 */
import { Task } from '@lit/task';
import type { ReactiveControllerHost } from 'lit';
import type { AisleClient } from '../../client/client.js';
import { isAbortError } from '../../client/errors.js';
import type { LatLng, Store } from '../../client/types.js';
import { summarizeStock, type StockSummary } from './ranking.js';
import type { StoreSource } from './store-source.js';

type Host = ReactiveControllerHost & HTMLElement;

export type SearchArgs = readonly [
  origin: { point: LatLng } | undefined,
  radiusKm: number,
  limit: number,
  services: readonly string[],
  openNow: boolean,
  source: StoreSource | undefined,
];

export interface LocatorDataOptions {
  /** What the search depends on (it runs again when one changes). */
  search: () => SearchArgs;
  /** The products whose stock is shown, and the client to ask. */
  stock: () => readonly [skus: string[], client: AisleClient];
  /** Each search's stores (the locator learns the services on offer from them). */
  onFound: (stores: Store[]) => void;
  /** A request failed (not aborted). */
  onError: (error: unknown) => void;
}

export class LocatorData {
  readonly search: Task<SearchArgs, Store[] | undefined>;
  readonly stock: Task<
    readonly [Store[] | undefined, string[], AisleClient],
    Map<string, StockSummary> | undefined
  >;

  constructor(host: Host, options: LocatorDataOptions) {
    this.search = new Task(host, {
      task: async ([origin, radiusKm, limit, services, openNow, source], { signal }) => {
        if (!origin || !source) return undefined;
        if (!host.isConnected) return this.search.value;
        try {
          const found = await source(
            { near: origin.point, radiusKm, limit, services, openNow, now: new Date() },
            signal,
          );
          options.onFound(found);
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
}
