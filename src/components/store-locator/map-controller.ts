/**
 * Loads the map chunk (locator-map.ts: Leaflet + supercluster) with a dynamic `import()` only
 * when the locator comes near the viewport, and keeps the map in step with the element and its
 * map attributes (`no-map`, `tiles`, `attribution`). A page whose locator is never shown, or has
 * `no-map`, never downloads it.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { LatLng, Store } from '../../client/types.js';
import type { AisleElement } from '../../internal/aisle-element.js';
import { isTileTemplate } from './attribute-check.js';
import type { LocatorMap, LocatorMapLabels } from './locator-map.js';
import type { LocatorElementMessages } from './messages.js';

/**
 * The locator, as its map controller reads it: the map goes in its `.map` element, and a map
 * that could not be loaded is reported with an `aisle-error` from it.
 */
export interface MapHost extends ReactiveControllerHost, HTMLElement {
  readonly renderRoot: HTMLElement | DocumentFragment;
  emit: AisleElement<LocatorElementMessages>['emit'];
  noMap: boolean;
  tiles: string | null;
  attribution: string | null;
}

export interface MapView {
  /** Stores drawn on the map (all client-side stores, or the results: with a filter on, always). */
  points: readonly Store[];
  /** Stores the map fits (the results) and the searched place. */
  results: readonly Store[];
  origin: LatLng | undefined;
  selectedId: string | undefined;
  /** A search is on its way: the map keeps its view until its results come with their place. */
  searching: boolean;
}

export interface MapControllerOptions {
  labels: () => LocatorMapLabels;
  view: () => MapView;
  onSelect: (storeId: string) => void;
}

/** Starts loading this far before the element scrolls into view. */
const ROOT_MARGIN = '300px';

export class MapController implements ReactiveController {
  map: LocatorMap | undefined;
  /** The map's code failed to load: asked again by `retry()` or when the browser is back online. */
  failed = false;
  #observer: IntersectionObserver | undefined;
  #near = false;
  #loading: Promise<void> | undefined;
  /** What the map was last fitted to (fitKey), and the arrays that key was made from. */
  #shown: string | undefined;
  #shownFrom: { results: readonly Store[]; origin: LatLng | undefined } | undefined;
  #shownSelection: string | undefined;
  /** Set by `select()`: the next sync pans to the selection (the list asked for it). */
  #panNext = false;
  /** `whenReady()`'s callers: resolved once the map shows, or rejected when it cannot load. */
  #waiting: Array<[() => void, (error: unknown) => void]> = [];
  #error: unknown;
  /** A sync waiting for a frame (see #schedule), what runs it, and the last update that asked. */
  #queued: Promise<void> | undefined;
  #run: (() => void) | undefined;
  #asked = 0;
  /** The tiles and attribution the map was made with: a change rebuilds it. */
  #madeWith = '';

  constructor(
    private readonly host: MapHost,
    private readonly options: MapControllerOptions,
  ) {
    host.addController(this);
  }

