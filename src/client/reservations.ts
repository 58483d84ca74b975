/**
 * The client's reservation side: slots, holds and reservations through its provider, and what
 * they do to its cache (held or refused, confirmed, released or cancelled, the cached stock of
 * that product is forgotten). Only the reserve dialog asks for them, so this module is left out
 * of the core chunk that every page runs (scripts/build.mjs) and loads with the dialog.
 */
import type { AisleClient } from './client.js';
import type {
  ConfirmRequest,
  HoldRequest,
  MutationOptions,
  ReleaseOptions,
  RequestOptions,
} from './provider.js';
import type { Hold, PickupSlot, Reservation } from './types.js';
import { validateHold, validateReservation, validateSlotList } from './validate-reservations.js';

export class ClientReservations {
  /** Hold id -> sku, so releasing a hold can invalidate that sku's availability. */
  readonly #holdSkus = new Map<string, string>();

  constructor(private readonly client: AisleClient) {}

  async getSlots(storeId: string, date: string, opts?: RequestOptions): Promise<PickupSlot[]> {
    return this.client.checked(
      validateSlotList,
      await this.client.provider.getSlots(storeId, date, opts),
    );
  }

  async createHold(request: HoldRequest, opts: MutationOptions): Promise<Hold> {
    try {
      const hold = this.client.checked(
        (json) => validateHold(json, request),
        await this.client.provider.createHold(request, opts),
      );
      this.#holdSkus.set(hold.id, hold.sku);
      return hold;
    } finally {
      // Held or refused (stock gone), the cached stock of this sku is no longer right.
      this.client.invalidate(request.sku);
    }
  }

  async confirmHold(
    holdId: string,
    request: ConfirmRequest,
    opts: MutationOptions,
  ): Promise<Reservation> {
    const reservation = this.client.checked(
      validateReservation,
      await this.client.provider.confirmHold(holdId, request, opts),
    );
    this.client.invalidate(reservation.sku);
    return reservation;
  }

  /** More time on a hold; `undefined` when the provider cannot give it (see `extendHold`). */
  extendHold(holdId: string, opts: MutationOptions): Promise<Hold> | undefined {
    return this.client.provider
      .extendHold?.(holdId, opts)
      .then((hold) => this.client.checked(validateHold, hold));
  }

  async releaseHold(holdId: string, opts?: ReleaseOptions): Promise<void> {
    await this.client.provider.releaseHold(holdId, opts);
    const sku = this.#holdSkus.get(holdId);
    this.#holdSkus.delete(holdId);
    this.client.invalidate(sku);
  }

  async getReservation(reservationId: string, opts?: RequestOptions): Promise<Reservation> {
    return this.client.checked(
      validateReservation,
      await this.client.provider.getReservation(reservationId, opts),
    );
  }

  async cancelReservation(reservationId: string, opts?: RequestOptions): Promise<Reservation> {
    const reservation = this.client.checked(
      validateReservation,
      await this.client.provider.cancelReservation(reservationId, opts),
    );
    this.client.invalidate(reservation.sku);
    return reservation;
  }
}

const ofClient = new WeakMap<AisleClient, ClientReservations>();

/** The reservation side of `client`: one per client, so a hold's sku is known at its release. */
export function reservationsOf(client: AisleClient): ClientReservations {
  let reservations = ofClient.get(client);
  if (!reservations) {
    reservations = new ClientReservations(client);
    ofClient.set(client, reservations);
  }
  return reservations;
}
