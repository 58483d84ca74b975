/**
 * What the reserve dialog does as its flow tells it: the page hears events
 * (`aisle-hold-created`, `aisle-reservation-confirmed`…), the screen reader hears the hold's news,
 * and the session's record (kept-reservation.ts) follows holds, confirms and cancellations.
 */
import type { FlowError } from './flow-errors.js';
import type { FlowHooks, FlowState } from './flow-types.js';
import type { ReserveElementMessages } from './dialog-messages.js';
import { wholeMinutes } from './hold-clock.js';
import type { KeptReservation } from './kept-reservation.js';
import type { AisleReserveButton } from './reserve-button.js';

/** What the flow's hooks need from the dialog. */
export interface HooksDialog {
  host: AisleReserveButton;
  /** The dialog's strings now. */
  msg(): ReserveElementMessages;
  /** The session's record (created after the flow, hence a function). */
  kept(): KeptReservation;
  /** What is left of the hold, in ms. */
  remainingMs(): number;
  /** Says `text` in the dialog's polite live region. */
  announce(text: string): void;
  change(state: FlowState): void;
  error(error: FlowError): void;
}

export function flowHooks(d: HooksDialog): FlowHooks {
  const { host } = d;
  return {
    onChange: (s) => d.change(s),
    onHoldCreated: (hold) => {
      d.announce(d.msg().reserveHoldStarted(wholeMinutes(d.remainingMs())));
      host.emit('aisle-hold-created', { hold });
    },
    onHoldExpired: (hold) => host.emit('aisle-hold-expired', { hold }),
    onHoldExtended: () => d.announce(d.msg().reserveExtended(wholeMinutes(d.remainingMs()))),
    onHoldAsked: (request, key) => d.kept().holdAsked(request, key),
    onHoldAnswered: (request, key) => d.kept().holdAnswered(request, key),
    onConfirming: (hold) => d.kept().confirming(hold),
    onHoldSettled: (hold) => d.kept().settled(hold),
    onConfirmed: (reservation) => {
      d.kept().confirmed(reservation);
      host.emit('aisle-reservation-confirmed', { reservation });
    },
    onCancelled: (reservation) => {
      d.kept().forget(reservation.sku);
      host.emit('aisle-reservation-cancelled', { reservation });
    },
    onError: (e) => d.error(e),
  };
}
