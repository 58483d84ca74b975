/**
 * Which template each step of the flow shows, from a plain view of the element's state: the
 * element keeps the state and the actions, this file only maps them to the step templates.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import { browserOffline } from '../../internal/dom.js';
import type { Reservation, Store } from '../../client/types.js';
import {
  failureText,
  withOffline,
  type ReserveElementMessages as Messages,
} from './dialog-messages.js';
import {
  CANCELLED_SUMMARY,
  CONFIRMATION_SUMMARY,
  cancelledStep,
  confirmationStep,
} from './confirmation-step.js';
import type { ContactForm } from './contact-form.js';
import { HELD_FOR, contactStep } from './contact-step.js';
import { HELD_WHAT } from './held-summary.js';
import { formatCountdown } from './countdown.js';
import type { FlowError, FlowState } from './flow.js';
import { waitLeft } from './flow-errors.js';
import type { QrPath } from './qr.js';
import type { StoreChoice, StoreStepData } from './store-data.js';
import { expiredStep, storeStep } from './store-step.js';

export interface StepActions {
  reloadStore(): void;
  quantity(q: number): void;
  slot(id: string): void;
  hold(): void;
  changeStore(): void;
  pickStore(storeId: string): void;
  submit(event: SubmitEvent): void;
  back(): void;
  holdAgain(): void;
  moreTime(): void;
  calendar(reservation: Reservation): void;
  cancel(): void;
  keep(): void;
  another(): void;
}

export interface StepView {
  msg: Messages;
  locale: string;
  state: FlowState;
  /** No store to reserve in yet, or the shopper asked to change it: show the picker. */
  needsStore: boolean;
  /** The store step's data, as far as it has loaded. */
  store: {
    status: 'pending' | 'error' | 'complete';
    data?: StoreStepData | undefined;
    /** The error: the API does not know the store (404). */
    gone?: boolean;
    /** The error: no answer (network, timeout). */
    unreachable?: boolean;
  };
  /** Named alternatives from a 409 problem. */
  alternatives: StoreChoice[] | undefined;
  wanted: number;
  slotId: string;
  /** The chosen slot can no longer be kept ("Hold it" pressed, or held on the contact step). */
  slotPassed: boolean;
  /** What is held, on the contact step (held-summary.ts). */
  heldWhat: string | undefined;
  /** The reservation terms' address (`terms-url`), when it is one. */
  termsUrl: string | undefined;
  /** The browser came back online since the confirm's network failure shown (`backOnline`). */
  backOnline: boolean;
  form: ContactForm;
  remainingMs: number;
  /** The reservation shown was made in another tab, in place of this dialog's flow. */
  otherTab: boolean;
  /** "More time" on the hold (the flow's `moreTime`). */
  moreTime: 'offer' | 'busy' | undefined;
  /** What a reservation is of: the product's name the button knows, else its SKU. */
  product(reservation: Reservation): string;
  reservationStore: Store | undefined;
  /** The reservation's store could not be read: asks again. */
  reservationStoreRetry: (() => void) | undefined;
  qr: QrPath | undefined;
  cancelling: boolean;
  /** "Cancel reservation" was pressed once: asking to confirm. */
  askingCancel: boolean;
  /** `<aisle-store-picker>`, or its stand-in while its code loads. */
  picker: () => TemplateResult;
  on: StepActions;
}

/** A reservation kept for this product, being read again ('pending') or unreachable ('failed'). */
export function keptReservation(
  msg: Messages,
  checking: 'pending' | 'failed' | 'lost',
  retry: () => void,
  another: () => void,
): TemplateResult {
  if (checking === 'pending')
    return html`<p class="muted" role="status">${msg.reserveChecking}</p>`;
  if (checking === 'lost')
    return html`<p role="alert" part="note">${msg.reserveLost}</p>
      <button type="button" class="primary" part="another primary" @click=${another}>
        ${msg.reserveAnother}
      </button>`;
  return html`<p role="alert" part="error" class="error">
      ${withOffline(msg, msg.reserveCheckFailed)}
    </p>
    <button type="button" part="retry" @click=${retry}>${msg.retry}</button>`;
}

