import { Task, TaskStatus } from '@lit/task';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { clientFor } from '../../client/index.js';
import { runtimeConfig, warnOnce } from '../../config/config.js';
import { AisleApiError, isAbortError } from '../../client/errors.js';
import { isValidSku } from '../../client/ids.js';
import { inScope } from '../../internal/abort-scope.js';
import { browserOffline } from '../../internal/dom.js';
import { announcement, liveText, type Announcement } from '../../internal/announcement.js';
import { AisleElement } from '../../internal/aisle-element.js';
import { messages, type BadgeElementMessages } from './messages.js';
import { MyStoreController } from '../../internal/my-store-controller.js';
import {
  ownStore,
  skuAttribute,
  wantedQuantity,
  warnProductAttributes,
} from '../../internal/product-attributes.js';
import { OnlineController } from '../../internal/online-controller.js';
import { StockMovedController } from '../../internal/stock-moved-controller.js';
import { TickerController } from '../../internal/ticker-controller.js';
import { StorePickerLoader } from '../store-picker/picker-loader.js';
import type { StorePickedEvent } from '../store-picker/store-picker.js';
import { loadBadge } from './badge-data.js';
import type { StockBadgeStatus } from './badge-state.js';
import { badgeText, isStale, type BadgeResult } from './badge-text.js';
import { joinParts } from '../../i18n/join.js';
import { statusIcon } from './badge-icons.js';
import styles from './stock-badge.styles.js';

export type { StockBadgeStatus };

/** The API answered that the store does not exist (not a failure a retry could mend). */
function storeNotFound(error: unknown): boolean {
  return error instanceof AisleApiError && error.code === 'store_not_found';
}

/** How long an announcement stays in the live region: time to be said, then out of the way. */
const ANNOUNCED_FOR_MS = 7000;

/**
 * @summary Availability of one product at the shopper's store: in stock, low, out or unknown,
 * how fresh that is, the pickup promise, and the nearest store that has it when this one does not.
 * With no store chosen yet it offers "check availability near you", which opens a store picker.
 *
 * @attr sku - The product (required; 1–64 letters, digits, `.`, `_`, `-`, `/`).
 * @attr store - A store id that overrides the shopper's store for this badge.
 * @attr quantity - Units wanted (default 1): "in stock" only when at least that many are available.
 * @attr status - Reflected, read-only: `loading`, `in-stock`, `low-stock`, `out-of-stock`,
 *   `unknown`, `no-store`, `error` or `invalid`.
 * @attr stale - Reflected, read-only: present when the data may be out of date.
 *
 * @fires aisle-store-change - The shopper chose a store in the badge's picker
 * (`detail.storeId`, `detail.previousStoreId`, `detail.store`).
 * @fires aisle-error - Availability could not be loaded (`detail.code`: network, timeout, http…),
 *   or the store picker's code could not be (`load_failed`).
 *
 * @csspart base - The badge's frame.
 * @csspart icon - The status icon (shape differs per status: colour is never the only signal).
 * @csspart status - The status line ("In stock").
 * @csspart details - The second line: store, freshness, pickup promise or nearest store.
 * @csspart action - The "check availability near you" / "change store" / "try again" button.
 * @csspart picker - The store picker's container.
 *
 * @cssproperty --aisle-stock-badge-in-stock-color - Icon colour when in stock.
 * @cssproperty --aisle-stock-badge-low-stock-color - Icon colour when stock is low.
 * @cssproperty --aisle-stock-badge-out-of-stock-color - Icon colour when out of stock.
 * @cssproperty --aisle-stock-badge-background - Background of the badge.
 * @cssproperty --aisle-stock-badge-border-color - Border of the badge.
 */
export class AisleStockBadge extends AisleElement<BadgeElementMessages> {
  static override styles = [...AisleElement.styles, styles];

  protected override get messages() {
    return messages;
  }

