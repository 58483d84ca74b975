/**
 * `<aisle-reserve-button>` before the shopper wants it: the button alone. The dialog and all it
 * needs (the flow, countdown, contact form, QR code, calendar file, store picker, the dialog's
 * styles) are in reserve-dialog.ts, loaded with `import()` on the first click or `show()`, or on
 * connect when a confirmed reservation is kept in this session for the SKU.
 */
import { adoptStyles, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { AisleElement } from '../../internal/aisle-element.js';
import { messages, type ReserveButtonMessages } from './messages.js';
import { isValidSku } from '../../client/ids.js';
import {
  ownStore,
  skuAttribute,
  warnProductAttributes,
} from '../../internal/product-attributes.js';
import { myStore } from '../../state/my-store.js';
import { storeScope } from '../../internal/config-controller.js';
import type { FlowStep } from './flow.js';
import type * as DialogModule from './reserve-dialog.js';
import type { ReserveDialog } from './reserve-dialog.js';
import { apiOf, keptFor, keptKey } from './session-read.js';
import styles from './reserve-button.styles.js';

type LoadDialog = () => Promise<typeof DialogModule>;

const importDialog: LoadDialog = () => import('./reserve-dialog.js');
let loadDialogModule = importDialog;

/**
 * Test seam: replaces how the dialog module is loaded (to make the load fail or wait);
 * `undefined` restores the real `import()`.
 * @internal
 */
export function setDialogLoaderForTests(loader?: LoadDialog): void {
  loadDialogModule = loader ?? importDialog;
}

/** The buttons on the page. */
const buttons = new Set<AisleReserveButton>();

/**
 * @summary Reserve in store: a button that opens a dialog to choose a store with stock (the
 * shopper's by default), a quantity and a pickup slot; holds the stock with a live countdown;
 * takes contact details and consent; confirms with a code, a QR code, the store's address and
 * hours, an add-to-calendar file, and a way to cancel.
 *
 * @attr sku - The product (required).
 * @attr quantity - Units wanted (default 1), bounded by what the store has.
 * @attr store - A store id to reserve in, instead of the shopper's store.
 * @attr product-name - The product's name, for the dialog title, the confirmation ("2 × Oak
 *   chair"; the SKU without it) and the calendar event.
 * @attr customer-name - Prefills the name (a signed-in shopper).
 * @attr customer-email - Prefills the email (a signed-in shopper).
 * @attr terms-url - Where the reservation terms are (an http(s) URL or a path): the consent's
 *   label links to them, in a new tab.
 * @attr step - Reflected, read-only: the flow's step (`idle`, `store`, `holding`, `contact`,
 *   `confirming`, `confirmed`, `expired`, `cancelled`).
 *
 * @fires aisle-hold-created - Stock is held; `detail.hold`.
 * @fires aisle-hold-expired - The hold ran out before confirmation (its countdown, or a confirm
 *   answered 410); `detail.hold`, with `status: "expired"`.
 * @fires aisle-hold-released - The API took back a hold the shopper gave up (the dialog closed,
 *   another store chosen): its stock is free again; `detail.hold`.
 * @fires aisle-reservation-confirmed - `detail.reservation`. From the button's document when the
 *   confirm was answered after the button was removed from the page.
 * @fires aisle-reservation-cancelled - `detail.reservation`.
 * @fires aisle-error - A step failed; `detail.code` (`stock_unavailable`, `hold_expired`,
 *   `network`, …, or `load_failed` when the code of the dialog, the store search or the
 *   reservation requests could not be loaded), `detail.status`. From the button's document, as
 *   above, when a confirm was refused after the button was removed.
 * @fires aisle-store-change - The shopper, who had no store, chose one in the dialog
 * (`detail.storeId`, `detail.previousStoreId`, `detail.store`).
 *
 * @csspart button - The "Reserve in store" button.
 * @csspart dialog - The dialog.
 * @csspart title - The dialog's title.
 * @csspart close - The dialog's close button.
 * @csspart step - The current step's heading.
 * @csspart quantity - The quantity select.
 * @csspart slot - The pickup slot select.
 * @csspart hold - The "hold it for me" button.
 * @csspart summary - What is held, above the contact form: quantity × product, store, pickup time.
 * @csspart countdown - The time left on the hold.
 * @csspart more-time - The "More time" button next to the countdown (when the API can give it).
 * @csspart form - The contact form.
 * @csspart input - Each text field.
 * @csspart confirm - The confirm button.
 * @csspart code - The reservation code.
 * @csspart qr - The QR code (SVG).
 * @csspart calendar - The add-to-calendar button.
 * @csspart cancel - The cancel-reservation button (it asks first; pressed again, it cancels).
 * @csspart cancel-question - "Cancel this reservation?", after the first press of cancel.
 * @csspart keep - "Keep my reservation", next to that question.
 * @csspart error - An error message (in the dialog, or next to the button when the dialog could
 *   not be loaded).
 * @csspart primary - Every primary action button (with its own part name too).
 * @csspart note - An explanatory note (no store chosen yet, no other store has it).
 * @csspart retry - The "try again" button after a failed load.
 * @csspart store - The chosen store's summary in the store step.
 * @csspart change-store - The "change store" button.
 * @csspart alternatives - The list of other stores that have the product.
 * @csspart alternative - Each other store's button in that list.
 * @csspart hold-again - The "hold it again" button after a hold expired.
 * @csspart back - The contact step's back button.
 * @csspart choose-slot - "Choose another pickup time", on the contact step once the held slot has
 *   passed.
 * @csspart checkbox - Each consent checkbox.
 * @csspart field-error - A form field's error message.
 * @csspart terms-link - The link to the reservation terms in the consent's label (`terms-url`).
 * @csspart confirmed - The "reservation confirmed" heading line (or collected, or expired).
 * @csspart item - What was reserved, on the confirmation: quantity × product ("2 × Oak chair").
 * @csspart ready-at - When the order is ready for pickup (or the pickup slot booked, start to end).
 * @csspart pickup-by - The last moment to pick it up.
 * @csspart address - The store's address on the confirmation.
 * @csspart hours - The store's opening hours table on the confirmation.
 * @csspart cancelled - The "reservation cancelled" message, naming the code ("Reservation EMA-WDW
 *   is cancelled.").
 * @csspart another - The "reserve again" button after a cancellation (or a reservation found
 *   collected or expired).
 *
 * @cssproperty --aisle-reserve-button-background - The primary buttons' background.
 * @cssproperty --aisle-reserve-button-color - The primary buttons' text colour.
 * @cssproperty --aisle-reserve-dialog-background - The dialog's background.
 * @cssproperty --aisle-reserve-backdrop - The backdrop behind the dialog.
 * @cssproperty --aisle-reserve-qr-size - The QR code's size (default 8rem).
 */
export class AisleReserveButton extends AisleElement<ReserveButtonMessages> {
  static override styles = [...AisleElement.styles, styles];

  protected override get messages() {
    return messages;
  }

  /** The dialog, once its module has loaded. */
  #dialog?: ReserveDialog;
  /** The dialog has been rendered once and can be shown. */
  #dialogReady = false;
  #loading?: Promise<void>;
  #restoredFor?: string;

  /** A click (or `show()`) waits for the dialog's module: the button says it is busy. */
  @state() private openWanted = false;
  @state() private loadFailed = false;

  /** The product's SKU (required): without a valid one the button reads "Reservation unavailable", disabled, and the console says why. */
  @property({ reflect: true, converter: skuAttribute }) sku = '';
  /** Units wanted (default 1). */
  @property({ type: Number }) quantity = 1;
  /** A store id to reserve in, instead of the shopper's store. */
  @property() store = '';
  @property({ attribute: 'product-name' }) productName = '';
  @property({ attribute: 'customer-name' }) customerName = '';
  @property({ attribute: 'customer-email' }) customerEmail = '';
  @property({ attribute: 'terms-url' }) termsUrl = '';

  /** The store to reserve in: one picked in the dialog, the `store` attribute, or the shopper's. */
  get storeId(): string | null {
    if (this.#dialog?.chosenStore) return this.#dialog.chosenStore;
    return ownStore(this.store) ?? myStore().get(storeScope(this.config));
  }

  /** The flow's current step. */
  get step(): FlowStep {
    return this.#dialog?.step ?? 'idle';
  }

  /**
   * A reservation of `sku` was made on the page: its other buttons for that product load their
   * dialog, which shows it ("View your reservation").
   * @internal
   */
  static follow(sku: string): void {
    for (const b of buttons) if (b.sku === sku) void b.#loadDialog();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    buttons.add(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    buttons.delete(this);
    this.openWanted = false; // a dialog arriving now does not open
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    warnProductAttributes(this, changed);
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (this.getAttribute('step') !== this.step) this.setAttribute('step', this.step);
    // The SKU, or the page's `api`, changed: what is kept for them shows.
    const key = this.sku && keptKey(apiOf(this.config), this.sku);
    if (key && this.#restoredFor !== key) {
      this.#restoredFor = key;
      // Only a reservation (or a hold to give back) kept for them loads the dialog before a click.
      if (this.#dialog) this.#dialog.kept.followSku();
      else if (keptFor(key)) void this.#loadDialog();
    }
  }

  /** Loads the dialog's module once; a second call while it loads joins the first. */
  #loadDialog(): Promise<void> {
    this.#loading ??= this.#createDialog().finally(() => (this.#loading = undefined));
    return this.#loading;
  }

  async #createDialog(): Promise<void> {
    if (!this.#dialog) {
      let module: typeof DialogModule;
      try {
        module = await loadDialogModule();
      } catch (error) {
        this.#failLoad(error);
        return;
      }
      if (!this.isConnected) {
        this.openWanted = false;
        return;
      }
      const root = this.renderRoot as ShadowRoot;
      const base = (this.constructor as typeof AisleReserveButton).elementStyles;
      adoptStyles(root, [...base, module.dialogStyles]);
      this.#dialog = new module.ReserveDialog(this, {
        locale: () => this.locale,
        config: () => this.config,
      });
      this.requestUpdate();
      await this.updateComplete; // the <dialog> is rendered
      this.#dialogReady = true;
      // A confirmation kept for the session shows once the API confirms it (as before a click);
      // holds an earlier load asked for and never learnt of are given back.
      void this.#dialog.kept.restore();
      this.#dialog.kept.left.giveBack();
    }
    if (this.openWanted && this.isConnected) {
      this.openWanted = false;
      this.#dialog.open();
    }
  }

  #failLoad(error: unknown): void {
    const wanted = this.openWanted;
    this.openWanted = false;
    // A restore on connect fails quietly: the shopper asked for nothing yet.
    if (!wanted || !this.isConnected) return;
    this.loadFailed = true;
    this.emit('aisle-error', {
      code: 'load_failed',
      message: `The reservation dialog could not be loaded: ${String(error)}`,
    });
  }

  #open(): void {
    // Off the page there is no dialog to show (and nothing would clear the busy state).
    if (!isValidSku(this.sku) || !this.isConnected) return;
    if (this.#dialog && this.#dialogReady) {
      this.#dialog.open();
      return;
    }
    this.loadFailed = false;
    this.openWanted = true;
    void this.#loadDialog();
  }

  /** Opens the dialog (as a click on the button does); does nothing while off the page. */
  show(): void {
    this.#open();
  }

  /** Closes the dialog; an unconfirmed hold is released. */
  close(): void {
    this.openWanted = false;
    this.#dialog?.close();
  }

  override render(): TemplateResult {
    const { msg } = this;
    const valid = isValidSku(this.sku);
    const label = !valid
      ? msg.reserveInvalid
      : this.step === 'confirmed'
        ? msg.reserveView
        : msg.reserveButton;
    return html`
      <button
        type="button"
        part="button"
        ?disabled=${!valid}
        aria-haspopup="dialog"
        aria-busy=${this.openWanted ? 'true' : nothing}
        @click=${this.#open}
      >
        ${label}
      </button>
      ${
        this.loadFailed
          ? html`<p part="error" class="load-error" role="alert">${msg.reserveLoadFailed}</p>`
          : nothing
      }
      ${this.#dialog ? this.#dialog.render() : nothing}
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'aisle-reserve-button': AisleReserveButton;
  }
}
