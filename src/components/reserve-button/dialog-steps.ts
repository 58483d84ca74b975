/**
 * The reserve dialog's steps as the shopper uses them: the view each step is drawn from (steps.ts
 * maps it to the templates) and what their buttons do (hold, pick a store, send the contact form,
 * "Hold it again", add to the calendar, cancel). The dialog (reserve-dialog.ts) keeps the state,
 * follows the flow's changes, and opens and closes.
 */
import type { CancelControl } from './cancel-control.js';
import { downloadPickup } from './confirmation-step.js';
import type { ContactForm } from './contact-form.js';
import type { DialogData } from './dialog-data.js';
import type { DialogFocus } from './dialog-focus.js';
import type { ReserveElementMessages } from './dialog-messages.js';
import type { DialogPicker } from './dialog-picker.js';
import type { DialogState } from './dialog-state.js';
import { OnlineController } from '../../internal/online-controller.js';
import type { ReserveFlow } from './flow.js';
import type { Reservation } from '../../client/types.js';
import type { AisleReserveButton } from './reserve-button.js';
import { busy, type StepView } from './steps.js';
import { heldSummary } from './held-summary.js';
import { holdRequest, slotPassed, slotsLeft } from './store-data.js';
import { termsHref } from './terms-link.js';

/** What the steps read from the dialog, and its parts they act on. */
export interface StepsDialog {
  host: AisleReserveButton;
  /** The dialog's state now. */
  state(): DialogState;
  /** Changes the dialog's state (it renders again). */
  set(patch: Partial<DialogState>): void;
  msg(): ReserveElementMessages;
  locale(): string;
  /** Says `text` in the dialog's polite live region. */
  announce(text: string): void;
  /** What is left of the hold, in ms. */
  remainingMs(): number;
  flow: ReserveFlow;
  data: DialogData;
  form: ContactForm;
  focus: DialogFocus;
  cancel: CancelControl;
  picker: DialogPicker;
}

export class DialogSteps {
  constructor(private readonly d: StepsDialog) {
    new OnlineController(d.host, () => this.online());
  }

  /**
   * The network is back while the contact step says a confirm could not reach the store: it now
   * says so, and to press "Confirm" again (the same key: it still reserves once). The focus stays.
   */
  private online(): void {
    const { step, error } = this.d.state().flow;
    if (step === 'contact' && error?.action === 'confirm' && error.reason === 'network') {
      this.d.set({ backOnline: error });
    }
  }

  /**
   * Pressed while the server's `Retry-After` runs: nothing is sent (it would be refused again, and
   * a rate limiter would count it); the step says how long is left, and the focus stays.
   */
  private waiting(action: 'hold' | 'confirm'): boolean {
    const { error } = this.d.state().flow;
    // Only the same request waits: a "More time" refused for now leaves "Confirm" free.
    const wait = error?.action === action && busy(this.d.msg(), error);
    if (wait) {
      this.d.host.requestUpdate();
      this.d.announce(wait);
    }
    return !!wait;
  }

  /** "Hold it" (or "Hold it again" over a slot that has begun). */
  private hold(request = this.request()): void {
    const { d } = this;
    if (request !== 'slot passed' && this.waiting('hold')) return;
    if (request === 'slot passed') {
      // Begun while the dialog stayed open: say so, and offer the slots left, loaded again.
      d.set({ slotId: '', slotPassed: true, storeEpoch: d.state().storeEpoch + 1 });
      return void d.focus.stepHeading(); // "Hold it" goes while the slots load again
    }
    d.set({ slotPassed: false });
    if (request) void d.flow.hold(request);
  }

  /**
   * The store step, open, looked at again (each minute, and as the dialog opens): the slots that
   * can no longer be kept leave its list; a chosen one is unselected, and the notice says so. No
   * other slot is chosen in its place: "As soon as it is ready" shows until the shopper chooses.
   * When none of the slots listed is left, the step loads its slots again (the next ones, another
   * day's), as after a refused hold; a focus in what goes while it loads moves to its heading.
   */
  slotsTick(): void {
    const { d } = this;
    const data = d.data.store.value;
    const { slotId, storeEpoch } = d.state();
    const passed = !!data && slotPassed(data, slotId);
    const reload = !!data?.slots.length && !slotsLeft(data).length;
    if (!passed && !reload) return d.host.requestUpdate();
    d.set({
      ...(passed && { slotId: '', slotPassed: true }),
      ...(reload && { storeEpoch: storeEpoch + 1 }),
    });
    if (reload) void d.focus.stay();
  }

  /**
   * The held slot can no longer be kept: by `slotsLeft`'s rule on the store step's data (as
   * "Hold it again" checks), or as the server answered a confirm (`slotPassed` set by then).
   */
  private heldSlotPassed(): boolean {
    const { request } = this.d.flow.state;
    return this.d.state().slotPassed || (!!request?.slotId && this.d.data.slotPassed(request));
  }

