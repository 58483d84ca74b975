/**
 * Everything `<aisle-reserve-button>` does once the shopper wants it: the dialog, the reservation
 * flow, the hold's countdown, the contact form, the store step's data, the QR code, the calendar
 * file and the store picker. The button (reserve-button.ts) loads this module with `import()` on
 * the first click or `show()`, or on connect when a confirmed reservation is kept for the session,
 * and creates one `ReserveDialog` with itself as host.
 */
import { nothing, type ReactiveController, type TemplateResult } from 'lit';
import type { AisleConfigValues } from '../../config/config.js';
import { languageOf } from '../../i18n/locale.js';
import { announcement, liveText } from '../../internal/announcement.js';
import { TickerController } from '../../internal/ticker-controller.js';
import { showModal, unlockScroll } from './scroll-lock.js';
import { dialogMessages } from './dialog-messages.js';
import { pickupDeadline } from '../../client/validate-reservations.js';
import { CancelControl } from './cancel-control.js';
import { ContactForm } from './contact-form.js';
import { DialogApi } from './dialog-api.js';
import { DialogData } from './dialog-data.js';
import { DialogFocus } from './dialog-focus.js';
import { DialogPicker } from './dialog-picker.js';
import { DialogSteps } from './dialog-steps.js';
import { ReserveFlow, type FlowError, type FlowState } from './flow.js';
import { HoldClock } from './hold-clock.js';
import { flowHooks, tell, tellExpired } from './dialog-hooks.js';
import type { AisleReserveButton } from './reserve-button.js';
import {
  initialDialogState,
  onClose,
  SET_ASIDE_KEPT_MS,
  type DialogState,
} from './dialog-state.js';
import { KeptReservation } from './kept-reservation.js';
import { PageLeave } from './page-leave.js';
import { LiveSentence } from './live-sentence.js';
import { Alarm } from './pickup-alarm.js';
import { swallowSecondTap } from './second-tap.js';
import { startQuantity } from './store-data.js';
import { dialogFrame, isModal, keptReservation, renderStep } from './steps.js';

export { default as dialogStyles } from './reserve-dialog.styles.js';

/** What the dialog reads from its element beyond the public API (the element's protected members). */
export interface ReserveShell {
  locale(): string;
  config(): AisleConfigValues;
}

/** The reserve dialog, a reactive controller of its `<aisle-reserve-button>`. */
export class ReserveDialog implements ReactiveController {
  private s: DialogState = initialDialogState();
  private readonly focus = new DialogFocus(this.host);
  private readonly live = new LiveSentence((sentence) => this.set({ announcement: sentence }));

  private readonly form = new ContactForm(this.host);
  /** The page's API, and the one the flow's hold was made at. */
  private readonly apis = new DialogApi(
    () => this.shell.config(),
    () => this.shell.locale(),
    () => this.flow.at,
  );
  private readonly picker = new DialogPicker(this.host, {
    persist: () => this.shell.config().persist,
    canGoBack: () => this.s.picking && !!this.host.storeId,
    back: () => {
      this.set({ picking: false });
      void this.focus.stepHeading(); // the picker had the focus; the store step reloads
    },
    picked: (storeId) => this.steps.pickStore(storeId),
    owner: () => ({ config: this.shell.config(), client: this.apis.client }),
  });
  private readonly flow: ReserveFlow = new ReserveFlow(
    () => this.apis.reservations,
    flowHooks({
      host: this.host,
      msg: () => this.msg,
      kept: () => this.kept,
      remainingMs: () => this.clock.remainingMs,
      announce: (text) => this.announce(text),
      dialogOpen: () => !!this.dialog?.open,
      announceClosed: (text) => this.set({ news: announcement(text, this.shell.locale()) }),
      change: (s) => this.onFlowChange(s),
      error: (e) => this.onFlowError(e),
    }),
  );
  private readonly cancel = new CancelControl({
    cancel: () => this.flow.cancel(),
    update: () => this.host.requestUpdate(),
    focusCancel: () => void this.focus.onPart('cancel'),
  });
  /** The reservation kept for the session: the button restores it and follows its `sku`. */
  readonly kept: KeptReservation = new KeptReservation({
    sku: () => (this.dialog?.open && this.s.product.sku) || this.host.sku,
    api: () => this.apis.flowConfig,
    pageApi: () => this.shell.config(),
    flow: this.flow,
    reservations: () => this.apis.flowReservations,
    persist: () => this.shell.config().persist,
    dialogOpen: () => !!this.dialog?.open,
    showKept: (otherTab) => void this.openKept(otherTab),
    made: (reservation) => tell(this.host, 'aisle-reservation-confirmed', { reservation }),
    follow: (sku) => (this.host.constructor as typeof AisleReserveButton).follow(sku),
  });
  /** Past the pickup time, a closed dialog's confirmation gives way: "Reserve in store" again. */
  private readonly pickupOver = new Alarm(() => this.dialog?.open || this.kept.lapse());
  private readonly clock = new HoldClock(this.host, {
    onAnnounce: (s) => this.announce(this.msg.reserveTimeLeft(s, !!this.flow.moreTime)),
    onExpire: () => this.flow.expire(),
  });

