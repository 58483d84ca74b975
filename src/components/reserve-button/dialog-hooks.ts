/**
 * What the reserve dialog does as its flow tells it: the page hears events
 * (`aisle-hold-created`, `aisle-reservation-confirmed`…), the screen reader hears the hold's news,
 * and the session's record (kept-reservation.ts) follows holds, confirms and cancellations.
 */
import type { Hold } from '../../client/types.js';
import type { AisleEventDetails, AisleEventName } from '../../internal/events.js';
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
    // Said by the focus, which moves to the held step's heading (described by the countdown).
    onHoldCreated: (hold) => tell(host, 'aisle-hold-created', { hold }),
    onHoldExpired: (hold) => tellExpired(host, hold),
    onHoldExtended: () => d.announce(d.msg().reserveExtended(wholeMinutes(d.remainingMs()))),
    onHoldAsked: (request, key) => d.kept().left.asked(request, key),
    onHoldAnswered: (request, key) => d.kept().left.answered(request, key),
    onConfirming: (hold) => d.kept().confirming(hold),
    onHoldSettled: (hold) => d.kept().settled(hold),
    // Badges and locators on the page show that stock again (stock-moved-controller.ts).
    onHoldReleased: (hold) => tell(host, 'aisle-hold-released', { hold }),
    confirmTurn: (hold, confirm) => d.kept().inTurn(hold, confirm),
    onGaveWay: () => d.kept().confirmFailed(),
    onConfirmed: (reservation) => {
      d.kept().confirmed(reservation);
      // Answered after the shopper closed the dialog: the button now reads "View your
      // reservation", which a screen reader does not say by itself (WCAG 4.1.3).
      if (!d.dialogOpen() && host.isConnected) d.announceClosed(d.msg().reserveConfirmedClosed);
      tell(host, 'aisle-reservation-confirmed', { reservation });
    },
    // Refused once the dialog was closed: said from the button, and told the page (aisle-error).
    onRefusedClosed: (e) => {
      if (host.isConnected) d.announceClosed(d.msg().reserveRefusedClosed);
      d.error(e);
    },
    onCancelled: (reservation) => {
      d.kept().forget(reservation.sku, reservation);
      tell(host, 'aisle-reservation-cancelled', { reservation });
    },
    onError: (e) => {
      d.error(e);
      if (e.action === 'confirm') d.kept().confirmFailed();
    },
  };
}

/**
 * Tells the page an event: from the button; or, when the page removed the button meanwhile (a
 * single-page app leaving the product page mid-confirm, whose answer, made or refused, comes
 * later), from its document, where a listener on `document` or `window` hears it, with
 * `detail.element` the removed button. Told once either way: putting the button back does not
 * tell it again.
 */
export function tell<K extends AisleEventName>(
  host: AisleReserveButton,
  name: K,
  detail: Omit<AisleEventDetails[K], 'element'>,
): void {
  if (host.isConnected) return void host.emit(name, detail);
  const init = { bubbles: true, composed: true, detail: { ...detail, element: host } };
  host.ownerDocument.dispatchEvent(new CustomEvent(name, init));
}

/**
 * Tells the page a hold ran out (its clock, or a confirm answered 410): the hold as it now is,
 * `status: "expired"`, not as it was held.
 */
export function tellExpired(host: AisleReserveButton, hold: Hold): void {
  tell(host, 'aisle-hold-expired', { hold: { ...hold, status: 'expired' } });
}
