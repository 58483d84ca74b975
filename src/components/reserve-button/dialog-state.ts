/** The reserve dialog's own state (reserve-dialog.ts): every change re-renders its button. */
import type { Announcement } from '../../internal/announcement.js';
import type { FlowState } from './flow.js';

/** The dialog's own state; every change re-renders the host. */
/** How long a reservation set aside (the dialog closed) keeps its choices and form: 10 minutes. */
export const SET_ASIDE_KEPT_MS = 10 * 60_000;

export interface DialogState {
  flow: FlowState;
  /** A store picked in the dialog (an alternative, or from the picker). */
  chosenStore: string;
  picking: boolean;
  /**
   * When the dialog was closed (or the flow set aside) during a reservation, before it was
   * confirmed (0: it was not): an opening within SET_ASIDE_KEPT_MS goes back to the store step
   * with the choices and the form as they were (`wanted`, `slotId`, `chosenStore`, the contact
   * form), as "Change store" does; a later one starts anew, so a shared screen does not show one
   * shopper's details to the next for long. In memory only.
   */
  setAside: number;
  wanted: number;
  slotId: string;
  /**
   * The chosen slot can no longer be kept (a page left open): found on "Hold it", or, for the held
   * slot, on the contact step (its minute tick, "Confirm", or the server's 409 `slot_passed`).
   */
  slotPassed: boolean;
  /**
   * The confirm's network failure on screen when the browser came back online: while it still
   * shows, the contact step says the shopper is back online and can press "Confirm" again.
   */
  backOnline: FlowState['error'];
  announcement: Announcement | undefined;
  /** The button's live region: a confirm answered once the dialog was closed. */
  news: Announcement | undefined;
  /** Bumped to reload the store step (after a 409). */
  storeEpoch: number;
  /** Opened with a reservation kept for this SKU: reading it again, or that failed. */
  checking: 'pending' | 'failed' | 'lost' | undefined;
  /** The reservation shown was made in another tab, in place of this dialog's flow. */
  otherTab: boolean;
  /**
   * The product the dialog was opened for. A variant picker changing the button's `sku` or
   * `product-name` meanwhile changes neither the open flow (its store step, its hold) nor its
   * title or calendar event: the button follows the new product once the dialog is closed.
   */
  product: { sku: string; name: string };
}

export function initialDialogState(): DialogState {
  return {
    flow: { step: 'idle' },
    chosenStore: '',
    picking: false,
    setAside: 0,
    wanted: 1,
    slotId: '',
    slotPassed: false,
    backOnline: undefined,
    announcement: undefined,
    news: undefined,
    storeEpoch: 0,
    checking: undefined,
    otherTab: false,
    product: { sku: '', name: '' },
  };
}

/** What closing the dialog resets (the flow, the choices and the form stay for a reopen). */
export const onClose: Partial<DialogState> = {
  picking: false,
  slotPassed: false,
  announcement: undefined,
  checking: undefined,
  otherTab: false,
};