  /** What the steps show, each loaded when its step needs it. */
  private readonly data = new DialogData(this.host, {
    client: () => this.apis.client,
    config: () => this.shell.config(),
    sku: () => this.s.product.sku,
    quantity: () => startQuantity(this.host.quantity),
    storeStep: () => this.dialogOn('store', 'holding'),
    storeEpoch: () => this.s.storeEpoch,
    flow: () => this.s.flow,
    onError: (error) => this.onFlowError(error),
  });
  /** The steps' view and what their buttons do. */
  private readonly steps = new DialogSteps({
    host: this.host,
    state: () => this.s,
    set: (patch) => this.set(patch),
    msg: () => this.msg,
    locale: () => this.shell.locale(),
    announce: (text) => this.announce(text),
    remainingMs: () => this.clock.remainingMs,
    flow: this.flow,
    data: this.data,
    form: this.form,
    focus: this.focus,
    cancel: this.cancel,
    picker: this.picker,
  });

  constructor(
    private readonly host: AisleReserveButton,
    private readonly shell: ReserveShell,
  ) {
    host.addController(this);
    new PageLeave(host, this.flow, {
      leave: (request, key) => this.kept.left.asked(request, key),
      back: (request, key) => this.kept.left.answered(request, key),
      isLeft: (request, key) => this.kept.left.isLeft(request, key),
    });
    // The page's shared minute ticker (no timer of its own; at once when a hidden tab shows
    // again): an open store step drops the pickup slots that have passed meanwhile; the contact
    // step says when the held one has.
    new TickerController({
      addController: (c) => host.addController(c),
      removeController: (c) => host.removeController(c),
      requestUpdate: () => {
        if (this.storeStepOpen()) this.steps.slotsTick();
        else if (this.dialog?.open && this.step === 'contact') this.steps.heldSlotTick();
      },
      get updateComplete() {
        return host.updateComplete;
      },
    });
  }

  /** The dialog's strings in the element's language. */
  private get msg() {
    return dialogMessages[languageOf(this.shell.locale())];
  }

  /** The flow's current step. */
  get step(): FlowState['step'] {
    return this.s.flow.step;
  }

  /** A store picked in the dialog, or '' (the button then uses `store` or the shopper's). */
  get chosenStore(): string {
    return this.s.chosenStore;
  }

  private get dialog(): HTMLDialogElement | null {
    return this.host.renderRoot.querySelector('dialog');
  }

  private announce(text: string): void {
    this.live.say(announcement(text, this.shell.locale()), this.s.announcement);
  }

  private set(patch: Partial<DialogState>): void {
    if ('announcement' in patch) this.live.drop();
    this.s = { ...this.s, ...patch };
    this.host.requestUpdate();
  }

  private dialogOn(...steps: FlowState['step'][]): boolean {
    return steps.includes(this.s.flow.step) && !this.s.picking;
  }

  private storeStepOpen(): boolean {
    return !!this.dialog?.open && this.dialogOn('store') && !this.s.checking;
  }

