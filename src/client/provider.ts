/**
 * The provider interface: what Aisle asks of an availability back end. The REST provider
 * (rest-provider.ts) implements it for the contract in api/openapi.yaml; a retailer may pass
 * their own object instead (`configure({ provider })`). Elements never call a provider
 * directly: they go through the client (client.ts), which adds batching, caching and retries.
 */
import type {
  AvailabilityEntry,
  Consent,
  Customer,
  Hold,
  LatLng,
  PickupSlot,
  Reservation,
  Store,
} from './types.js';

export interface RequestOptions {
  /** Aborts the request (and, for batched lookups, only this caller's share of it). */
  signal?: AbortSignal;
}

export interface MutationOptions extends RequestOptions {
  /**
   * Sent as `Idempotency-Key`. The caller keeps the same key when it retries the same action,
   * so the server never holds or confirms twice.
   */
  idempotencyKey: string;
}

export interface ReleaseOptions extends RequestOptions {
  /** Lets the request outlive the page (used when the shopper leaves mid-hold). */
  keepalive?: boolean;
}

export interface StoreQuery {
  near?: LatLng;
  /** Kilometres around `near`. */
  radiusKm?: number;
  limit?: number;
  /** Free text: name, postcode or city. */
  q?: string;
  services?: string[];
  openNow?: boolean;
}

/** Either `storeIds`, or `near` (with an optional radius). */
export interface AvailabilityQuery {
  skus: string[];
  storeIds?: string[];
  near?: LatLng;
  radiusKm?: number;
}

export interface HoldRequest {
  sku: string;
  storeId: string;
  quantity: number;
  slotId?: string;
}

export interface ConfirmRequest {
  customer: Customer;
  consent: Consent;
}

export interface AvailabilityProvider {
  searchStores(query: StoreQuery, options?: RequestOptions): Promise<Store[]>;
  getStore(storeId: string, options?: RequestOptions): Promise<Store>;
  /** One entry per known (sku, store) pair; a missing pair means unknown. */
  getAvailability(query: AvailabilityQuery, options?: RequestOptions): Promise<AvailabilityEntry[]>;
  /** `date` is the store's local date, "YYYY-MM-DD". */
  getSlots(storeId: string, date: string, options?: RequestOptions): Promise<PickupSlot[]>;
  createHold(request: HoldRequest, options: MutationOptions): Promise<Hold>;
  confirmHold(
    holdId: string,
    request: ConfirmRequest,
    options: MutationOptions,
  ): Promise<Reservation>;
  /**
   * More time on a hold: the store's `holdMinutes` again from now (`POST /holds/{id}/extend`).
   * Optional: without it, the reserve dialog says more time cannot be given.
   */
  extendHold?(holdId: string, options: MutationOptions): Promise<Hold>;
  releaseHold(holdId: string, options?: ReleaseOptions): Promise<void>;
  getReservation(reservationId: string, options?: RequestOptions): Promise<Reservation>;
  cancelReservation(reservationId: string, options?: RequestOptions): Promise<Reservation>;
}

/** The functions a provider object must have (checked when a retailer passes one). */
export const PROVIDER_METHODS = [
  'searchStores',
  'getStore',
  'getAvailability',
  'getSlots',
  'createHold',
  'confirmHold',
  'releaseHold',
  'getReservation',
  'cancelReservation',
] as const satisfies ReadonlyArray<keyof AvailabilityProvider>;

/** The provider methods `value` lacks (all of them when it is not an object). */
export function missingProviderMethods(value: unknown): string[] {
  if ((typeof value !== 'object' && typeof value !== 'function') || value === null) {
    return [...PROVIDER_METHODS];
  }
  const o = value as Record<string, unknown>;
  return PROVIDER_METHODS.filter((m) => typeof o[m] !== 'function');
}
