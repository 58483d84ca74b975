/**
 * The locator's map: Leaflet inside the shadow root, markers clustered with supercluster.
 * This module (with Leaflet, its CSS and supercluster) is its own chunk, imported only when a
 * locator with a map comes near the viewport (map-controller.ts).
 *
 * Nothing from the API is ever passed to Leaflet as HTML: marker names go through attributes and
 * text nodes, and the attribution is text (map-controls.ts).
 */
import {
  Map as LeafletMap,
  Marker,
  TileLayer,
  DivIcon,
  LatLngBounds,
  type LatLngExpression,
} from './leaflet.js';
import Supercluster, { type ClusterProperties } from 'supercluster';
import type { LatLng, Store } from '../../client/types.js';
import leafletCss from './leaflet-css.generated.js';
import { MapControls, OSM_TILES, type MapControlLabels } from './map-controls.js';
import type { LocatorMessages } from '../../i18n/messages/types.js';
import { onActivateKey, PinKeys, type LeafletKeyboardEvent } from './map-keys.js';
import markerCss from './map-markers.styles.js';
import { honourReducedMotion } from './map-motion.js';

/** At this zoom and beyond every store has its own marker. */
export const CLUSTER_MAX_ZOOM = 13;

/** The map's words: the element's messages, in its language. */
export type LocatorMapLabels = MapControlLabels &
  Pick<LocatorMessages, 'locatorMapLabel' | 'locatorCluster'>;

export interface LocatorMapOptions {
  /** Tile URL template; '' draws no tiles (tests, or a page that wants markers only). */
  tiles: string | undefined;
  /** Plain text; escaped. Undefined with the default tiles gives the OpenStreetMap credit. */
  attribution: string | undefined;
  labels: LocatorMapLabels;
  /** The shopper chose a store on the map (click, or Enter on a focused marker). */
  onSelect: (storeId: string) => void;
}

type StoreProps = { id: string; name: string };

let sheet: CSSStyleSheet | undefined;

/** Leaflet's stylesheet, shared by every locator's shadow root. */
function leafletSheet(): CSSStyleSheet {
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(leafletCss + markerCss.cssText);
  }
  return sheet;
}

