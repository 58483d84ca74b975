/**
 * Everything `<aisle-reserve-button>` does once the shopper wants it: the dialog, the reservation
 * flow, the hold's countdown, the contact form, the store step's data, the QR code, the calendar
 * file and the store picker. The button (reserve-button.ts) loads this module with `import()` on
 * the first click or `show()`, or on connect when a confirmed reservation is kept for the session,
 * and creates one `ReserveDialog` with itself as host.
 */
import { Task, TaskStatus } from '@lit/task';
import { nothing, type ReactiveController, type TemplateResult } from 'lit';
import { clientFor, isAbortError, type AisleClient } from '../../client/index.js';
import type { Reservation } from '../../client/types.js';
import type { AisleConfigValues } from '../../config/config.js';
import { languageOf } from '../../i18n/locale.js';
import { announcement, liveText, type Announcement } from '../../internal/announcement.js';
import { dialogMessages } from './dialog-messages.js';
import { inScope } from '../../internal/abort-scope.js';
import { MyStoreController } from '../../internal/my-store-controller.js';
import { StorePickerLoader } from '../store-picker/picker-loader.js';
import type { StorePickedEvent } from '../store-picker/store-picker.js';
import { pickupEvent } from './confirmation-step.js';
import { ContactForm } from './contact-form.js';
import { classifyError, ReserveFlow, type FlowError, type FlowState } from './flow.js';
import { HoldClock, wholeMinutes } from './hold-clock.js';
import { buildIcs, downloadIcs } from './ics.js';
import { qrPath } from './qr.js';
import type { AisleReserveButton } from './reserve-button.js';
import { forgetReservation, restoreReservation, saveReservation } from './session.js';
import { describeAlternatives, loadStoreStep, MAX_QUANTITY } from './store-data.js';
import { dialogFrame, renderStep, type StepView } from './steps.js';

export { default as dialogStyles } from './reserve-dialog.styles.js';

/** What the dialog reads from its element beyond the public API (the element's protected members). */
export interface ReserveShell {
  locale(): string;
  config(): AisleConfigValues;
}

/** The dialog's own state; every change re-renders the host. */
interface DialogState {
  flow: FlowState;
  /** A store picked in the dialog (an alternative, or from the picker). */
  chosenStore: string;
  picking: boolean;
  wanted: number;
  slotId: string;
  announcement: Announcement | undefined;
  cancelling: boolean;
  /** Bumped to reload the store step (after a 409). */
  storeEpoch: number;
}

/** The reserve dialog, a reactive controller of its `<aisle-reserve-button>`. */
export class ReserveDialog implements ReactiveController {
  private s: DialogState = {
    flow: { step: 'idle' },
    chosenStore: '',
    picking: false,
    wanted: 1,
    slotId: '',
    announcement: undefined,
    cancelling: false,
    storeEpoch: 0,
  };

  private readonly myStore = new MyStoreController(this.host);
  private readonly form = new ContactForm(this.host);
  private readonly picker = new StorePickerLoader(this.host, (d) =>
    this.host.emit('aisle-error', d),
  );
  private readonly flow = new ReserveFlow(() => this.client, {
    onChange: (s) => this.onFlowChange(s),
    onHoldCreated: (hold) => {
      this.announce(this.msg.reserveHoldStarted(wholeMinutes(this.clock.remainingMs)));
      this.host.emit('aisle-hold-created', { hold });
    },
    onHoldExpired: (hold) => this.host.emit('aisle-hold-expired', { hold }),
    onConfirmed: (reservation) => {
      // persist="none": nothing in browser storage (the confirmation will not survive a reload).
      if (this.shell.config().persist !== 'none') {
        saveReservation(this.host.sku, { id: reservation.id, code: reservation.code });
      }
      this.host.emit('aisle-reservation-confirmed', { reservation });
    },
    onCancelled: (reservation) => {
      forgetReservation(this.host.sku);
      this.host.emit('aisle-reservation-cancelled', { reservation });
    },
    onError: (e) => this.onFlowError(e),
  });
  private readonly clock = new HoldClock(this.host, {
    onAnnounce: (s) => this.announce(this.msg.reserveTimeLeft(s)),
    onExpire: () => this.flow.expire(),
  });

  private readonly storeTask = new Task(this.host, {
    task: async ([active, sku, storeId, quantity], { signal }) => {
      if (!active || !sku || !storeId) return undefined;
      try {
        return await inScope(signal, (scoped) =>
          loadStoreStep(this.client, sku, storeId, quantity, { signal: scoped }),
        );
      } catch (error) {
        if (!isAbortError(error) && !signal.aborted) this.onFlowError(classifyError('load', error));
        throw error;
      }
    },
    args: () =>
      [
        this.dialogOn('store', 'holding'),
        this.host.sku,
        this.host.storeId,
        this.initialQuantity,
        this.shell.config().api,
        this.shell.config().apiKey,
        this.shell.config().mock,
        this.s.storeEpoch,
      ] as const,
  });