  readonly #myStore = new MyStoreController(this, () => this.config);
  protected readonly ticker = new TickerController(this);
  readonly #picker = new StorePickerLoader(this, (d) => this.emit('aisle-error', d));
  /** A hold or reservation of this product moved its stock: check again (not announced). */
  protected readonly stockMoved = new StockMovedController(this, (sku) => {
    if (sku !== this.sku || !this.storeId) return;
    this.#client.invalidate(sku); // the reserve button may use another client (another language)
    void this.#lookup.run();
  });
  /** Back online: a lookup that failed is asked again (not announced: nobody clicked). */
  protected readonly online = new OnlineController(this, () => {
    if (this.status !== 'error' || this.#storeUnknown) return;
    // A focused "Try again" goes while loading: the focus comes back after.
    if (this.shadowRoot?.activeElement?.getAttribute('part') === 'action') {
      this.#focusActionWhenShown = true;
    }
    void this.#lookup.run();
  });
  /** The next completed lookup was caused by the shopper: announce it. */
  #announceNext = false;
  /** Focus goes back to the action once it renders again (it is hidden while loading). */
  #focusActionWhenShown = false;

  @state() private pickerOpen = false;
  @state() private announcement: Announcement | undefined;
  #quiet?: ReturnType<typeof setTimeout>;

  /** The product's SKU. */
  @property({ reflect: true, converter: skuAttribute }) sku = '';
  /** A store id that overrides the shopper's store for this badge. */
  @property({ attribute: 'store' }) store = '';
  /** Units wanted. */
  @property({ type: Number }) quantity = 1;

  /** The lookup was given up while the badge was out of the page: asked again when it is back. */
  #putBack = false;

  readonly #lookup = new Task(this, {
    // The configuration is in `args` so that a change runs the lookup again; so is the
    // `provider`/`fetch` of configure() (a new object each time either changes), which a tag
    // manager's code may give after the badges have loaded.
    task: async ([sku, storeId, quantity], { signal }) => {
      // Removed by the page (see disconnectedCallback): nothing to ask until it is put back.
      if (!this.isConnected) return void (this.#putBack = true);
      if (!isValidSku(sku) || !storeId) return undefined;
      const client = this.#client;
      try {
        return await inScope(signal, (scoped) => loadBadge(client, sku, storeId, quantity, scoped));
      } catch (error) {
        if (!isAbortError(error) && !signal.aborted) this.#reportError(error);
        throw error;
      }
    },
    // Only what the shopper caused is announced: 100 badges loading stay silent.
    onComplete: (result) => {
      // A recovery nobody asked for is not announced, but what was said before no longer holds.
      if (!this.#announceNext || !result) return void (this.announcement = undefined);
      this.#announceNext = false;
      this.announcement = announcement(this.#summary(result), this.locale);
    },
    onError: (error) => {
      if (!this.#announceNext || isAbortError(error)) return;
      this.#announceNext = false;
      this.announcement = announcement(this.msg.badgeUnavailable, this.locale);
    },
    args: () =>
      [
        this.sku,
        this.storeId,
        this.#wantedQuantity,
        this.config.api,
        this.config.apiKey,
        this.config.mock,
        runtimeConfig(),
      ] as const,
  });

  get #client() {
    const { api, apiKey, mock } = this.config;
    return clientFor({ api, apiKey, locale: this.locale, mock });
  }

  /** The store this badge is about: its `store` attribute, else the shopper's store. */
  get storeId(): string | null {
    return this.#own ?? this.#myStore.storeId;
  }

  /** The retailer's store for this badge (its valid `store`): none to change or pick then. */
  get #own(): string | undefined {
    return ownStore(this.store);
  }

  get #wantedQuantity(): number {
    return wantedQuantity(this.quantity);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Put back after its lookup was given up (below): it asks again (the cache may answer).
    if (this.#putBack) void this.#lookup.run();
    this.#putBack = false;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    // Removed (a single-page app's route change): a pending lookup is given up, and the shared
    // request with the last badge to leave. Running the task again aborts the pending run (the
    // build leaves Task's abort() out, scripts/library-unused.mjs). A move reconnects first.
    queueMicrotask(() => {
      if (!this.isConnected && this.#lookup.status === TaskStatus.PENDING) void this.#lookup.run();
    });
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    warnProductAttributes(this, changed);
    if (changed.has('sku') && changed.get('sku')) this.#announceNext = true; // a variant change
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // Said, then taken out of the reading order: left there, a screen reader reading the page
    // met the details twice (the badge's, then the announcement's).
    if ((changed as PropertyValues).has('announcement') && this.announcement) {
      clearTimeout(this.#quiet);
      this.#quiet = setTimeout(() => (this.announcement = undefined), ANNOUNCED_FOR_MS);
    }
    const status = this.status;
    if (this.getAttribute('status') !== status) this.setAttribute('status', status);
    const result = this.#lookup.status === TaskStatus.COMPLETE && this.#lookup.value;
    this.toggleAttribute('stale', !!result && isStale(result, Date.now()));
    if (this.#focusActionWhenShown && status !== 'loading') {
      this.#focusActionWhenShown = false;
      // Only if the shopper has not moved on meanwhile. With no action to show (a `store`
      // attribute), the badge's frame takes the focus, so it is not dropped on the page.
      const active = document.activeElement;
      if (!active || active === document.body || active === this) {
        const root = this.renderRoot;
        (
          root.querySelector<HTMLElement>('[part="action"]') ??
          root.querySelector<HTMLElement>('[part="base"]')
        )?.focus();
      }
    }
  }

  /** What the badge shows now (also reflected as the `status` attribute). */
  get status(): StockBadgeStatus {
    if (!isValidSku(this.sku)) return 'invalid';
    if (!this.storeId) return 'no-store';
    switch (this.#lookup.status) {
      case TaskStatus.COMPLETE:
        return this.#lookup.value?.view.status ?? 'loading';
      case TaskStatus.ERROR:
        return isAbortError(this.#lookup.error) ? 'loading' : 'error';
      default:
        return 'loading';
    }
  }

  #reportError(error: unknown): void {
    const apiError = error instanceof AisleApiError ? error : undefined;
    this.emit('aisle-error', {
      code: apiError?.code ?? apiError?.kind ?? 'unknown',
      message: error instanceof Error ? error.message : String(error),
      status: apiError?.status,
    });
    if (storeNotFound(error) && this.#own) {
      warnOnce(`<aisle-stock-badge store="${this.store}">: the API has no such store.`);
    }
  }

  #summary(result: BadgeResult): string {
    const text = badgeText(result, this.msg, this.locale, new Date());
    return [text.status, ...text.details].join('. ');
  }

  #togglePicker(event: MouseEvent): void {
    // A double click's (or double tap's) second click would close what the first opened.
    if (event.detail > 1) return;
    // The picker (and the geocoders) load on this click: a page of badges does not run them
    // before the shopper asks. The element upgrades in place when its module arrives.
    if (!this.pickerOpen) this.#picker.load();
    this.pickerOpen = !this.pickerOpen;
  }

  #closePicker(): void {
    this.pickerOpen = false;
    // The picker held the focus: hand it to the action ("Change store", or "Retry"), now or as
    // soon as the new store's lookup has settled, so it is never dropped on the page's body.
    this.#focusActionWhenShown = true;
    this.requestUpdate();
  }

