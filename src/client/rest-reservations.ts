/**
 * The REST provider's reservation side (slots, holds, reservations): the requests behind the
 * reserve button, over the same transport as rest-provider.ts, through the guards in
 * validate-reservations.ts.
 */
import type {
  AvailabilityProvider,
  ConfirmRequest,
  HoldRequest,
  MutationOptions,
  ReleaseOptions,
  RequestOptions,
} from './provider.js';
import { segment, signalOf, type Transport, type TransportRequest } from './transport.js';
import type { Hold, PickupSlot, Reservation } from './types.js';
import { validateHold, validateReservation, validateSlotList } from './validate-reservations.js';

export type ReservationRequests = Required<
  Pick<
    AvailabilityProvider,
    | 'getSlots'
    | 'createHold'
    | 'confirmHold'
    | 'extendHold'
    | 'releaseHold'
    | 'getReservation'
    | 'cancelReservation'
  >
>;

export function reservationRequests(http: Transport): ReservationRequests {
  return {
    async getSlots(storeId: string, date: string, o?: RequestOptions): Promise<PickupSlot[]> {
      const json = await http.request({
        method: 'GET',
        path: `/stores/${segment(storeId)}/slots`,
        query: { date },
        ...signalOf(o),
      });
      return validateSlotList(json);
    },

    createHold: (request: HoldRequest, o: MutationOptions): Promise<Hold> =>
      holdRequest(
        http,
        {
          method: 'POST',
          path: '/holds',
          body: request,
          headers: { 'Idempotency-Key': o.idempotencyKey },
          ...signalOf(o),
        },
        request,
      ),

    extendHold: (holdId: string, o: MutationOptions): Promise<Hold> =>
      holdRequest(http, {
        method: 'POST',
        path: `/holds/${segment(holdId)}/extend`,
        headers: { 'Idempotency-Key': o.idempotencyKey },
        ...signalOf(o),
      }),

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

/**
 * A hold request, with the server's clock read from the answer's `Date` header: `clockOffsetMs`
 * is measured against this device's clock when the request left, so the time the request took
 * shortens the shopper's countdown rather than lengthening it (the header's whole seconds may
 * add up to one second).
 */
async function holdRequest(
  http: Transport,
  req: TransportRequest,
  asked?: HoldRequest,
): Promise<Hold> {
  const sent = Date.now();
  let offset = NaN;
  const json = await http.request({
    ...req,
    onResponse: (response) => (offset = Date.parse(response.headers.get('Date') ?? '') - sent),
  });
  return {
    ...validateHold(json, asked),
    clockOffsetMs: Number.isFinite(offset) ? offset : undefined,
  };
}
