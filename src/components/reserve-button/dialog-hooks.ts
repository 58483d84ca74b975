/**
 * What the reserve dialog does as its flow tells it: the page hears events
 * (`aisle-hold-created`, `aisle-reservation-confirmed`…), the screen reader hears the hold's news,
 * and the session's record (kept-reservation.ts) follows holds, confirms and cancellations.
 */
import type { Reservation } from '../../client/types.js';
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
  dialogOpen(): boolean;
  /** Says `text` in the button's polite live region (the dialog's is hidden once it is closed). */
  announceClosed(text: string): void;
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
      // Answered after the shopper closed the dialog: the button now reads "View your
      // reservation", which a screen reader does not say by itself (WCAG 4.1.3).
      if (!d.dialogOpen() && host.isConnected) d.announceClosed(d.msg().reserveConfirmedClosed);
      tellConfirmed(host, reservation);
    },
    // Refused once the dialog was closed: said from the button, and told the page (aisle-error).
    onRefusedClosed: (e) => {
      if (host.isConnected) d.announceClosed(d.msg().reserveRefusedClosed);
      d.error(e);
    },
    onCancelled: (reservation) => {
      d.kept().forget(reservation.sku);
      host.emit('aisle-reservation-cancelled', { reservation });
    },
    onError: (e) => {
      d.error(e);
      if (e.action === 'confirm') d.kept().confirmFailed();
    },
  };
}

/**
 * Tells the page of a reservation made: from the button; or, when the page removed the button
 * meanwhile (a single-page app leaving the product page mid-confirm), from its document, where a
 * listener on `document` or `window` hears it, with `detail.element` the removed button. Told once
 * either way: putting the button back does not tell it again.
 */
export function tellConfirmed(host: AisleReserveButton, reservation: Reservation): void {
  if (host.isConnected) return void host.emit('aisle-reservation-confirmed', { reservation });
  const detail = { reservation, element: host };
  const init = { bubbles: true, composed: true, detail };
  host.ownerDocument.dispatchEvent(new CustomEvent('aisle-reservation-confirmed', init));
}