  private readonly alternativesTask = new Task(this.host, {
    task: async ([entries, from], { signal }) =>
      entries ? describeAlternatives(this.client, entries, from, { signal }) : undefined,
    args: () => [this.s.flow.error?.alternatives, this.storeTask.value?.here.store] as const,
  });

  private readonly reservationStore = new Task(this.host, {
    task: async ([storeId], { signal }) =>
      storeId ? this.client.getStore(storeId, { signal }) : undefined,
    args: () => [this.s.flow.reservation?.storeId] as const,
  });

  private readonly qr = new Task(this.host, {
    task: async ([code]) => (code ? qrPath(code) : undefined),
    args: () => [this.s.flow.reservation?.code] as const,
  });

  constructor(
    private readonly host: AisleReserveButton,
    private readonly shell: ReserveShell,
  ) {
    host.addController(this);
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

  private get client(): AisleClient {
    const { api, apiKey, mock } = this.shell.config();
    return clientFor({ api, apiKey, locale: this.shell.locale(), mock });
  }

  private get dialog(): HTMLDialogElement | null {
    return this.host.renderRoot.querySelector('dialog');
  }

  private get initialQuantity(): number {
    const q = Number(this.host.quantity);
    return Number.isInteger(q) && q >= 1 ? Math.min(q, MAX_QUANTITY) : 1;
  }

  private announce(text: string): void {
    this.set({ announcement: announcement(text, this.shell.locale()) });
  }

  private set(patch: Partial<DialogState>): void {
    this.s = { ...this.s, ...patch };
    this.host.requestUpdate();
  }

  private dialogOn(...steps: FlowState['step'][]): boolean {
    return steps.includes(this.s.flow.step) && !this.s.picking;
  }

  private readonly onPageHide = (): void => this.flow.releaseOnPageHide();

  hostConnected(): void {
    addEventListener('pagehide', this.onPageHide);
  }

  hostDisconnected(): void {
    removeEventListener('pagehide', this.onPageHide);
    this.flow.close();
  }

  /** Shows a confirmation kept for this session (id and code only) after a reload. */
  async restore(): Promise<void> {
    const { sku } = this.host;
    if (!sku || this.step !== 'idle') return;
    const reservation = await restoreReservation(sku, (id) => this.client.getReservation(id));
    if (reservation && this.step === 'idle' && this.host.sku === sku)
      this.flow.restore(reservation);
  }

  private onFlowChange(next: FlowState): void {
    const previous = this.s.flow;
    this.set({ flow: next });
    if (next.step === 'contact') {
      this.clock.follow(next.hold, this.storeTask.value?.here.store.pickup.holdMinutes);
    } else if (next.step !== 'confirming') {
      this.clock.stop();
      this.set({ announcement: undefined }); // the hold's messages are stale once it is over
    }
    if (next.step !== previous.step) void this.focusStepAfterRender(previous.step);
  }

  private onFlowError(error: FlowError): void {
    // What the store has changed: load it again (a full slot is no longer offered).
    if (error.reason === 'stock_unavailable' || error.reason === 'slot_unavailable') {
      this.set({ storeEpoch: this.s.storeEpoch + 1 });
    }
    if (error.reason === 'slot_unavailable') this.set({ slotId: '' });
    if (error.reason === 'hold_expired' && this.s.flow.hold) {
      this.host.emit('aisle-hold-expired', { hold: this.s.flow.hold });
    }
    this.host.emit('aisle-error', {
      code: error.code,
      message: error.message,
      ...(error.status ? { status: error.status } : {}),
    });
  }

  private async focusStepAfterRender(from: FlowState['step']): Promise<void> {
    // Moving between "holding" and "store" keeps focus where the shopper is.
    if (from === 'holding' && this.step === 'store') return;
    if (from === 'confirming' && this.step === 'contact') return;
    await this.focusStepHeading();
  }

  /** Focus on the current step's heading, once it is rendered (the dialog must be open). */
  private async focusStepHeading(): Promise<void> {
    await this.host.updateComplete;
    if (!this.dialog?.open) return;
    this.host.renderRoot.querySelector<HTMLElement>('[part~="step"]')?.focus();
  }

  /** Opens the dialog (it must have been rendered once). */
  open(): void {
    if (!this.host.sku) return;
    // The store picker (and the geocoders) load on this click, not with the button.
    this.picker.load();
    const fromIdle = this.step === 'idle' || this.step === 'cancelled';
    this.flow.open();
    if (fromIdle) {
      this.set({ wanted: this.initialQuantity, slotId: '', picking: !this.host.storeId });
      this.form.reset(this.host.customerName, this.host.customerEmail);
    }
    this.dialog?.showModal();
  }

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
    this.flow.close();
    this.set({ picking: false, announcement: undefined });
    this.host.renderRoot.querySelector<HTMLElement>('[part~="button"]')?.focus();
  }