  #onPickerKeydown(event: KeyboardEvent): void {
    if (event.key === 'Escape') {
      // Only the picker closes: no close request for a page's dialog around the badge.
      event.preventDefault();
      event.stopPropagation();
      this.#closePicker();
    }
  }

  #onStorePicked(event: StorePickedEvent): void {
    const store = event.store;
    const previous = this.#myStore.set(store.id, this.config.persist);
    this.#announceNext = true;
    this.#closePicker();
    if (previous !== store.id) {
      this.emit('aisle-store-change', { storeId: store.id, previousStoreId: previous, store });
    } else {
      this.#lookup.run();
    }
  }

  #retry(): void {
    this.#announceNext = true;
    this.#focusActionWhenShown = true; // the button goes while loading: focus comes back after
    void this.#lookup.run();
  }

  /** The API does not know the store: trying again cannot help; another store can. */
  get #storeUnknown(): boolean {
    return this.status === 'error' && storeNotFound(this.#lookup.error);
  }

  #renderAction() {
    const status = this.status;
    if (status === 'error' && this.#storeUnknown) {
      // The retailer's `store` is theirs to fix (see the console); the shopper's own can change.
      if (this.#own) return nothing;
    } else if (status === 'error') {
      return html`<button part="action" type="button" @click=${this.#retry}>
        ${this.msg.retry}
      </button>`;
    }
    if (status === 'loading' && !this.#own) {
      // Holds the place of "Change store" so the badge does not grow when it appears.
      return html`<span class="action-placeholder" aria-hidden="true"
        >${this.msg.badgeChangeStore}</span
      >`;
    }
    if (status === 'invalid' || status === 'loading' || this.#own) return nothing;
    const label = status === 'no-store' ? this.msg.badgeCheckNearYou : this.msg.badgeChangeStore;
    return html`<button
      part="action"
      type="button"
      aria-expanded=${this.pickerOpen}
      aria-controls="picker"
      @click=${this.#togglePicker}
    >
      ${label}
    </button>`;
  }

  #renderLines(): { status: string; details: string } {
    const msg = this.msg;
    switch (this.status) {
      case 'invalid':
        return { status: msg.badgeInvalid, details: '' };
      case 'no-store':
        return { status: msg.badgeNoStore, details: '' };
      case 'loading': {
        // After an answer (a variant picked, a store chosen), its details stay, hidden, until the
        // next one: the badge keeps its size rather than shrink, then grow (three detail lines).
        const last = this.#lookup.value;
        const held = last && joinParts(badgeText(last, msg, this.locale, new Date()).details);
        return { status: msg.stockChecking, details: held || '' };
      }
      case 'error':
        return {
          status: this.#storeUnknown ? msg.badgeStoreUnknown : msg.badgeUnavailable,
          details: browserOffline() ? msg.errorOffline : '',
        };
      default: {
        const text = badgeText(this.#lookup.value!, msg, this.locale, new Date());
        return { status: text.status, details: joinParts(text.details) };
      }
    }
  }

  protected override render(): TemplateResult {
    const status = this.status;
    const lines = this.#renderLines();
    return html`
      <div
        part="base"
        tabindex="-1"
        class=${status === 'loading' ? 'loading' : ''}
        aria-busy=${status === 'loading'}
      >
        <span part="icon" aria-hidden="true">${statusIcon(status)}</span>
        <span class="body">
          <span part="status">${lines.status}</span>
          ${status === 'no-store' ? nothing : this.#renderAction()}
          <!-- The details always take their lines, so loading and loaded are the same size. -->
          <span class="details"
            ><span part="details"
              >${status === 'no-store' ? this.#renderAction() : lines.details || '\u00a0'}</span
            ></span
          >
          <span class="sizer" aria-hidden="true">${lines.details}</span>
        </span>
      </div>
      <div class="visually-hidden" aria-live="polite">
        ${liveText(this.announcement, this.locale)}
      </div>
      <div part="picker" id="picker" ?hidden=${!this.pickerOpen} @keydown=${this.#onPickerKeydown}>
        ${
          this.pickerOpen
            ? this.#picker.render(this.#onStorePicked, this.msg, {
                config: this.config,
                client: this.#client,
              })
            : nothing
        }
      </div>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'aisle-stock-badge': AisleStockBadge;
  }
}
