/**
 * The REST provider: the AvailabilityProvider interface over the contract in api/openapi.yaml.
 * Every response goes through the guards in validate.ts before it is returned.
 */
import type {
  AvailabilityProvider,
  AvailabilityQuery,
  ConfirmRequest,
  HoldRequest,
  MutationOptions,
  ReleaseOptions,
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
import type { AvailabilityEntry, Hold, PickupSlot, Reservation, Store } from './types.js';
import {
  validateAvailabilityList,
  validateHold,
  validateReservation,
  validateSlotList,
  validateStore,
  validateStoreList,
} from './validate.js';

export type RestProviderOptions = TransportOptions;

/** A REST provider plus the URL it would request for an availability query (URL-length caps). */
export interface RestProvider extends AvailabilityProvider {
  availabilityUrl(query: AvailabilityQuery): string;
}

function storeQuery(query: StoreQuery): Record<string, QueryValue> {
  return {
    lat: query.near?.lat,
    lng: query.near?.lng,
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
    lat: query.near?.lat,
    lng: query.near?.lng,
    radius: query.near ? query.radiusKm : undefined,
  };
}

export function createRestProvider(options: RestProviderOptions): RestProvider {
  const http: Transport = createTransport(options);
  const signalOf = (o?: RequestOptions) => (o?.signal ? { signal: o.signal } : {});

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

    async getSlots(storeId: string, date: string, o?: RequestOptions): Promise<PickupSlot[]> {
      const json = await http.request({
        method: 'GET',
        path: `/stores/${segment(storeId)}/slots`,
        query: { date },
        ...signalOf(o),
      });
      return validateSlotList(json);
    },

    async createHold(request: HoldRequest, o: MutationOptions): Promise<Hold> {
      const json = await http.request({
        method: 'POST',
        path: '/holds',
        body: request,
        headers: { 'Idempotency-Key': o.idempotencyKey },
        ...signalOf(o),
      });
      return validateHold(json);
    },

    async confirmHold(
      holdId: string,
      request: ConfirmRequest,
      o: MutationOptions,
    ): Promise<Reservation> {
      const json = await http.request({
        method: 'POST',
        path: `/holds/${segment(holdId)}/confirm`,
        body: request,
        headers: { 'Idempotency-Key': o.idempotencyKey },
        ...signalOf(o),
      });
      return validateReservation(json);
    },

    async releaseHold(holdId: string, o?: ReleaseOptions): Promise<void> {
      await http.request({
        method: 'DELETE',
        path: `/holds/${segment(holdId)}`,
        ...signalOf(o),
        ...(o?.keepalive ? { keepalive: true } : {}),
      });
    },

    async getReservation(reservationId: string, o?: RequestOptions): Promise<Reservation> {
      const json = await http.request({
        method: 'GET',
        path: `/reservations/${segment(reservationId)}`,
        ...signalOf(o),
      });
      return validateReservation(json);
    },

    async cancelReservation(reservationId: string, o?: RequestOptions): Promise<Reservation> {
      const json = await http.request({
        method: 'DELETE',
        path: `/reservations/${segment(reservationId)}`,
        ...signalOf(o),
      });
      return validateReservation(json);
    },
  };
}
