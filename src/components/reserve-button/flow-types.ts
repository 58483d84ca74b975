/** The reservation flow's shapes (flow.ts): its steps, its state, what it needs and what it tells. */
import type { AvailabilityProvider, HoldRequest, MutationOptions } from '../../client/provider.js';
import type { Hold, Reservation } from '../../client/types.js';
import type { FlowError } from './flow-errors.js';

/** What the flow needs from the API client (a subset of `ClientReservations`). */
export type ReserveApi = Pick<
  AvailabilityProvider,
  'createHold' | 'confirmHold' | 'releaseHold' | 'cancelReservation' | 'getReservation'
> & {
  /** More time on a hold; `undefined` when the API cannot give it (as `ClientReservations`'). */
  extendHold(holdId: string, options: MutationOptions): Promise<Hold> | undefined;
};

export type FlowStep =
  'idle' | 'store' | 'holding' | 'contact' | 'confirming' | 'confirmed' | 'expired' | 'cancelled';

export interface FlowState {
  step: FlowStep;
  /** The last hold request (kept so "try again" can hold the same thing). */
  request?: HoldRequest;
  hold?: Hold;
  /** The hold answer replayed an earlier attempt's key: the hold began before it arrived. */
  replayed?: boolean;
  /** Expired after a confirm was sent: its release is asking whether that made the reservation. */
  checking?: boolean;
  reservation?: Reservation;
  error?: FlowError;
}

export interface FlowHooks {
  onChange?(state: FlowState): void;
  onHoldCreated?(hold: Hold): void;
  onHoldExpired?(hold: Hold): void;
  /** The hold was given more time (its new `expiresAt`). */
  onHoldExtended?(hold: Hold): void;
  /** A hold request is sent with `key`: its answer may never come (a reload). */
  onHoldAsked?(request: HoldRequest, key: string): void;
  /** That request's outcome is known: held, refused, or given back. */
  onHoldAnswered?(request: HoldRequest, key: string): void;
  /** A confirm was sent for this hold (its answer may never come: a reload). */
  onConfirming?(hold: Hold): void;
  /** The hold is known not to be a reservation: released, or its confirm refused. */
  onHoldSettled?(hold: Hold): void;
  /** The API took the hold back (the dialog closed, another store chosen): its stock is free. */
  onHoldReleased?(hold: Hold): void;
  onConfirmed?(reservation: Reservation): void;
  /**
   * Confirms of one product take turns across tabs: runs `confirm` in this one's turn, or
   * resolves false without running it when a reservation of the product is kept by then.
   * Without it, `confirm` runs at once.
   */
  confirmTurn?(hold: Hold, confirm: () => Promise<void>): Promise<boolean>;
  /** A confirm gave way (see `confirmTurn`): the reservation kept for the product shows. */
  onGaveWay?(): void;
  /** A confirm was refused after the dialog was closed: no reservation, its hold given back. */
  onRefusedClosed?(error: FlowError): void;
  onCancelled?(reservation: Reservation): void;
  onError?(error: FlowError): void;
}