  /** When the confirmation shown stops being current: its pickup time. */
  private pickupEnd({ step, reservation } = this.s.flow): number | undefined {
    return step === 'confirmed' ? pickupDeadline(reservation!) : undefined;
  }

  hostConnected(): void {
    this.kept.connect();
    this.pickupOver.set(this.pickupEnd());
    // Moved with its dialog open (a layout moving the buy box): open, no longer modal. Fix that.
    const dialog = this.dialog;
    if (dialog?.open && !isModal(dialog)) {
      dialog.close();
      dialog.showModal();
    }
  }

  hostDisconnected(): void {
    this.kept.disconnect();
    // Removed from the page: the flow ends (an unconfirmed hold is released). A move, or a
    // framework putting it back after an await, nextTick or queueMicrotask, reconnects before
    // this check, a task later, and keeps it.
    setTimeout(() => {
      if (this.host.isConnected) return;
      this.pickupOver.set(undefined);
      if (this.dialog?.open) this.close();
      else this.flow.close();
    }, 0);
  }

  private onFlowChange(next: FlowState): void {
    const previous = this.s.flow;
    // The button's "Reservation confirmed" is over once the flow moves on.
    // A new hold asked for ("Hold it again" too) is for a slot still offered: no notice.
    this.set({
      flow: next,
      // Set aside during a reservation: the next opening soon after resumes it (`setAside`).
      setAside:
        next.step !== 'idle'
          ? 0
          : previous.step === 'idle'
            ? this.s.setAside
            : ['confirmed', 'cancelled'].includes(previous.step)
              ? 0
              : Date.now(),
      ...(next.step !== 'confirmed' && { news: undefined, otherTab: false }),
      ...(next.step === 'holding' && { slotPassed: false }),
    });
    // A removed button (its confirm answered late) is not kept alive until pickup time by its
    // alarm: `hostConnected` sets it again if the button comes back.
    this.pickupOver.set(this.host.isConnected ? this.pickupEnd(next) : undefined);
    if (next.step !== previous.step || next.reservation !== previous.reservation) {
      this.cancel.forget();
    }
    // Found collected, expired or cancelled (a refused "cancel" read it again): not kept.
    const over = next.reservation?.status === 'confirmed' ? undefined : next.reservation;
    if (over) this.kept.forget(over.sku, over);
    if (next.step === 'contact') {
      // The store step is over by now (and gone after "Hold it again"): its remembered value.
      const { hold, replayed } = next;
      this.clock.follow(hold, hold && this.data.holdMinutes(hold.storeId), replayed);
    } else if (next.step !== 'confirming') {
      this.clock.stop();
      this.set({ announcement: undefined }); // the hold's messages are stale once it is over
    }
    if (next.step !== previous.step) {
      this.form.flowAt(next.step, this.host.customerName, this.host.customerEmail);
      void this.focus.afterStep(previous.step, next.step);
    } else if (over && over !== previous.reservation) {
      // Its "Cancel" button is gone: say what it is now, from the step's heading.
      this.announce(
        over.status === 'collected' ? this.msg.reserveCollected : this.msg.reserveLapsed,
      );
      void this.focus.stepHeading();
    }
    // A confirm that landed after the dialog closed and the SKU changed, or one that failed after
    // it closed: the button follows the page's SKU and API, which may have moved meanwhile.
    if (
      (next.step === 'confirmed' && this.kept.moved) ||
      (next.step === 'idle' && previous.step === 'confirming')
    ) {
      queueMicrotask(() => this.kept.followSku());
    }
  }

