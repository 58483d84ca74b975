/**
 * The REST provider: the AvailabilityProvider interface over the contract in api/openapi.yaml.
 * Every response goes through the guards in validate.ts before it is returned.
 */
import type {
  AvailabilityProvider,
  AvailabilityQuery,
  RequestOptions,
  StoreQuery,
} from './provider.js';
import {
  createTransport,
  segment,
  type QueryValue,
  type Transport,
  type TransportOptions,
} from './transport.js';
import type { AvailabilityEntry, LatLng, Store } from './types.js';
import { AisleApiError } from './errors.js';
import { loadOnce } from './load-once.js';
import { signalOf } from './transport.js';
import { validateAvailabilityList, validateStore, validateStoreList } from './validate.js';

export type RestProviderOptions = TransportOptions;

/** A REST provider plus the URL it would request for an availability query (URL-length caps). */
export interface RestProvider extends AvailabilityProvider {
  availabilityUrl(query: AvailabilityQuery): string;
}

/**
 * A position as the API gets it: to three decimals (about 100 m), enough to find stores within
 * kilometres, never the shopper's exact location (distances are measured in the browser).
 */
const near = ({ near }: { near?: LatLng | undefined }) =>
  near && { lat: +near.lat.toFixed(3), lng: +near.lng.toFixed(3) };

function storeQuery(query: StoreQuery): Record<string, QueryValue> {
  return {
    ...near(query),
    radius: query.near ? query.radiusKm : undefined,
    limit: query.limit,
    q: query.q?.trim() || undefined,
    services: query.services,
    openNow: query.openNow ? true : undefined,
  };
}

function availabilityQuery(query: AvailabilityQuery): Record<string, QueryValue> {
  if (query.storeIds) return { skus: query.skus, stores: query.storeIds };
  return {
    skus: query.skus,
    ...near(query),
    radius: query.near ? query.radiusKm : undefined,
  };
}

export function createRestProvider(options: RestProviderOptions): RestProvider {
  const http: Transport = createTransport(options);
  // A failed load is a network failure to the caller (nothing was sent; trying again is safe),
  // with the code the other lazily loaded parts report.
  const reservations = loadOnce(() =>
    import('./rest-reservations.js').then(
      (m) => m.reservationRequests(http),
      (cause: unknown) => {
        throw new AisleApiError('network', 'Could not load the reservation requests.', {
          code: 'load_failed',
          cause,
        });
      },
    ),
  );
  return {
    availabilityUrl: (query) => http.url('/availability', availabilityQuery(query)),

    async searchStores(query: StoreQuery, o?: RequestOptions): Promise<Store[]> {
      const json = await http.request({
        method: 'GET',
        path: '/stores',
        query: storeQuery(query),
        ...signalOf(o),
      });
      return validateStoreList(json);
    },

    async getStore(storeId: string, o?: RequestOptions): Promise<Store> {
      const json = await http.request({
        method: 'GET',
        path: `/stores/${segment(storeId)}`,
        ...signalOf(o),
      });
      return validateStore(json);
    },

    async getAvailability(query: AvailabilityQuery, o?: RequestOptions) {
      if (!query.skus.length || (query.storeIds && !query.storeIds.length)) return [];
      const json = await http.request({
        method: 'GET',
        path: '/availability',
        query: availabilityQuery(query),
        ...signalOf(o),
      });
      return validateAvailabilityList(json) as AvailabilityEntry[];
    },

    // Slots, holds and reservations (rest-reservations.ts): their code loads with the first of
    // them, so pages that only show stock never download it.
    getSlots: async (...args) => (await reservations()).getSlots(...args),
    createHold: async (...args) => (await reservations()).createHold(...args),
    confirmHold: async (...args) => (await reservations()).confirmHold(...args),
    extendHold: async (...args) => (await reservations()).extendHold(...args),
    releaseHold: async (...args) => (await reservations()).releaseHold(...args),
    getReservation: async (...args) => (await reservations()).getReservation(...args),
    cancelReservation: async (...args) => (await reservations()).cancelReservation(...args),
  };
}