export function renderStep(v: StepView): TemplateResult | typeof nothing {
  const { msg, state: s, on } = v;
  if (v.needsStore && (s.step === 'store' || s.step === 'holding')) {
    return html`<p part="note">${msg.reserveNoStore}</p>
      ${v.picker()}`;
  }
  switch (s.step) {
    case 'store':
    case 'holding': {
      const { status, data } = v.store;
      if (status === 'error') {
        // No answer (network, timeout), or one it could not use: said as such, unless offline.
        const failed = failureText(
          msg,
          v.store.unreachable ? msg.reserveStoreUnreachable : msg.reserveStoreFailed,
        );
        // A store the API does not know: trying again cannot help, choosing another can.
        return v.store.gone
          ? html`<p role="alert" part="error" class="error">${msg.reserveStoreGone}</p>
              <button type="button" part="change-store" @click=${on.changeStore}>
                ${msg.reserveChangeStore}
              </button>`
          : html`<p role="alert" part="error" class="error">${failed}</p>
              <button type="button" part="retry" @click=${on.reloadStore}>${msg.retry}</button>`;
      }
      if (status === 'pending' || !data) {
        return html`<p class="muted" role="status">${msg.loading}</p>`;
      }
      return storeStep({
        msg,
        locale: v.locale,
        data,
        quantity: v.wanted,
        slotId: v.slotId,
        busy: s.step === 'holding',
        ...(v.slotPassed
          ? { notice: msg.reserveSlotPassed }
          : s.error
            ? {
                notice:
                  s.error.reason === 'stock_unavailable'
                    ? stockRefused(msg, data, s.request?.quantity)
                    : s.error.reason === 'slot_unavailable'
                      ? s.error.otherSlot
                        ? msg.reserveSlotOther
                        : msg.reserveSlotFull
                      : // An earlier confirm's outcome could not be learnt: nothing was held.
                        s.error.action === 'confirm'
                        ? withOffline(msg, msg.reserveCheckFailed)
                        : (busy(msg, s.error) ?? withOffline(msg, msg.reserveHoldFailed)),
              }
            : {}),
        ...(s.error?.alternatives && v.alternatives ? { alternatives: v.alternatives } : {}),
        onQuantity: on.quantity,
        onSlot: on.slot,
        onHold: on.hold,
        onChangeStore: on.changeStore,
        onPickAlternative: on.pickStore,
      });
    }
    case 'contact':
    case 'confirming':
      return contactStep({
        msg,
        values: v.form.values,
        errors: v.form.errors,
        clock: formatCountdown(v.remainingMs, v.locale),
        termsUrl: v.termsUrl,
        busy: s.step === 'confirming',
        ...(v.heldWhat ? { held: v.heldWhat } : {}),
        // The held slot has passed: said, with the way back; no more time for it.
        ...(v.slotPassed
          ? { notice: msg.reserveSlotPassed, onChooseSlot: on.back }
          : s.error
            ? { notice: contactNotice(msg, s.error, v.backOnline) }
            : {}),
        moreTime: v.slotPassed ? undefined : v.moreTime,
        onMoreTime: on.moreTime,
        onInput: (f, value) => v.form.input(f, value),
        onBlur: (f) => v.form.blur(f),
        onSubmit: on.submit,
        onBack: on.back,
      });
    case 'expired':
      return expiredStep(
        msg,
        s.error?.reason === 'hold_expired'
          ? msg.reserveConfirmExpired
          : // Its confirm may have made the reservation: not said "released".
            s.error
            ? withOffline(msg, msg.reserveCheckFailed)
            : s.checking
              ? msg.reserveExpiredChecking
              : msg.reserveExpired,
        on.holdAgain,
      );
    case 'confirmed':
      return s.reservation
        ? confirmationStep({
            msg,
            locale: v.locale,
            reservation: s.reservation,
            product: v.product(s.reservation),
            store: v.reservationStore,
            storeRetry: v.reservationStoreRetry,
            qr: v.qr,
            busy: v.cancelling,
            asking: v.askingCancel,
            // A reservation found collected or expired says so in its heading.
            ...(s.error && s.reservation.status === 'confirmed'
              ? {
                  notice:
                    s.error.reason === 'not_cancellable'
                      ? msg.reserveCannotCancel
                      : msg.reserveCancelFailed,
                }
              : v.otherTab
                ? { notice: msg.reserveOtherTab }
                : {}),
            onCalendar: () => on.calendar(s.reservation!),
            onCancel: on.cancel,
            onKeep: on.keep,
            onAnother: on.another,
          })
        : nothing;
    case 'cancelled':
      return s.reservation ? cancelledStep(msg, s.reservation.code, on.another) : nothing;
    default:
      return nothing;
  }
}

/** Whether an open dialog is modal (browsers without `:modal`, where it throws, say yes). */
export const isModal = (dialog: HTMLDialogElement) => {
  try {
    return dialog.matches(':modal');
  } catch {
    return true;
  }
};

/** The step number shown as "Step n of 3". */
export function stepNumber(step: FlowState['step']): 1 | 2 | 3 {
  if (step === 'confirmed' || step === 'cancelled') return 3;
  return step === 'store' || step === 'holding' || step === 'idle' ? 1 : 2;
}