  private hold(): void {
    const data = this.storeTask.value;
    if (!data || data.available < 1) return;
    const quantity = Math.min(this.s.wanted, data.available);
    // Only a slot still offered: one that filled up is gone from the list (and from the select).
    const slotId = data.slots.some((s) => s.id === this.s.slotId) ? this.s.slotId : '';
    void this.flow.hold({
      sku: this.host.sku,
      storeId: data.here.store.id,
      quantity,
      ...(slotId ? { slotId } : {}),
    });
  }

  private pickStore(storeId: string): void {
    this.set({ chosenStore: storeId, picking: false, slotId: '' });
    this.flow.chooseAgain();
    // The picker (or the alternative's button) that had the focus is gone: start the step again.
    void this.focusStepHeading();
  }

  private onStorePicked = (event: Event): void => {
    const { store } = event as StorePickedEvent;
    if (!this.myStore.storeId) {
      const previousStoreId = this.myStore.set(store.id, this.shell.config().persist);
      this.host.emit('aisle-store-change', { storeId: store.id, previousStoreId, store });
    }
    this.pickStore(store.id);
  };

  private async onSubmit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const result = await this.form.submit(this.host.renderRoot, this.host.updateComplete);
    if (result.valid) {
      void this.flow.confirm({ customer: result.customer, consent: result.consent });
    } else {
      this.announce(this.msg.reserveErrSummary(Object.keys(result.errors).length));
    }
  }

  private downloadCalendar(reservation: Reservation): void {
    const event = pickupEvent(
      this.msg,
      this.shell.locale(),
      reservation,
      this.reservationStore.value,
      this.host.productName || this.host.sku,
    );
    downloadIcs(`reservation-${reservation.code}.ics`, buildIcs(event));
  }

  private async cancelReservation(): Promise<void> {
    if (this.s.cancelling) return;
    this.set({ cancelling: true });
    try {
      await this.flow.cancel();
    } finally {
      this.set({ cancelling: false });
    }
  }

  private stepView(): StepView {
    const { s } = this;
    return {
      msg: this.msg,
      locale: this.shell.locale(),
      state: s.flow,
      needsStore: s.picking || !this.host.storeId,
      store: {
        status:
          this.storeTask.status === TaskStatus.ERROR
            ? 'error'
            : this.storeTask.status === TaskStatus.COMPLETE
              ? 'complete'
              : 'pending',
        data: this.storeTask.value,
      },
      alternatives: this.alternativesTask.value,
      wanted: s.wanted,
      slotId: s.slotId,
      form: this.form,
      remainingMs: this.clock.remainingMs,
      reservationStore: this.reservationStore.value,
      qr: this.qr.value,
      cancelling: s.cancelling,
      picker: () => this.picker.render(this.onStorePicked, this.msg),
      on: {
        reloadStore: () => this.set({ storeEpoch: this.s.storeEpoch + 1 }),
        quantity: (q) => this.set({ wanted: q }),
        slot: (id) => this.set({ slotId: id }),
        hold: () => this.hold(),
        changeStore: () => {
          this.picker.load(); // again, if it failed when the dialog opened
          this.set({ picking: true });
        },
        pickStore: (id) => this.pickStore(id),
        submit: (e) => void this.onSubmit(e),
        back: () => this.flow.chooseAgain(),
        holdAgain: () => void this.flow.retryHold(),
        calendar: (r) => this.downloadCalendar(r),
        cancel: () => void this.cancelReservation(),
        another: () => this.flow.reset(),
      },
    };
  }

  /** The dialog, rendered by the button after itself. */
  render(): TemplateResult {
    const msg = this.msg;
    return dialogFrame({
      msg,
      title: msg.reserveTitle(this.host.productName),
      step: this.step,
      announcement: liveText(this.s.announcement, this.shell.locale()),
      body: this.step === 'idle' ? nothing : renderStep(this.stepView()),
      onClose: () => this.close(),
      onDialogClose: this.onDialogClose,
    });
  }
}
