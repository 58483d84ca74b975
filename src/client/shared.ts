/**
 * One client per configuration, shared by every element on the page, so all badges go through
 * one batcher and one cache.
 */
import { DEFAULT_CONFIG, runtimeConfig } from '../config/config.js';
import { AisleClient } from './client.js';
import { loadOnce } from './load-once.js';

export interface ClientConfig {
  api: string;
  apiKey?: string;
  locale?: string;
  /**
   * Serve every request from the built-in mock API (`<aisle-config mock>`): the client then uses
   * {@link mockModeFetch} on the mock's base path, whatever `api`, `fetch` or `provider` say.
   */
  mock?: boolean;
}

/** The mock's code: one download, asked again after a failed one (a CDN blip on a preview). */
const mockModule = loadOnce(() => import('../mocks/mock-fetch.js'));

/**
 * The mock API as a `fetch`. The mock (MSW and its data set) is loaded by a dynamic `import()` on
 * the first request, so a page without `mock` never downloads it; the page's own `fetch` is never
 * touched. Also for the online geocoders in mock mode.
 */
export const mockModeFetch = async (
  input: string | URL | Request,
  init?: RequestInit,
): Promise<Response> => {
  const { mockFetch } = await mockModule();
  return mockFetch(input, init);
};

const clients = new Map<string, AisleClient>();
const identities = new WeakMap<object, number>();
let nextIdentity = 1;

/** A stable number per object (provider or fetch), for the instance key. */
function identity(value: object | undefined): number {
  if (!value) return 0;
  let n = identities.get(value);
  if (n === undefined) {
    n = nextIdentity++;
    identities.set(value, n);
  }
  return n;
}

/**
 * The shared client for (api, apiKey, locale) and the `provider`/`fetch` given to `configure()`.
 * A new `configure({ provider })` or `configure({ fetch })` gives new instances; elements pick
 * them up when they re-resolve their configuration.
 */
export function clientFor(config: ClientConfig): AisleClient {
  if (config.mock) return mockClientFor(config);
  const { provider, fetch } = runtimeConfig();
  const key = JSON.stringify([
    config.api,
    config.apiKey ?? '',
    config.locale ?? '',
    identity(provider),
    identity(fetch),
  ]);
  let client = clients.get(key);
  if (!client) {
    client = new AisleClient({
      api: config.api,
      ...(config.apiKey ? { apiKey: config.apiKey } : {}),
      ...(config.locale ? { locale: config.locale } : {}),
      ...(provider ? { provider } : {}),
      ...(fetch ? { fetch } : {}),
    });
    clients.set(key, client);
  }
  return client;
}

/** One shared mock-mode client per (apiKey, locale), on the mock's base path. */
function mockClientFor(config: ClientConfig): AisleClient {
  const key = JSON.stringify(['mock', config.apiKey ?? '', config.locale ?? '']);
  let client = clients.get(key);
  if (!client) {
    client = new AisleClient({
      api: DEFAULT_CONFIG.api,
      ...(config.apiKey ? { apiKey: config.apiKey } : {}),
      ...(config.locale ? { locale: config.locale } : {}),
      fetch: mockModeFetch,
    });
    clients.set(key, client);
  }
  return client;
}

/** Test hook: forget the shared clients (and so their caches). @internal */
export function resetClientsForTests(): void {
  clients.clear();
}
