/**
 * The mock availability API: MSW handlers for the whole contract (api/openapi.yaml) over a
 * seeded data set, with state (holds, reservations, idempotency), scenario switches and counters.
 *
 *   import { mockApi } from './mock-api.js';          // the default instance, base /aisle-api/v1
 *   setupWorker(...mockApi.handlers)                  // or startFetchMock(), or msw/node
 *   const api = createMockApi({ base: 'https://api.example.com/v1', requireApiKey: true });
 */
import { http, type RequestHandler } from 'msw';
import type { Store } from '../client/types.js';
import { PRODUCTS, type MockProduct } from './data/products.js';
import { buildDefaultStores, DEFAULT_SEED } from './data/stores.js';
import type { Route } from './api/context.js';
import { BadRequest } from './api/http-utils.js';
import { forgetReservations, restoreReservations, saveReservations } from './api/memory.js';
import { problemResponse } from './api/problems.js';
import { getAvailability, getSlots, getStore, searchStores } from './api/read-routes.js';
import { corrupt, ScenarioSwitch, type MockScenario } from './api/scenario.js';
import { MockState, type EndpointName, type MockStats, type StockOverride } from './api/state.js';
import {
  cancelReservation,
  confirmHold,
  extendHold,
  createHold,
  getReservation,
  releaseHold,
} from './api/write-routes.js';

export type { EndpointName, MockScenario, MockStats, StockOverride, MockProduct };
export { ENDPOINTS } from './api/state.js';

export const DEFAULT_BASE = '/aisle-api/v1';

export interface MockApiOptions {
  /** Base path (any origin) or absolute base URL. Default `/aisle-api/v1`. */
  base?: string;
  /** Seed of the data set, ids and stock. */
  seed?: number;
  /** The store network; default: the 320 seeded stores (see `generateStores` for more). */
  stores?: Store[];
  products?: readonly MockProduct[];
  /** `true`: any `Authorization: Bearer <token>`; a string: exactly that token. Else 401. */
  requireApiKey?: boolean | string;
  /** Baseline stock moves by up to 2 units every ten minutes ("stock that changes"). Off by default. */
  drift?: boolean;
  /** The scenario in force after creation and after `reset()`. */
  scenario?: MockScenario;
}

export interface MockApi {
  readonly handlers: RequestHandler[];
  readonly base: string;
  readonly stores: readonly Store[];
  readonly products: readonly MockProduct[];
  /** Forgets holds, reservations, idempotency keys, stock overrides, counters and scenario. */
  reset(): void;
  /** Replaces the scenario (`setScenario({})` or no argument: no faults). */
  setScenario(scenario?: MockScenario): void;
  /** The scenario in force (with `times` counting down). */
  scenario(): MockScenario;
  stats(): MockStats;
  /** Sets a pair's stock on the shelf; `undefined` makes the pair unknown (missing). */
  setStock(sku: string, storeId: string, stock: StockOverride | undefined): void;
  /**
   * Keeps the reservations in `storage` (the demo's and `<aisle-config mock>`'s sessionStorage)
   * and takes back those it holds, so a reload finds them as a server would; ids are then drawn
   * from the clock, so none given before the reload is given again. No personal data is kept.
   */
  remember(storage: Storage): void;
}

function pattern(base: string): string {
  const trimmed = base.replace(/\/+$/, '');
  return /^https?:\/\//.test(trimmed)
    ? trimmed
    : `*${trimmed.startsWith('/') ? '' : '/'}${trimmed}`;
}