export interface DialogFrame {
  msg: Messages;
  title: string;
  step: FlowState['step'];
  announcement: string;
  /** The button's own live region, outside the dialog (hidden with it once closed). */
  news: string;
  body: TemplateResult | typeof nothing;
  /** The × button's click. */
  onClose(event: MouseEvent): void;
  /** The dialog's own `close` event (Escape, or `close()`). */
  onDialogClose(): void;
}

/**
 * The dialog around the current step, with its polite live region (the button is the shell's),
 * and the button's live region after it.
 */
export function dialogFrame(f: DialogFrame): TemplateResult {
  const { msg } = f;
  const n = stepNumber(f.step);
  const headings = [msg.reserveStepStore, msg.reserveStepContact, msg.reserveStepDone];
  // An ended hold or a cancelled reservation is named as such, not as the step it ended on.
  const heading =
    f.step === 'expired'
      ? msg.reserveStepExpired
      : f.step === 'cancelled'
        ? msg.reserveStepCancelled
        : headings[n - 1];
  // The heading takes the focus as a step arrives: the confirmation's is described by what it
  // confirms, the held step's by what is held and its countdown, the cancelled step's by its
  // status line (the code).
  const about =
    f.step === 'confirmed'
      ? CONFIRMATION_SUMMARY
      : f.step === 'contact' || f.step === 'confirming'
        ? `${HELD_WHAT} ${HELD_FOR}`
        : f.step === 'cancelled'
          ? CANCELLED_SUMMARY
          : nothing;
  // Each step has a heading element of its own: one that had the focus (a click that focuses no
  // button, as in Safari) would not be said again as it changed; the new one takes the focus and
  // is said, with its description, as on the keyboard path. (Keyed by step, not by text: a
  // language switch keeps the focus where it is.)
  const key = f.step === 'expired' || f.step === 'cancelled' ? f.step : n;
  // prettier-ignore
  const stepHeading = html`<h3 part="step" tabindex="-1" aria-describedby=${about}
    >${heading}</h3>`;
  return html`
    <dialog part="dialog" aria-labelledby="title" @close=${f.onDialogClose}>
      <header>
        <div class="titles">
          <h2 id="title" part="title">${f.title}</h2>
          ${
            // A cancelled reservation or an ended hold is no step of the flow.
            f.step === 'cancelled' || f.step === 'expired'
              ? nothing
              : html`<span class="muted">${msg.reserveStepOf(n, 3)}</span>`
          }
        </div>
        <button
          type="button"
          class="close"
          part="close"
          aria-label=${msg.close}
          @click=${f.onClose}
        >
          <span aria-hidden="true">×</span>
        </button>
      </header>
      <div class="body">
        ${keyed(key, stepHeading)} ${f.body}
        <div class="visually-hidden" role="status" aria-live="polite">${f.announcement}</div>
      </div>
    </dialog>
    <div class="visually-hidden" role="status" aria-live="polite">${f.news}</div>
  `;
}

/**
 * What a 409 says once the store step has loaded again: fewer left than the refused hold `asked`
 * for (how many when the API gives a count: the quantity offered is now at most that), else sold
 * out (the server's word wins over a stock figure that still says enough).
 */
function stockRefused(msg: Messages, data: StoreStepData, asked = 0): string {
  const left = data.available;
  if (!left || left >= asked) return msg.reserveStockGone;
  return data.here.entry?.quantity === undefined
    ? msg.reserveStockFewerUncounted
    : msg.reserveStockFewer(left);
}

/**
 * How long is left of the wait the server asked for (429 or 503 with `Retry-After`), while some
 * is: said again, shorter, when the shopper presses the button before it ends.
 */
export function busy(msg: Messages, error: FlowError): string | undefined {
  const left = waitLeft(error);
  return left ? msg.reserveBusy(Math.ceil(left / 1000)) : undefined;
}

/**
 * What the contact step says after a failed confirm or a failed "More time"; after a confirm that
 * could not reach the store, once the network is back, that "Confirm" can be pressed again.
 */
function contactNotice(msg: Messages, error: FlowError, backOnline: boolean): string {
  if (error.reason === 'no_more_time') return msg.reserveNoMoreTime;
  const wait = busy(msg, error);
  if (wait) return wait;
  if (error.action === 'extend') return withOffline(msg, msg.reserveMoreTimeFailed);
  if (error.reason !== 'network')
    return withOffline(msg, error.unsure ? msg.reserveConfirmUnsure : msg.reserveConfirmFailed);
  return backOnline && !browserOffline()
    ? `${msg.reserveConfirmNetwork} ${msg.reserveBackOnline}`
    : withOffline(msg, msg.reserveConfirmNetwork);
}
