import { html, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { TaskStatus } from '@lit/task';
import { clientFor, mockModeFetch, type AisleClient } from '../../client/index.js';
import type { Geocoder } from '../../geo/geocoder.js';
import { idle } from '../../geo/local-geocoder.js';
import { warnOnce } from '../../config/config.js';
import type { LatLng, Store } from '../../client/types.js';
import { AisleElement } from '../../internal/aisle-element.js';
import { messages, type LocatorElementMessages } from './messages.js';
import { StockMovedController } from '../../internal/stock-moved-controller.js';
import { MyStoreController } from '../../internal/my-store-controller.js';
import { TickerController } from '../../internal/ticker-controller.js';
import { LocatorData } from './locator-data.js';
import { MapController } from './map-controller.js';
import { parseList, parseNear } from './ranking.js';
import { attributeProblems, limitCount, radiusKm, wantedSkus } from './attribute-check.js';
import { PlaceSearch } from './place-search.js';
import { errorDetail, geocoderCache } from './store-source.js';
import { focusAfterSearch, focusMyStore, revealStoreCard } from './locator-focus.js';
import { renderLocatorBody, type LocatorActions, type LocatorViewState } from './locator-view.js';
import { syncStructuredData } from './structured-data-sync.js';
import styles from './store-locator.styles.js';

/** Where the search is: a named place, the shopper's position (`mine`), or a `near` point. */
type Origin = { point: LatLng; label?: string | undefined; mine?: boolean | undefined };

/** Attributes whose bad values are named in the console (attribute-check.ts). */
const CHECKED_ATTRIBUTES = ['near', 'radius', 'limit', 'tiles', 'sku', 'skus'] as const;

/**
 * A store finder: search by postcode, town, address or the shopper's location; stores nearest
 * first with hours, services, stock and "make this my store"; a Leaflet map in sync with the list
 * (loaded only when the element comes near the viewport).
 *
 * @summary Find a store: search, list and map.
 * @fires aisle-store-change - The shopper made a store theirs (`detail.storeId`,
 * `detail.previousStoreId`, `detail.store`).
 * @fires aisle-error - Stores could not be loaded (`detail.code`).
 * @csspart base - The wrapper.
 * @csspart search - The search row.
 * @csspart search-field - The search field's wrapper.
 * @csspart search-input - The search field.
 * @csspart suggestions - The list of suggested places.
 * @csspart suggestion - Each suggested place.
 * @csspart search-message - A message under the search field (nothing found, service down).
 * @csspart locate-button - The "use my location" button.
 * @csspart notice - A notice above the results (e.g. address search unavailable).
 * @csspart filters - The filter group.
 * @csspart view-switch - The list / map switch on narrow screens.
 * @csspart heading - The results heading ("Stores near Lyon", "Stores near you", "Stores").
 * @csspart list - The result pane.
 * @csspart status - The result count (only heard while the list is loading or empty).
 * @csspart prompt - What shows before any search.
 * @csspart loading - The loading state.
 * @csspart empty - The "no store found" state.
 * @csspart widen - The "search further" button.
 * @csspart clear-filters - The "clear filters" button, when filters left no store.
 * @csspart error - The error state.
 * @csspart retry - The "try again" button.
 * @csspart results - The list of stores.
 * @csspart store - Each store (also `store-selected` on the selected one).
 * @csspart store-selected - The selected store (its `store` part too).
 * @csspart store-select - The button that selects a store (and shows it on the map).
 * @csspart store-name - A store's name.
 * @csspart my-store - The "my store" mark on the shopper's store.
 * @csspart store-address - A store's address.
 * @csspart store-distance - A store's distance from the searched place.
 * @csspart store-open - Open now / closing soon / closed, the next opening, or "Hours not available".
 * @csspart store-stock - A store's stock of the `sku`/`skus` products.
 * @csspart store-services - A store's services.
 * @csspart store-hours - A store's opening hours (absent when it publishes none).
 * @csspart store-actions - A store's actions row.
 * @csspart store-phone - A store's phone: a link, or text when it is not only a number.
 * @csspart store-directions - A store's directions link.
 * @csspart make-my-store - The "make this my store" button.
 * @csspart map - The map container.
 * @cssproperty --aisle-locator-map-height - Height of the map (default 28rem; at most 75% of the viewport's).
 * @cssproperty --aisle-locator-list-height - Maximum height of the list beside the map (28rem).
 */
export class AisleStoreLocator extends AisleElement<LocatorElementMessages> {
  static override styles = [...AisleElement.styles, styles];

  protected override get messages() {
    return messages;
  }

  readonly #myStore = new MyStoreController(this, () => this.config);
  private readonly place = new PlaceSearch(this, {
    geocoder: () => this.#geocoder,
    locale: () => this.locale,
    msg: () => this.msg,
    onPlace: (point, label, picked, mine) => {
      this.#searchNear(point, label, mine);
      if (picked) this.#live = 'polite'; // the shopper's pick (not the `query` attribute's place)
      // A store's own name was chosen: select it in the results.
      if (picked?.storeId) {
        this.selectedId = picked.storeId;
        this.#scrollToSelection = true;
        this.mapController.panToSelection();
      }
    },
    onFailed: (error) => this.#reportError(error),
  });
  private readonly mapController = new MapController(this, {
    labels: () => this.msg,
    view: () => ({
      // Every client-side store, but with a filter on only those that pass (the results), as
      // the list: a pin the filters hide would be chosen and then missing from the list.
      points: (!this.openNow && !this.chosenServices.length && this.stores) || this.#ranked,
      results: this.#ranked,
      origin: this.origin?.point,
      selectedId: this.selectedId,
      searching: this.data.search.status === TaskStatus.PENDING,
    }),
    onSelect: (id) => this.#selectFromMap(id),
  });
  #skuList: string[] = [];
  #serviceList: string[] = [];
  readonly #geocoders = geocoderCache();
  #ranked: Store[] = [];
  #lastErrorReported: unknown;
  #scrollToSelection = false;
  /** The selection came from the map: its card takes the focus when the map has lost it. */
  #focusSelection = false;
  /** A button of the empty or error state started a search (see focusAfterSearch). */
  #focusAfterSearch = false;
  /**
   * The result count is said from the shopper's first search on (a place, their location, a
   * filter, a wider radius, "try again"); the count of the search made on load is only shown.
   */
  #live: 'off' | 'polite' = 'off';
  /** Re-renders each minute (one timer shared by every element) so "open now" stays true. */
  protected readonly ticker = new TickerController(this);

  @state() private origin: Origin | undefined;
  @state() private selectedId: string | undefined;
  @state() private openNow = false;
  @state() private chosenServices: readonly string[] = [];
  @state() private stockFirst = true;
  @state() private view: 'list' | 'map' = 'list';
  /** The radius after "search wider"; reset by a new search. */
  @state() private widenedKm: number | undefined;

  /** Initial search point, "lat,lng". */
  @property() near: string | null = null;
  /** Initial search text (a postcode, town or address), geocoded on load. */
  @property() query: string | null = null;
  /** Search radius in kilometres. */
  @property({ type: Number }) radius = 25;
  /** Most stores listed. */
  @property({ type: Number }) limit = 10;
  /** Services a store must offer, comma list (the shopper can change them). */
  @property() services: string | null = null;
  /** A product: each store shows its stock. */
  @property() sku: string | null = null;
  /** A basket, comma list: each store shows how many of them it has. */
  @property() skus: string | null = null;
  /** Tile URL template; '' for no tiles. Default: the OpenStreetMap tile server. */
  @property() tiles: string | null = null;
  /** Map attribution text (escaped). Default: the OpenStreetMap credit with the default tiles, which keep it when this is empty. */
  @property() attribution: string | null = null;
  /** List only: no map is loaded. */
  @property({ type: Boolean, attribute: 'no-map' }) noMap = false;
  /** Write schema.org Store JSON-LD for the listed stores into the light DOM. */
  @property({ type: Boolean, attribute: 'structured-data' }) structuredData = false;
  /** Every store, loaded client-side (up to 100,000): indexed once, searched without network. */
  @property({ attribute: false }) stores: Store[] | undefined;

  private readonly data = new LocatorData(this, {
    search: () => [
      this.origin,
      this.#radiusKm,
      limitCount(this.limit),
      this.chosenServices,
      this.openNow,
      this.stores ?? this.#client,
    ],
    stock: () => [this.#skuList, this.#client],
    onError: (error) => this.#reportError(error),
  });
  /** A hold or reservation of a listed product moved its stock: check the stock again. */
  protected readonly stockMoved = new StockMovedController(this, (sku) => {
    if (!this.#skuList.includes(sku)) return;
    this.#client.invalidate(sku); // the reserve button may use another client (another language)
    void this.data.stock.run();
  });

  /** The same client as the page's badges and reserve buttons in this language. */
  get #client(): AisleClient {
    const { api, apiKey, mock } = this.config;
    return clientFor({ api, apiKey, locale: this.locale, mock });
  }

  get #radiusKm(): number {
    return radiusKm(this.widenedKm ?? this.radius);
  }

  /** The place search's geocoder, made again only when its settings change. */
  get #geocoder(): Geocoder {
    return this.#geocoders(
      this.config.geocoder,
      this.stores,
      this.#client,
      () => this.place.say(this.msg.locatorGeocoderDown, true),
      this.config.mock ? mockModeFetch : undefined,
    );
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Moved in the page while its `query` was looked up (the move aborted it): look it up again.
    if (this.hasUpdated && !this.origin) this.place.lookUpQuery(this.query, this.near);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('sku') || changed.has('skus')) {
      const next = wantedSkus(this.sku, this.skus);
      if (next.join() !== this.#skuList.join()) this.#skuList = next;
    }
    if (CHECKED_ATTRIBUTES.some((name) => changed.has(name))) {
      attributeProblems(this).forEach(warnOnce);
    }
    if (changed.has('services')) {
      this.#serviceList = parseList(this.services);
      for (const s of this.#serviceList) this.data.services.add(s);
      this.chosenServices = this.#serviceList;
    }
    // The search box's matcher indexes the stores in idle time, not at the first keystroke.
    if (changed.has('stores') && this.stores) void idle().then(() => this.#geocoder);
    if (changed.has('radius')) this.widenedKm = undefined;
    if (changed.has('near')) {
      const point = parseNear(this.near);
      if (point) this.origin = { point };
    }
    if (changed.has('query')) this.place.lookUpQuery(this.query, this.near);
    this.#ranked = this.data.ranked(this.stockFirst && this.#skuList.length > 0);
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (this.structuredData || changed.get('structuredData') === true)
      syncStructuredData(this, () => (this.structuredData ? this.#ranked : undefined));
    const root = this.shadowRoot!;
    // Waits for the card: after a new search it appears only with the results.
    if (
      this.#scrollToSelection &&
      this.selectedId &&
      revealStoreCard(root, this.selectedId, this.#focusSelection)
    )
      this.#scrollToSelection = this.#focusSelection = false;
    if (
      this.#focusAfterSearch &&
      this.data.search.status !== TaskStatus.PENDING &&
      focusAfterSearch(root, this.#ranked[0]?.id)
    )
      this.#focusAfterSearch = false;
  }

  #reportError(error: unknown): void {
    if (this.#lastErrorReported === error) return;
    this.#lastErrorReported = error;
    this.emit('aisle-error', errorDetail(error));
  }

  #searchNear(point: LatLng, label?: string, mine?: boolean): void {
    this.place.placeChosen(); // the shopper's own search replaces a failed `query`
    this.origin = { point, label, mine };
    this.widenedKm = undefined;
    this.selectedId = undefined;
    this.#focusSelection = false;
  }

  #selectFromList(store: Store): void {
    this.selectedId = store.id;
    this.mapController.panToSelection();
  }

  #selectFromMap(id: string): void {
    if (!this.#ranked.some((s) => s.id === id)) {
      // A client-side store outside the results: search around it.
      const store = this.stores?.find((s) => s.id === id);
      if (!store) return;
      this.#searchNear(store.location, store.name);
      this.#live = 'polite';
    }
    this.selectedId = id;
    this.view = 'list';
    this.#scrollToSelection = true;
    // Once its card is there (after that search, if one was needed): see updated().
    this.#focusSelection = true;
  }

  #makeMyStore(store: Store): void {
    const previous = this.#myStore.set(store.id, this.config.persist);
    if (previous === store.id) return;
    this.emit('aisle-store-change', { storeId: store.id, previousStoreId: previous, store });
    focusMyStore(this, store.id);
  }

  /** A state button's action: the focus follows once its search ends. */
  #focusAfter(action: () => void) {
    return () => {
      this.#live = 'polite';
      this.#focusAfterSearch = true;
      action();
    };
  }

  /** The view's handlers, made once: a card is made again only when what it shows changes. */
  readonly #actions: LocatorActions = {
    useLocation: (e) => {
      this.#live = 'polite';
      // Why the position could not be had shows under the button: on a phone, maybe past the
      // bottom of the screen.
      void this.place
        .useLocation(e)
        .then(() => this.updateComplete)
        .then(
          () =>
            this.place.notice &&
            this.renderRoot.querySelector('.notice')!.scrollIntoView({ block: 'nearest' }),
        );
    },
    widen: this.#focusAfter(() => (this.widenedKm = this.#radiusKm * 2)),
    clearFilters: this.#focusAfter(() => {
      this.openNow = false;
      this.chosenServices = [];
    }),
    retry: this.#focusAfter(() => this.retry()),
    retryMap: () => this.mapController.retry(),
    setOpenNow: (v) => {
      this.#live = 'polite';
      this.openNow = v;
    },
    setStockFirst: (v) => (this.stockFirst = v),
    toggleService: (s, on) => {
      this.#live = 'polite';
      this.chosenServices = on
        ? [...this.chosenServices, s]
        : this.chosenServices.filter((x) => x !== s);
    },
    setView: (v) => (this.view = v),
    select: (s) => this.#selectFromList(s),
    makeMyStore: (s) => this.#makeMyStore(s),
  };

  /** Runs the current search again (after an error): a typed place's look-up, or the stores'. */
  retry(): void {
    this.#lastErrorReported = undefined;
    if (this.place.queryFailed) this.place.lookUp(this.query ?? '');
    else if (this.place.box.failed) {
      // Its "Try again" goes once the place is found: the focus waits in the search field.
      this.renderRoot.querySelector('input')!.focus();
      this.place.box.retry();
    } else void this.data.search.run();
  }

  /**
   * Resolves when the map is on screen (it loads when the element nears the viewport) and shows
   * the last update (the map follows the list after the next frame); at once with `no-map`.
   * Rejects when the map's code cannot load (an `aisle-error` with code `load_failed` says so
   * too); called again after "Try again", it waits for the new attempt.
   */
  mapReady(): Promise<void> {
    return this.updateComplete.then(() => this.mapController.whenReady());
  }

  protected override render(): TemplateResult {
    // In stock first: the list waits for its stores' stock, so no card moves under a finger.
    const stock = this.data.stock;
    const ordering =
      this.stockFirst &&
      this.#skuList.length > 0 &&
      stock.status === TaskStatus.PENDING &&
      this.#ranked.some((s) => !stock.value?.has(s.id));
    const view: LocatorViewState = {
      msg: this.msg,
      locale: this.locale,
      search: this.place.box,
      locating: this.place.locating,
      notice: this.place.notice,
      origin: this.origin,
      radiusKm: this.#radiusKm,
      live: this.#live,
      status: this.place.queryFailed
        ? TaskStatus.ERROR
        : !this.origin
          ? TaskStatus.INITIAL
          : ordering
            ? TaskStatus.PENDING
            : this.data.search.status,
      ranked: ordering ? [] : this.#ranked,
      skus: this.#skuList,
      stock: stock.value,
      stockPending: stock.status === TaskStatus.PENDING,
      stockFirst: this.stockFirst,
      openNow: this.openNow,
      services: [...this.data.services].sort(),
      chosenServices: this.chosenServices,
      selectedId: this.selectedId,
      myStoreId: this.#myStore.storeId,
      noMap: this.noMap,
      mapFailed: this.mapController.failed,
      view: this.view,
      actions: this.#actions,
    };
    return html`<div part="base" class="base">${renderLocatorBody(view)}</div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'aisle-store-locator': AisleStoreLocator;
  }
}