  private onFlowError(error: FlowError): void {
    // What the store has changed: load it again (a full slot is no longer offered).
    if (error.reason === 'stock_unavailable' || error.reason === 'slot_unavailable') {
      this.set({ storeEpoch: this.s.storeEpoch + 1 });
    }
    if (error.reason === 'slot_unavailable') this.set({ slotId: '' });
    // The server's clock says the held slot has passed: as the contact step's own check does.
    if (error.reason === 'slot_passed') {
      this.set({ slotPassed: true });
      void this.focus.onPart('choose-slot');
    }
    // "More time" is gone: the focus goes to the step's heading, and the notice says why.
    if (error.reason === 'no_more_time') void this.focus.stepHeading();
    if (error.reason === 'hold_expired' && this.s.flow.hold) {
      tellExpired(this.host, this.s.flow.hold);
    }
    tell(this.host, 'aisle-error', {
      code: error.code,
      message: error.message,
      ...(error.status ? { status: error.status } : {}),
    });
  }

  /** Opens the dialog (it must have been rendered once). */
  open(): void {
    const { sku, productName: name } = this.host;
    if (!sku) return;
    // Shown: not said from the button. A flow still about another SKU keeps its product.
    this.set({ news: undefined, ...(!this.kept.otherProduct && { product: { sku, name } }) });
    // The store picker (and the geocoders) load on this click, not with the button: now if it
    // shows (no store yet), else on "Change store".
    if (!this.host.storeId) this.picker.load();
    if (this.kept.toCheck()) {
      showModal(this.dialog);
      void this.openKept();
      return;
    }
    this.startFlow();
    showModal(this.dialog);
    if (this.storeStepOpen()) this.steps.slotsTick(); // a chosen slot may have passed while closed
    this.kept.recheck(); // a confirmation on show may have been cancelled at the till, or expired
    this.kept.ask(); // another tab may have reserved it: its answer shows that reservation
  }

  private startFlow(): void {
    // A reservation set aside a moment ago resumes where "Change store" would: its choices and
    // form kept.
    const resume = this.s.setAside > 0 && Date.now() - this.s.setAside < SET_ASIDE_KEPT_MS;
    const fromIdle = (this.step === 'idle' && !resume) || this.step === 'cancelled';
    this.flow.open();
    if (fromIdle) {
      this.set({
        wanted: startQuantity(this.host.quantity),
        slotId: '',
        picking: !this.host.storeId,
      });
      this.form.reset(this.host.customerName, this.host.customerEmail);
    }
  }

  /** Reads the kept reservation again: its confirmation, else a new flow; "try again" if unreachable. */
  private async openKept(otherTab = false): Promise<void> {
    this.set({ checking: 'pending', ...(otherTab && { otherTab }) });
    const read = await this.kept.restore();
    if (!this.dialog?.open) return; // closed meanwhile (finishClose cleared `checking`)
    this.set({ checking: read === true ? undefined : read || 'failed' });
    if (read === true && this.step === 'idle') this.startFlow();
    void this.focus.stepHeading();
  }

  /** "Make another reservation" over one the API cannot show ('lost'): a new flow. */
  private readonly another = () => void (this.kept.forget(), this.openKept());

  /** Closes the dialog; an unconfirmed hold is released. */
  close(): void {
    const dialog = this.dialog;
    if (!dialog?.open) return;
    dialog.close();
    this.finishClose();
  }

  /** The dialog's `close` event (Escape, or `close()`); late events after a reopen are ignored. */
  private onDialogClose = (): void => {
    if (!this.dialog?.open) this.finishClose();
  };

  private finishClose(): void {
    unlockScroll(this.dialog);
    this.flow.close();
    this.kept.lapse(); // the pickup time went by while it was open
    if (this.kept.moved) this.kept.followSku();
    this.set(onClose);
    this.cancel.forget();
    this.focus.button();
  }

  /** The dialog, rendered by the button after itself. */
  render(): TemplateResult {
    const msg = this.msg;
    return dialogFrame({
      msg,
      title: msg.reserveTitle(this.s.product.name),
      step: this.step,
      announcement: liveText(this.s.announcement, this.shell.locale()),
      news: liveText(this.s.news, this.shell.locale()),
      body: this.s.checking
        ? keptReservation(msg, this.s.checking, () => void this.openKept(), this.another)
        : this.step === 'idle'
          ? nothing
          : renderStep(this.steps.view()),
      onClose: (event) => {
        swallowSecondTap(event);
        this.close();
      },
      onDialogClose: this.onDialogClose,
    });
  }
}