  /**
   * The contact step, looked at each minute: a held slot that has passed is said (once: the
   * notice stays) while the form, and the focus, stay where they are; "Confirm" then sends nothing.
   */
  heldSlotTick(): void {
    if (!this.d.state().slotPassed && this.heldSlotPassed()) this.d.set({ slotPassed: true });
  }

  /**
   * Back to the store step ("Change store", or "Choose another pickup time" when the held slot
   * has passed: it is unselected). The hold is given back; what was typed stays for the next one.
   */
  private back(): void {
    const { d } = this;
    if (d.state().slotPassed) d.set({ slotId: '', slotPassed: false });
    d.flow.chooseAgain();
  }

  /** What "Hold it" asks for, from the store step's choices. */
  private request(): ReturnType<typeof holdRequest> {
    const s = this.d.state();
    return holdRequest(this.d.data.store.value, s.product.sku, s.wanted, s.slotId);
  }

  /** A store picked in the picker, or one of the alternatives a 409 named. */
  pickStore(storeId: string): void {
    this.d.set({ chosenStore: storeId, picking: false, slotId: '' });
    this.d.flow.chooseAgain();
    // The picker (or the alternative's button) that had the focus is gone: start the step again.
    void this.d.focus.stepHeading();
  }

  private async submit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const { d } = this;
    if (this.heldSlotPassed()) {
      // No confirm for a slot that cannot be kept: said (if not yet), and the way back focused.
      d.set({ slotPassed: true });
      return void d.focus.onPart('choose-slot');
    }
    const result = await d.form.submit(d.host.renderRoot, d.host.updateComplete);
    if (result.valid && this.waiting('confirm')) return;
    if (result.valid) {
      void d.flow.confirm({ customer: result.customer, consent: result.consent });
    } else {
      d.announce(d.msg().reserveErrSummary(Object.keys(result.errors).length));
    }
  }

  /**
   * What `r` is of: the name the button had as the dialog opened (`product-name`), for that
   * product; else its SKU.
   */
  private product(r: Pick<Reservation, 'sku'>): string {
    const { sku, name } = this.d.state().product;
    return (sku === r.sku && name) || r.sku;
  }

  /** What the contact step says is held (held-summary.ts). */
  private heldWhat(): string | undefined {
    const { d } = this;
    const { hold, request } = d.state().flow;
    if (!hold) return undefined;
    const held = { ...hold, slotId: hold.slotId ?? request?.slotId };
    return heldSummary(d.msg(), d.locale(), held, this.product(hold), d.data.read(hold.storeId));
  }

  /** The current step's view, with its actions. */
  view(): StepView {
    const { d } = this;
    const s = d.state();
    const msg = d.msg();
    return {
      msg,
      locale: d.locale(),
      termsUrl: termsHref(d.host.termsUrl),
      state: s.flow,
      needsStore: s.picking || !d.host.storeId,
      store: d.data.storeStep,
      alternatives: d.data.alternatives.value,
      wanted: s.wanted,
      slotId: s.slotId,
      slotPassed: s.slotPassed,
      heldWhat: this.heldWhat(),
      backOnline: !!s.backOnline && s.backOnline === s.flow.error,
      form: d.form,
      remainingMs: d.remainingMs(),
      moreTime: d.flow.moreTime,
      product: (r) => this.product(r),
      reservationStore: d.data.confirmedStore(s.flow.reservation?.storeId),
      reservationStoreRetry: d.focus.afterRetry(d.data.reservationStoreRetry),
      qr: d.data.qr.value,
      otherTab: s.otherTab,
      cancelling: d.cancel.busy,
      askingCancel: d.cancel.asking,
      picker: () => d.picker.render(msg),
      on: {
        reloadStore: d.focus.afterRetry(() => d.set({ storeEpoch: d.state().storeEpoch + 1 }))!,
        quantity: (q) => d.set({ wanted: q }),
        slot: (id) => d.set({ slotId: id, slotPassed: false }),
        hold: () => this.hold(),
        changeStore: () => {
          d.picker.load(); // again, if it failed when the dialog opened
          d.set({ picking: true });
        },
        pickStore: (id) => this.pickStore(id),
        submit: (e) => void this.submit(e),
        back: () => this.back(),
        holdAgain: () =>
          d.flow.retryHold(d.data.slotPassed) === 'slot passed' && this.hold('slot passed'),
        moreTime: () => void d.flow.extend(),
        calendar: (r) =>
          downloadPickup(d.msg(), d.locale(), r, d.data.confirmedStore(r.storeId), {
            product: this.product(r),
          }),
        cancel: () => {
          void d.cancel.press();
          if (d.cancel.asking && !d.cancel.busy) void d.focus.reveal('cancel-question');
        },
        keep: () => d.cancel.keep(),
        another: () => d.flow.reset(),
      },
    };
  }
}
