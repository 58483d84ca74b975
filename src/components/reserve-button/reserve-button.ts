import { Task, TaskStatus } from '@lit/task';
import { nothing, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { clientFor, isAbortError, type AisleClient } from '../../client/index.js';
import type { Reservation } from '../../client/types.js';
import type { StorePickedEvent } from '../store-picker/store-picker.js';
import { inScope } from '../../internal/abort-scope.js';
import { AisleElement } from '../../internal/aisle-element.js';
import { messages, type ReserveElementMessages } from './messages.js';
import { MyStoreController } from '../../internal/my-store-controller.js';
import { isValidStoreId } from '../../state/my-store.js';
import { pickupEvent } from './confirmation-step.js';
import { ContactForm } from './contact-form.js';
import { HoldClock, minutesLeft } from './hold-clock.js';
import { classifyError, ReserveFlow, type FlowError, type FlowState } from './flow.js';
import { buildIcs, downloadIcs } from './ics.js';
import { qrPath } from './qr.js';
import { forgetReservation, restoreReservation, saveReservation } from './session.js';
import { describeAlternatives, loadStoreStep, MAX_QUANTITY } from './store-data.js';
import { dialogFrame, renderStep, type StepView } from './steps.js';
import styles from './reserve-button.styles.js';

/**
 * @summary Reserve in store: a button that opens a dialog to choose a store with stock (the
 * shopper's by default), a quantity and a pickup slot; holds the stock with a live countdown;
 * takes contact details and consent; confirms with a code, a QR code, the store's address and
 * hours, an add-to-calendar file, and a way to cancel.
 *
 * @attr sku - The product (required).
 * @attr quantity - Units wanted (default 1), bounded by what the store has.
 * @attr store - A store id to reserve in, instead of the shopper's store.
 * @attr product-name - The product's name, for the dialog title and the calendar event.
 * @attr customer-name - Prefills the name (a signed-in shopper).
 * @attr customer-email - Prefills the email (a signed-in shopper).
 * @attr step - Reflected, read-only: the flow's step (`idle`, `store`, `holding`, `contact`,
 *   `confirming`, `confirmed`, `expired`, `cancelled`).
 *
 * @fires aisle-hold-created - Stock is held; `detail.hold`.
 * @fires aisle-hold-expired - The hold ran out before confirmation; `detail.hold`.
 * @fires aisle-reservation-confirmed - `detail.reservation`.
 * @fires aisle-reservation-cancelled - `detail.reservation`.
 * @fires aisle-error - A step failed; `detail.code` (`stock_unavailable`, `hold_expired`,
 *   `network`, …), `detail.status`.
 * @fires aisle-store-change - The shopper, who had no store, chose one in the dialog.
 *
 * @csspart button - The "Reserve in store" button.
 * @csspart dialog - The dialog.
 * @csspart title - The dialog's title.
 * @csspart close - The dialog's close button.
 * @csspart step - The current step's heading.
 * @csspart quantity - The quantity select.
 * @csspart slot - The pickup slot select.
 * @csspart hold - The "hold it for me" button.
 * @csspart countdown - The time left on the hold.
 * @csspart form - The contact form.
 * @csspart input - Each text field.
 * @csspart confirm - The confirm button.
 * @csspart code - The reservation code.
 * @csspart qr - The QR code (SVG).
 * @csspart calendar - The add-to-calendar button.
 * @csspart cancel - The cancel-reservation button.
 * @csspart error - An error message.
 * @csspart primary - Every primary action button (with its own part name too).
 * @csspart note - An explanatory note (no store chosen yet, no other store has it).
 * @csspart retry - The "try again" button after a failed load.
 * @csspart store - The chosen store's summary in the store step.
 * @csspart change-store - The "change store" button.
 * @csspart alternatives - The list of other stores that have the product.
 * @csspart alternative - Each other store's button in that list.
 * @csspart hold-again - The "hold it again" button after a hold expired.
 * @csspart back - The contact step's back button.
 * @csspart checkbox - Each consent checkbox.
 * @csspart field-error - A form field's error message.
 * @csspart confirmed - The "reservation confirmed" heading line.
 * @csspart ready-at - When the order is ready for pickup.
 * @csspart pickup-by - The last moment to pick it up.
 * @csspart address - The store's address on the confirmation.
 * @csspart hours - The store's opening hours table on the confirmation.
 * @csspart cancelled - The "reservation cancelled" message.
 * @csspart another - The "reserve again" button after a cancellation.
 *
 * @cssproperty --aisle-reserve-button-background - The primary buttons' background.
 * @cssproperty --aisle-reserve-button-color - The primary buttons' text colour.
 * @cssproperty --aisle-reserve-dialog-background - The dialog's background.
 * @cssproperty --aisle-reserve-backdrop - The backdrop behind the dialog.
 * @cssproperty --aisle-reserve-qr-size - The QR code's size (default 8rem).
 */
export class AisleReserveButton extends AisleElement<ReserveElementMessages> {
  static override styles = [...AisleElement.styles, styles];

  protected override get messages() {
    return messages;
  }

  private readonly myStore = new MyStoreController(this);
  private readonly form = new ContactForm(this);
  private readonly flow = new ReserveFlow(() => this.client, {
    onChange: (s) => this.onFlowChange(s),
    onHoldCreated: (hold) => {
      this.announcement = this.msg.reserveHoldStarted(minutesLeft(hold.expiresAt));
      this.emit('aisle-hold-created', { hold });
    },
    onHoldExpired: (hold) => this.emit('aisle-hold-expired', { hold }),
    onConfirmed: (reservation) => {
      saveReservation(this.sku, { id: reservation.id, code: reservation.code });
      this.emit('aisle-reservation-confirmed', { reservation });
    },
    onCancelled: (reservation) => {
      forgetReservation(this.sku);
      this.emit('aisle-reservation-cancelled', { reservation });
    },
    onError: (e) => this.onFlowError(e),
  });
  private readonly clock = new HoldClock(this, {
    onAnnounce: (s) => (this.announcement = this.msg.reserveTimeLeft(s)),
    onExpire: () => this.flow.expire(),
  });
  private restoredFor?: string;

  @query('dialog') private dialog?: HTMLDialogElement;
  @query('[part~="button"]') private trigger?: HTMLButtonElement;

  @state() private flowState: FlowState = { step: 'idle' };
  /** A store picked in the dialog (an alternative, or from the picker). */
  @state() private chosenStore = '';
  @state() private picking = false;
  @state() private wanted = 1;
  @state() private slotId = '';
  @state() private announcement = '';
  @state() private cancelling = false;
  /** Bumped to reload the store step (after a 409). */
  @state() private storeEpoch = 0;

  /** The product's SKU (required). */
  @property({ reflect: true }) sku = '';
  /** Units wanted (default 1). */
  @property({ type: Number }) quantity = 1;
  /** A store id to reserve in, instead of the shopper's store. */
  @property() store = '';
  @property({ attribute: 'product-name' }) productName = '';
  @property({ attribute: 'customer-name' }) customerName = '';
  @property({ attribute: 'customer-email' }) customerEmail = '';

  private readonly storeTask = new Task(this, {
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
        this.sku,
        this.storeId,
        this.initialQuantity,
        this.config.api,
        this.config.apiKey,
        this.config.mock,
        this.storeEpoch,
      ] as const,
  });

  private readonly alternativesTask = new Task(this, {
    task: async ([entries, from], { signal }) =>
      entries ? describeAlternatives(this.client, entries, from, { signal }) : undefined,
    args: () => [this.flowState.error?.alternatives, this.storeTask.value?.here.store] as const,
  });

  private readonly reservationStore = new Task(this, {
    task: async ([storeId], { signal }) =>
      storeId ? this.client.getStore(storeId, { signal }) : undefined,
    args: () => [this.flowState.reservation?.storeId] as const,
  });

  private readonly qr = new Task(this, {
    task: async ([code]) => (code ? qrPath(code) : undefined),
    args: () => [this.flowState.reservation?.code] as const,
  });

  private get client(): AisleClient {
    const { api, apiKey, mock } = this.config;
    return clientFor({ api, apiKey, locale: this.locale, mock });
  }

  /** The store to reserve in: one picked in the dialog, the `store` attribute, or the shopper's. */
  get storeId(): string | null {
    if (this.chosenStore) return this.chosenStore;
    if (this.store && isValidStoreId(this.store)) return this.store;
    return this.myStore.storeId;
  }

  /** The flow's current step. */
  get step(): FlowState['step'] {
    return this.flowState.step;
  }

  private get initialQuantity(): number {
    const q = Number(this.quantity);
    return Number.isInteger(q) && q >= 1 ? Math.min(q, MAX_QUANTITY) : 1;
  }

  private dialogOn(...steps: FlowState['step'][]): boolean {
    return steps.includes(this.flowState.step) && !this.picking;
  }

  private readonly onPageHide = (): void => this.flow.releaseOnPageHide();

  override connectedCallback(): void {
    super.connectedCallback();
    addEventListener('pagehide', this.onPageHide);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    removeEventListener('pagehide', this.onPageHide);
    this.flow.close();
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (this.getAttribute('step') !== this.step) this.setAttribute('step', this.step);
    if (changed.has('sku') && this.sku && this.restoredFor !== this.sku) this.restore();
  }

  /** Shows a confirmation kept for this session (id and code only) after a reload. */
  private async restore(): Promise<void> {
    this.restoredFor = this.sku;
    if (this.step !== 'idle') return;
    const reservation = await restoreReservation(this.sku, (id) => this.client.getReservation(id));
    if (reservation && this.step === 'idle') this.flow.restore(reservation);
  }

  private onFlowChange(next: FlowState): void {
    const previous = this.flowState;
    this.flowState = next;
    if (next.step === 'contact') this.clock.follow(next.hold);
    else if (next.step !== 'confirming') {
      this.clock.stop();
      this.announcement = ''; // the hold's messages are stale once it is over
    }
    if (next.step !== previous.step) this.focusStepAfterRender(previous.step);
  }

  private onFlowError(error: FlowError): void {
    if (error.reason === 'stock_unavailable') this.storeEpoch++;
    if (error.reason === 'hold_expired' && this.flowState.hold) {
      this.emit('aisle-hold-expired', { hold: this.flowState.hold });
    }
    this.emit('aisle-error', {
      code: error.code,
      message: error.message,
      ...(error.status ? { status: error.status } : {}),
    });
  }

  private async focusStepAfterRender(from: FlowState['step']): Promise<void> {
    // Moving between "holding" and "store" keeps focus where the shopper is.
    if (from === 'holding' && this.step === 'store') return;
    if (from === 'confirming' && this.step === 'contact') return;
    await this.updateComplete;
    if (!this.dialog?.open) return;
    this.renderRoot.querySelector<HTMLElement>('[part~="step"]')?.focus();
  }

  private open(): void {
    if (!this.sku) return;
    // The store picker (and the geocoders) load on this click, not with the button.
    void import('../store-picker/define.js');
    const fromIdle = this.step === 'idle' || this.step === 'cancelled';
    this.flow.open();
    if (fromIdle) {
      this.wanted = this.initialQuantity;
      this.slotId = '';
      this.form.reset(this.customerName, this.customerEmail);
      this.picking = !this.storeId;
    }
    this.dialog?.showModal();
  }

  /** The dialog's `close` event (Escape, or `close()`); late events after a reopen are ignored. */
  private onDialogClose = (): void => {
    if (!this.dialog?.open) this.finishClose();
  };

  private finishClose(): void {
    this.flow.close();
    this.picking = false;
    this.announcement = '';
    this.trigger?.focus();
  }

  private hold(): void {
    const data = this.storeTask.value;
    if (!data || data.available < 1) return;
    const quantity = Math.min(this.wanted, data.available);
    void this.flow.hold({
      sku: this.sku,
      storeId: data.here.store.id,
      quantity,
      ...(this.slotId ? { slotId: this.slotId } : {}),
    });
  }

  private pickStore(storeId: string): void {
    this.chosenStore = storeId;
    this.picking = false;
    this.slotId = '';
    this.flow.chooseAgain();
  }

  private onStorePicked = (event: Event): void => {
    const { store } = event as StorePickedEvent;
    if (!this.myStore.storeId) {
      const previousStoreId = this.myStore.set(store.id, this.config.persist);
      this.emit('aisle-store-change', { storeId: store.id, previousStoreId, store });
    }
    this.pickStore(store.id);
  };

  private async onSubmit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const result = await this.form.submit(this.renderRoot, this.updateComplete);
    if (result.valid) {
      void this.flow.confirm({ customer: result.customer, consent: result.consent });
    } else {
      this.announcement = this.msg.reserveErrSummary(Object.keys(result.errors).length);
    }
  }

  private downloadCalendar(reservation: Reservation): void {
    const event = pickupEvent(
      this.msg,
      this.locale,
      reservation,
      this.reservationStore.value,
      this.productName || this.sku,
    );
    downloadIcs(`reservation-${reservation.code}.ics`, buildIcs(event));
  }

  private async cancelReservation(): Promise<void> {
    if (this.cancelling) return;
    this.cancelling = true;
    try {
      await this.flow.cancel();
    } finally {
      this.cancelling = false;
    }
  }

  /** Opens the dialog (as a click on the button does). */
  show(): void {
    this.open();
  }

  /** Closes the dialog; an unconfirmed hold is released. */
  close(): void {
    if (!this.dialog?.open) return;
    this.dialog.close();
    this.finishClose();
  }

  private stepView(): StepView {
    return {
      msg: this.msg,
      locale: this.locale,
      state: this.flowState,
      needsStore: this.picking || !this.storeId,
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
      wanted: this.wanted,
      slotId: this.slotId,
      form: this.form,
      remainingMs: this.clock.remainingMs,
      reservationStore: this.reservationStore.value,
      qr: this.qr.value,
      cancelling: this.cancelling,
      on: {
        storePicked: this.onStorePicked,
        reloadStore: () => this.storeEpoch++,
        quantity: (q) => (this.wanted = q),
        slot: (id) => (this.slotId = id),
        hold: () => this.hold(),
        changeStore: () => (this.picking = true),
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

  override render() {
    const { msg } = this;
    return dialogFrame({
      msg,
      label: !this.sku
        ? msg.reserveInvalid
        : this.step === 'confirmed'
          ? msg.reserveView
          : msg.reserveButton,
      disabled: !this.sku,
      title: msg.reserveTitle(this.productName),
      step: this.step,
      announcement: this.announcement,
      body: this.step === 'idle' ? nothing : renderStep(this.stepView()),
      onOpen: () => this.open(),
      onClose: () => this.close(),
      onDialogClose: this.onDialogClose,
    });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'aisle-reserve-button': AisleReserveButton;
  }
}