export class LocatorMap {
  readonly map: LeafletMap;
  readonly #markers = new Map<string, Marker>();
  readonly #byId = new Map<string, Store>();
  #index = new Supercluster<StoreProps, Record<string, never>>({
    radius: 60,
    maxZoom: CLUSTER_MAX_ZOOM,
  });
  #points: readonly Store[] = [];
  #selectedId: string | undefined;
  /** Selected from the list while the map was hidden: brought into view once it is shown. */
  #panWhenShown: string | undefined;
  #origin: Marker | undefined;
  readonly #resizeObserver: ResizeObserver;
  #lastSize = '';
  /** What the last fit showed, until the shopper moves the map: refitted when the box resizes. */
  #fitted: LatLngBounds | undefined;
  #moving = false;
  #labels: LocatorMapLabels;
  readonly #controls: MapControls;
  readonly #keys: PinKeys;

  constructor(
    private readonly container: HTMLElement,
    root: ShadowRoot,
    private readonly options: LocatorMapOptions,
  ) {
    if (!root.adoptedStyleSheets.includes(leafletSheet())) {
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, leafletSheet()];
    }
    this.#labels = options.labels;
    this.map = new LeafletMap(container, {
      center: [46.6, 2.4],
      zoom: 5,
      // Street level; also the end of the zoom buttons when there are no tiles to say it.
      maxZoom: 19,
      keyboard: true,
      zoomControl: false,
      attributionControl: false,
    });
    honourReducedMotion(this.map);
    const tiles = options.tiles ?? OSM_TILES;
    this.#controls = new MapControls(
      this.map,
      container,
      options.labels,
      tiles,
      options.attribution,
    );
    if (tiles) {
      // A tile server that fails leaves the map grey: once a round of tiles has settled with
      // none loaded, the map says so (the list keeps working).
      let loaded = 0;
      let failed = 0;
      new TileLayer(tiles, { maxZoom: 19, crossOrigin: true })
        .on({
          loading: () => (loaded = failed = 0),
          tileload: () => loaded++,
          tileerror: () => failed++,
          load: () => this.#controls.tilesFailed(failed > 0 && !loaded),
        })
        .addTo(this.map);
    }
    this.#keys = new PinKeys(this.map);
    this.map.on('moveend', () => this.#renderMarkers());
    // A move the shopper made (drag, wheel, keys, zoom buttons) ends the automatic fit.
    this.map.on('movestart zoomstart', () => {
      if (!this.#moving) this.#fitted = undefined;
    });
    this.#resizeObserver = new ResizeObserver(() => this.#onResize());
    this.#resizeObserver.observe(container);
  }

  /** The stores drawn on the map (clustered). Rebuilds the index only for a new array. */
  setStores(stores: readonly Store[]): void {
    if (stores === this.#points) return;
    this.#points = stores;
    this.#byId.clear();
    for (const s of stores) this.#byId.set(s.id, s);
    this.#index = new Supercluster<StoreProps, Record<string, never>>({
      radius: 60,
      maxZoom: CLUSTER_MAX_ZOOM,
    });
    this.#index.load(
      stores.map((s) => ({
        type: 'Feature' as const,
        geometry: { type: 'Point' as const, coordinates: [s.location.lng, s.location.lat] },
        properties: { id: s.id, name: s.name },
      })),
    );
    for (const marker of this.#markers.values()) this.#drop(marker);
    this.#markers.clear();
    this.#renderMarkers();
  }

  /** Removes a marker: one with the focus hands it on (PinKeys.drop), never to the page. */
  #drop(marker: Marker): void {
    const el = marker.getElement();
    if (el) this.#keys.drop(el);
    marker.remove();
  }

  /** Shows these stores (and the searched place) as large as the map allows. */
  fit(stores: readonly Store[], origin?: LatLng): void {
    const points: LatLngExpression[] = stores.map((s) => [s.location.lat, s.location.lng]);
    if (origin) points.push([origin.lat, origin.lng]);
    this.#setOrigin(origin);
    if (points.length === 0) return;
    this.#fitted = new LatLngBounds(points);
    this.#fitTo(this.#fitted);
    this.#renderMarkers();
  }

  /** Highlights a store's marker; with `pan`, brings it into view (zooming past its cluster). */
  select(storeId: string | undefined, pan: boolean): void {
    const previous = this.#selectedId;
    this.#selectedId = storeId;
    if (previous) this.#styleMarker(previous);
    if (!storeId) return;
    this.#styleMarker(storeId);
    if (pan) {
      // A hidden map (the list view on a phone) cannot move: it does when it is shown.
      if (this.container.clientWidth && this.container.clientHeight) this.#bringIntoView(storeId);
      else this.#panWhenShown = storeId;
    }
    this.#renderMarkers();
    this.#styleMarker(storeId);
  }

  /** Pans to a store's marker, zooming past its cluster when it is in one. */
  #bringIntoView(storeId: string): void {
    const store = this.#byId.get(storeId);
    if (!store) return;
    const at: LatLngExpression = [store.location.lat, store.location.lng];
    if (this.#markers.has(`s:${storeId}`)) this.map.panTo(at, { animate: false });
    else
      this.map.setView(at, Math.max(this.map.getZoom(), CLUSTER_MAX_ZOOM + 1), {
        animate: false,
      });
  }

  setLabels(labels: LocatorMapLabels): void {
    this.#labels = labels;
    this.#controls.setLabels(labels);
    this.container.setAttribute('aria-label', labels.locatorMapLabel);
  }

  /** Number of marker elements on the map (stores and clusters). */
  get markerCount(): number {
    return this.#markers.size;
  }

  destroy(): void {
    this.#resizeObserver.disconnect();
    // Leaflet 1.9.4 leaves the wheel zoom's 40 ms timer running after remove(): a locator removed
    // right after a wheel event would then throw from a map with no panes. Clear it first.
    const wheel = this.map.scrollWheelZoom as unknown as { _timer?: ReturnType<typeof setTimeout> };
    clearTimeout(wheel._timer);
    // Likewise the `moveend` it says 200 ms after measuring the map on a window resize.
    clearTimeout(
      (this.map as unknown as { _sizeTimer?: ReturnType<typeof setTimeout> })._sizeTimer,
    );
    this.#controls.destroy();
    this.map.remove();
    this.#markers.clear();
  }

  #fitTo(bounds: LatLngBounds): void {
    this.#moving = true;
    try {
      // A pin stands above its point (28 px, 35 selected): 40 px above and below keep it whole.
      this.map.fitBounds(bounds, { padding: [24, 40], maxZoom: 15, animate: false });
    } finally {
      this.#moving = false;
    }
  }

  #onResize(): void {
    const { clientWidth: w, clientHeight: h } = this.container;
    const size = `${w}x${h}`;
    if (w === 0 || h === 0) {
      this.#lastSize = ''; // hidden: showing it again is a change (a pan may wait for it)
      return;
    }
    if (size === this.#lastSize) return;
    this.#lastSize = size;
    this.map.invalidateSize({ pan: false });
    const pending = this.#panWhenShown;
    this.#panWhenShown = undefined;
    if (this.#fitted) this.#fitTo(this.#fitted);
    this.#renderMarkers(); // the clusters at this size, so that the pan knows what is one
    if (pending) {
      this.#bringIntoView(pending);
      this.#renderMarkers();
      this.#styleMarker(pending);
    }
  }

  #setOrigin(origin: LatLng | undefined): void {
    this.#origin?.remove();
    this.#origin = undefined;
    if (!origin) return;
    this.#origin = new Marker([origin.lat, origin.lng], {
      // An element, not Leaflet's default `innerHTML = ''`, which Trusted Types refuses.
      icon: new DivIcon({
        className: 'aisle-origin',
        html: document.createElement('i'),
        iconSize: [14, 14],
      }),
      keyboard: false,
      interactive: false,
      // Like every marker here: the build leaves out Leaflet's pan on focus (leaflet-unused.mjs).
      autoPanOnFocus: false,
    }).addTo(this.map);
    this.#origin.getElement()?.setAttribute('aria-hidden', 'true');
  }

  /** Draws the clusters and stores in view, reusing markers that stay. */
  #renderMarkers(): void {
    const size = this.map.getSize();
    if (size.x === 0 || size.y === 0 || this.#points.length === 0) return this.#keys.sync();
    const b = this.map.getBounds().pad(0.25);
    const zoom = Math.round(this.map.getZoom());
    const bbox: [number, number, number, number] = [
      Math.max(-180, b.getWest()),
      Math.max(-85, b.getSouth()),
      Math.min(180, b.getEast()),
      Math.min(85, b.getNorth()),
    ];
    const keep = new Set<string>();
    for (const feature of this.#index.getClusters(bbox, zoom)) {
      const [lng, lat] = feature.geometry.coordinates as [number, number];
      const props = feature.properties as Partial<ClusterProperties> & Partial<StoreProps>;
      if (props.cluster) {
        const key = `c:${props.cluster_id}:${zoom}`;
        keep.add(key);
        if (!this.#markers.has(key))
          this.#addCluster(key, lat, lng, props.cluster_id!, props.point_count!);
      } else if (props.id) {
        const key = `s:${props.id}`;
        keep.add(key);
        if (!this.#markers.has(key)) this.#addStore(key, lat, lng, props.id, props.name ?? '');
      }
    }
    for (const [key, marker] of this.#markers) {
      if (!keep.has(key)) {
        this.#drop(marker);
        this.#markers.delete(key);
      }
    }
    this.#keys.sync();
  }

  #addStore(key: string, lat: number, lng: number, id: string, name: string): void {
    // Leaflet positions the icon with a transform: the pin's own shape lives on a child.
    const pin = document.createElement('span');
    pin.className = 'aisle-pin';
    const marker = new Marker([lat, lng], {
      icon: new DivIcon({
        className: 'aisle-marker',
        html: pin,
        iconSize: [28, 28],
        iconAnchor: [14, 28],
      }),
      keyboard: false, // one Tab stop for every pin (map-keys.ts)
      autoPanOnFocus: false, // MapControls.reveal instead
      title: name,
      riseOnHover: true,
    });
    const choose = () => this.options.onSelect(id);
    marker.on('click', choose);
    marker.on('keydown', (e) => onActivateKey(e as LeafletKeyboardEvent, choose));
    marker.addTo(this.map);
    const el = marker.getElement();
    if (el) {
      el.setAttribute('role', 'button');
      el.setAttribute('aria-label', name);
      el.dataset.storeId = id;
      el.addEventListener('focus', () => this.#controls.reveal([lat, lng], [28, 28], [14, 28]));
    }
    this.#markers.set(key, marker);
    this.#styleMarker(id);
  }

  #addCluster(key: string, lat: number, lng: number, clusterId: number, count: number) {
    const label = document.createElement('span');
    label.textContent = count > 999 ? `${Math.round(count / 1000)}k` : String(count);
    const size = count < 10 ? 32 : count < 100 ? 38 : 46;
    const marker = new Marker([lat, lng], {
      icon: new DivIcon({ className: 'aisle-cluster', html: label, iconSize: [size, size] }),
      keyboard: false,
      autoPanOnFocus: false,
      title: this.#labels.locatorCluster(count),
    });
    const expand = () => {
      const zoom = Math.min(this.#index.getClusterExpansionZoom(clusterId), 18);
      this.map.setView([lat, lng], zoom);
    };
    marker.on('click', expand);
    marker.on('keydown', (e) => onActivateKey(e as LeafletKeyboardEvent, expand));
    marker.addTo(this.map);
    const el = marker.getElement();
    if (el) {
      el.setAttribute('role', 'button');
      el.setAttribute('aria-label', this.#labels.locatorCluster(count));
      const half = size / 2;
      el.addEventListener('focus', () =>
        this.#controls.reveal([lat, lng], [size, size], [half, half]),
      );
    }
    this.#markers.set(key, marker);
  }

  #styleMarker(id: string | undefined): void {
    if (!id) return;
    const marker = this.#markers.get(`s:${id}`);
    if (!marker) return;
    const selected = id === this.#selectedId;
    marker.setZIndexOffset(selected ? 1000 : 0);
    const el = marker.getElement();
    el?.classList.toggle('is-selected', selected);
    el?.setAttribute('aria-pressed', String(selected));
  }
}

export function createLocatorMap(
  container: HTMLElement,
  root: ShadowRoot,
  options: LocatorMapOptions,
): LocatorMap {
  const map = new LocatorMap(container, root, options);
  map.setLabels(options.labels);
  return map;
}
