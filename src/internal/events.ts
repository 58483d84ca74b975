import type { Hold, Reservation, Store } from '../client/types.js';

/** Every Aisle event detail says which element instance fired it. */
export interface AisleEventBase {
  /** The Aisle element that fired the event (stable even when the event is retargeted). */
  element: HTMLElement;
}

export interface AisleStoreChangeDetail extends AisleEventBase {
  /** The shopper's new store id, or null when it was cleared. */
  storeId: string | null;
  previousStoreId: string | null;
  /** The store, when the element that changed it knows it. */
  store?: Store;
}

export interface AisleHoldDetail extends AisleEventBase {
  hold: Hold;
}

export interface AisleReservationDetail extends AisleEventBase {
  reservation: Reservation;
}

export interface AisleErrorDetail extends AisleEventBase {
  /** A stable code: a problem `code` from the API, or one of the SDK's (`network`, `timeout`…). */
  code: string;
  /** A developer-facing description (the shopper sees a localised message). */
  message: string;
  /** HTTP status, when the failure was an HTTP answer. */
  status?: number;
}

/** Event names and their detail types. Names are part of the public contract. */
export interface AisleEventDetails {
  'aisle-store-change': AisleStoreChangeDetail;
  'aisle-hold-created': AisleHoldDetail;
  'aisle-hold-expired': AisleHoldDetail;
  'aisle-hold-released': AisleHoldDetail;
  'aisle-reservation-confirmed': AisleReservationDetail;
  'aisle-reservation-cancelled': AisleReservationDetail;
  'aisle-error': AisleErrorDetail;
}

export type AisleEventName = keyof AisleEventDetails;

export type AisleEvent<K extends AisleEventName> = CustomEvent<AisleEventDetails[K]>;

declare global {
  interface GlobalEventHandlersEventMap {
    'aisle-store-change': AisleEvent<'aisle-store-change'>;
    'aisle-hold-created': AisleEvent<'aisle-hold-created'>;
    'aisle-hold-expired': AisleEvent<'aisle-hold-expired'>;
    'aisle-hold-released': AisleEvent<'aisle-hold-released'>;
    'aisle-reservation-confirmed': AisleEvent<'aisle-reservation-confirmed'>;
    'aisle-reservation-cancelled': AisleEvent<'aisle-reservation-cancelled'>;
    'aisle-error': AisleEvent<'aisle-error'>;
  }
}