export function createMockApi(options: MockApiOptions = {}): MockApi {
  const base = options.base ?? DEFAULT_BASE;
  const seed = options.seed ?? DEFAULT_SEED;
  const stores = options.stores ?? buildDefaultStores(seed);
  const products = options.products ?? PRODUCTS;
  const state = new MockState(
    stores,
    products.map((p) => p.sku),
    seed,
  );
  state.drift = !!options.drift;
  const scenario = new ScenarioSwitch();
  scenario.set(options.scenario);
  let memory: Storage | undefined;
  const prefix = pattern(base);
  const key = options.requireApiKey;

  function authorized(request: Request): boolean {
    if (!key) return true;
    const auth = request.headers.get('Authorization') ?? '';
    return key === true ? /^Bearer\s+\S+/.test(auth) : auth === `Bearer ${key}`;
  }

  type Method = 'get' | 'post' | 'delete';
  function route(
    endpoint: EndpointName,
    method: Method,
    path: string,
    handler: Route,
  ): RequestHandler {
    return http[method](`${prefix}${path}`, async ({ request, params }) => {
      state.stats.requests[endpoint]++;
      state.stats.total++;
      const lang = request.headers.get('Accept-Language');
      const fault = scenario.take(endpoint, lang);
      if (fault) {
        state.stats.faults++;
        await scenario.wait(fault);
        if (fault.response) return fault.response;
      }
      if (!authorized(request)) {
        return problemResponse(
          'unauthorized',
          'Send Authorization: Bearer <api key>',
          lang,
          {},
          {
            'WWW-Authenticate': 'Bearer realm="aisle"',
          },
        );
      }
      const now = Date.now();
      state.sweep(now);
      let response: Response;
      try {
        response = await handler({
          state,
          request,
          url: new URL(request.url),
          params: params as Record<string, string>,
          lang,
          now,
          emptyStores: !!fault?.emptyStores,
        });
      } catch (error) {
        if (!(error instanceof BadRequest)) throw error;
        return problemResponse('invalid_request', error.message, lang);
      }
      if (memory && (endpoint === 'confirmHold' || endpoint === 'cancelReservation'))
        saveReservations(state, memory);
      // As a web server does: the mock's clock, which the hold countdown reads.
      response.headers.set('Date', new Date(now).toUTCString());
      const type = response.headers.get('Content-Type') ?? '';
      if (fault?.invalidSchema && response.ok && type.startsWith('application/json')) {
        const body = corrupt(await response.json());
        return new Response(JSON.stringify(body), {
          status: response.status,
          headers: response.headers,
        });
      }
      return response;
    });
  }

  const handlers: RequestHandler[] = [
    route('searchStores', 'get', '/stores', searchStores),
    route('getStore', 'get', '/stores/:storeId', getStore),
    route('getSlots', 'get', '/stores/:storeId/slots', getSlots),
    route('getAvailability', 'get', '/availability', getAvailability),
    route('createHold', 'post', '/holds', createHold),
    route('confirmHold', 'post', '/holds/:holdId/confirm', confirmHold),
    route('extendHold', 'post', '/holds/:holdId/extend', extendHold),
    route('releaseHold', 'delete', '/holds/:holdId', releaseHold),
    route('getReservation', 'get', '/reservations/:reservationId', getReservation),
    route('cancelReservation', 'delete', '/reservations/:reservationId', cancelReservation),
    // Anything else under the base is a 404 problem, as a real API would answer.
    http.all(`${prefix}/*`, ({ request }) =>
      problemResponse(
        'not_found',
        `No route ${request.method} ${new URL(request.url).pathname}`,
        request.headers.get('Accept-Language'),
      ),
    ),
  ];

  return {
    handlers,
    base,
    stores,
    products,
    reset() {
      state.reset();
      if (memory) forgetReservations(memory);
      scenario.set(options.scenario);
    },
    setScenario: (s) => scenario.set(s),
    scenario: () => scenario.get(),
    stats: () => structuredClone(state.stats),
    setStock(sku, storeId, stock) {
      state.overrides.set(`${sku}|${storeId}`, stock ? { ...stock } : null);
      state.touch(sku, storeId);
    },
    remember(storage) {
      memory = storage;
      restoreReservations(state, storage);
      state.reseed(Date.now());
    },
  };
}

/** The default mock: the seeded data set at `/aisle-api/v1` on any origin. */
export const mockApi: MockApi = createMockApi();