  /**
   * Resolves when the map exists and shows the last update, or at once with `no-map`; rejects
   * when the map's code cannot load (for tests and hosts that wait for it).
   */
  whenReady(): Promise<void> {
    if (this.map || this.host.noMap) return this.#queued ?? Promise.resolve();
    if (this.failed) return Promise.reject(this.#error);
    return new Promise((...settle) => this.#waiting.push(settle));
  }

  /** Settles `whenReady()`'s callers: 0 resolves them, 1 rejects them with `error`. */
  #settle(how: 0 | 1, error?: unknown): void {
    for (const settle of this.#waiting.splice(0)) settle[how](error);
  }

  hostConnected(): void {
    addEventListener('online', this.#online);
    if (typeof IntersectionObserver === 'undefined') return;
    this.#observer = new IntersectionObserver(
      (entries) => {
        this.#near = entries.some((e) => e.isIntersecting);
        if (this.#near) void this.#ensure();
      },
      { rootMargin: ROOT_MARGIN },
    );
    this.#observer.observe(this.host);
  }

  hostDisconnected(): void {
    removeEventListener('online', this.#online);
    this.#observer?.disconnect();
    this.#observer = undefined;
    // Removed from the page: the map goes. Moved (back before the next task: a layout or a
    // framework re-inserting it), it stays as the shopper left it, zoom and pan.
    setTimeout(() => {
      if (this.host.isConnected) return;
      this.#drop();
      this.#run?.(); // cancelled: with no map it syncs nothing, and whoever waits for it goes on
    });
  }

  #drop(): void {
    this.map?.destroy();
    this.map = this.#shown = this.#shownFrom = this.#shownSelection = undefined;
  }

  hostUpdated(): void {
    if (this.host.noMap || (this.map && this.#tileKey() !== this.#madeWith)) {
      this.#drop();
      if (this.host.noMap) return this.#settle(0);
    }
    if (this.map) this.#schedule();
    else if (this.#near) void this.#ensure();
  }

  /**
   * Syncs the map in a task of its own after the frame that follows the last update: the list that
   * update rendered paints first, and a fit of the map (Leaflet's redraw, tiles, markers) no longer
   * lengthens the task of the shopper's search. Updates until then share one sync (it reads the
   * latest view); a disconnect cancels it.
   */
  #schedule(): void {
    this.#queued ??= new Promise((resolve) => {
      this.#run = () => {
        this.#queued = this.#run = undefined;
        this.#sync();
        resolve();
      };
    });
    const asked = ++this.#asked;
    requestAnimationFrame(() => setTimeout(() => asked === this.#asked && this.#run?.()));
  }

  /** A template Leaflet cannot fill in would fetch one image for every tile: no tiles instead. */
  #tiles(): string | undefined {
    const { tiles } = this.host;
    return tiles === null ? undefined : isTileTemplate(tiles) ? tiles : '';
  }

  #tileKey(): string {
    return JSON.stringify([this.#tiles(), this.host.attribution]);
  }

  readonly #online = (): void => void (this.failed && this.retry());

  /** Loads the map's code again after a failure. */
  retry(): void {
    this.failed = false;
    this.host.requestUpdate();
  }

  /** The list selected a store: the map pans to it on the next update. */
  panToSelection(): void {
    this.#panNext = true;
  }

  #ensure(): Promise<void> {
    if (this.map || this.failed || this.host.noMap) return Promise.resolve();
    this.#loading ??= import('./locator-map.js')
      .then(({ createLocatorMap }) => {
        const container = this.host.renderRoot.querySelector<HTMLElement>('.map');
        const root = this.host.shadowRoot;
        if (!this.host.isConnected || !container || !root || this.host.noMap) return;
        this.#madeWith = this.#tileKey();
        this.map = createLocatorMap(container, root, {
          tiles: this.#tiles(),
          attribution: this.host.attribution ?? undefined,
          labels: this.options.labels(),
          onSelect: (id) => this.options.onSelect(id),
        });
        this.#sync();
        this.#settle(0);
      })
      // The list works without the map; the map's place says why it is missing.
      .catch((error: unknown) => {
        this.failed = true;
        this.#settle(1, (this.#error = error));
        this.host.requestUpdate();
        this.host.emit('aisle-error', {
          code: 'load_failed',
          message: `The map could not be loaded: ${String(error)}`,
        });
      })
      .finally(() => {
        this.#loading = undefined;
      });
    return this.#loading;
  }

  #sync(): void {
    const map = this.map;
    if (!map) return;
    const view = this.options.view();
    map.setLabels(this.options.labels());
    map.setStores(view.points);
    // The view moves only when the places shown change: the same stores found again (a language
    // switch asks again, a stock refresh re-ranks) leave the shopper's zoom and pan alone. A new
    // place moves it once, with its stores: not first to the old stores and the new place.
    if (
      !view.searching &&
      (this.#shownFrom?.results !== view.results || this.#shownFrom.origin !== view.origin)
    ) {
      this.#shownFrom = { results: view.results, origin: view.origin };
      const shown = fitKey(view.results, view.origin);
      if (this.#shown !== shown) {
        this.#shown = shown;
        map.fit(view.results, view.origin);
      }
    }
    if (view.selectedId !== this.#shownSelection || this.#panNext) {
      this.#shownSelection = view.selectedId;
      map.select(view.selectedId, this.#panNext);
      this.#panNext = false;
    }
  }
}

/** The stores (by id; their order does not move the map) and the searched point a fit shows. */
function fitKey(results: readonly Store[], origin: LatLng | undefined): string {
  const ids = results.map((s) => s.id).sort();
  return `${origin ? `${origin.lat},${origin.lng}` : ''}|${ids.join('\n')}`;
}
