/**
 * The map's zoom buttons and attribution, drawn by Aisle instead of Leaflet's controls: real
 * `<button>`s with labels in the shopper's language (updated when it changes), and an
 * attribution made of text nodes only. Leaflet's control classes are reused for its CSS.
 */
import {
  disableClickPropagation,
  type LatLngExpression,
  type Map as LeafletMap,
} from './leaflet.js';
import type { LocatorMessages } from '../../i18n/messages/types.js';

export const OSM_TILES = 'https://tile.openstreetmap.org/{z}/{x}/{y}.png';

/** Room kept between a focused marker and a control, in px (its focus ring is 3 px wide). */
const GAP = 4;

/** The controls' words: the element's messages (locatorTilesFailed is said over the map when none of its tiles could be loaded). */
export type MapControlLabels = Pick<
  LocatorMessages,
  'locatorZoomIn' | 'locatorZoomOut' | 'locatorTilesFailed'
>;

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className: string,
  parent: HTMLElement,
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.className = className;
  parent.append(node);
  return node;
}

export class MapControls {
  readonly #root: HTMLDivElement;
  readonly #zoomIn: HTMLButtonElement;
  readonly #zoomOut: HTMLButtonElement;
  #tilesFailed = '';
  /** "The map's images could not be loaded", while that is so. */
  #note: HTMLElement | undefined;

  /**
   * `attribution` is plain text (never HTML); undefined or empty with OpenStreetMap's tiles gives
   * the credit their tile policy requires.
   */
  constructor(
    private readonly map: LeafletMap,
    container: HTMLElement,
    labels: MapControlLabels,
    tiles: string,
    attribution: string | undefined,
  ) {
    this.#root = el('div', 'leaflet-control-container', container);
    const bar = el(
      'div',
      'leaflet-control leaflet-bar leaflet-control-zoom',
      el('div', 'leaflet-top leaflet-left', this.#root),
    );
    this.#zoomIn = this.#button(bar, 'leaflet-control-zoom-in', '+', () => map.zoomIn());
    this.#zoomOut = this.#button(bar, 'leaflet-control-zoom-out', '\u2212', () => map.zoomOut());
    this.setLabels(labels);
    map.on('zoomend zoomlevelschange', this.#syncDisabled, this);
    this.#syncDisabled();

    // Other tiles with no (or an empty) attribution draw no box at all; OpenStreetMap's tiles
    // always have their credit, which their tile policy requires.
    if (!attribution && tiles !== OSM_TILES) return;
    const credit = el(
      'div',
      'leaflet-control leaflet-control-attribution',
      el('div', 'leaflet-bottom leaflet-right', this.#root),
    );
    disableClickPropagation(credit);
    if (attribution) {
      credit.textContent = attribution;
    } else {
      const link = document.createElement('a');
      link.href = 'https://www.openstreetmap.org/copyright';
      link.textContent = 'OpenStreetMap';
      credit.append('\u00a9 ', link, ' contributors');
    }
  }

  setLabels(labels: MapControlLabels): void {
    const tilesFailed = (this.#tilesFailed = labels.locatorTilesFailed);
    if (this.#note) this.#note.textContent = tilesFailed;
    for (const [button, label] of [
      [this.#zoomIn, labels.locatorZoomIn],
      [this.#zoomOut, labels.locatorZoomOut],
    ] as const) {
      button.title = label;
      button.setAttribute('aria-label', label);
    }
  }

  /**
   * Pans the map, at once, so that a focused marker's icon (`size`, drawn from `anchor`) is inside
   * it and under none of these controls: a pin must not hide under the zoom bar or the
   * attribution (WCAG 2.4.11). Leaflet's own pan on focus knows only the map's edges.
   */
  reveal(at: LatLngExpression, [w, h]: [number, number], [ax, ay]: [number, number]): void {
    const { map } = this;
    const { x: width, y: height } = map.getSize();
    const p = map.latLngToContainerPoint(at);
    let l = p.x - ax;
    let t = p.y - ay;
    let dx = Math.max(0, -l) || Math.min(0, width - l - w);
    let dy = Math.max(0, -t) || Math.min(0, height - t - h);
    l += dx;
    t += dy;
    const box = map.getContainer().getBoundingClientRect();
    const fits = ([x, y]: readonly [number, number]) =>
      l + x >= 0 && l + x + w <= width && t + y >= 0 && t + y + h <= height;
    for (const control of this.#root.querySelectorAll('.leaflet-control')) {
      const r = control.getBoundingClientRect();
      const [cl, ct] = [r.left - box.left - GAP, r.top - box.top - GAP];
      const [cr, cb] = [r.right - box.left + GAP, r.bottom - box.top + GAP];
      if (l >= cr || l + w <= cl || t >= cb || t + h <= ct) continue;
      // The shortest move that clears it and stays inside the map.
      const [x, y] = (
        [
          [cr - l, 0],
          [cl - l - w, 0],
          [0, cb - t],
          [0, ct - t - h],
        ] as const
      )
        .filter(fits)
        .sort((a, b) => Math.abs(a[0] + a[1]) - Math.abs(b[0] + b[1]))[0] ?? [0, 0];
      dx += x;
      dy += y;
      l += x;
      t += y;
    }
    if (dx || dy) map.panBy([-dx, -dy], { animate: false });
  }

  /**
   * Says over the map, in its top right corner, that its tiles could not be loaded (a wrong
   * `tiles`, a blocked or offline server), or takes that away. Not a live region: nothing the
   * shopper did failed, and the list has all the map shows.
   */
  tilesFailed(failed: boolean): void {
    this.#note?.remove();
    this.#note = undefined;
    if (!failed) return;
    this.#note = el(
      'p',
      'leaflet-control leaflet-control-attribution',
      el('div', 'leaflet-top leaflet-right', this.#root),
    );
    this.#note.textContent = this.#tilesFailed;
  }

  destroy(): void {
    this.map.off('zoomend zoomlevelschange', this.#syncDisabled, this);
    this.#root.remove();
  }

  #button(bar: HTMLElement, className: string, text: string, zoom: () => void) {
    const button = el('button', className, bar);
    button.type = 'button';
    // Its aria-label is its name: a button's content is never read beside it.
    button.textContent = text;
    disableClickPropagation(button);
    button.addEventListener('click', () => {
      if (button.getAttribute('aria-disabled') !== 'true') zoom();
    });
    return button;
  }

  /** At the last zoom level the button says so (and keeps its focus, unlike `disabled`). */
  #syncDisabled(): void {
    const zoom = this.map.getZoom();
    for (const [button, atEnd] of [
      [this.#zoomIn, zoom >= this.map.getMaxZoom()],
      [this.#zoomOut, zoom <= this.map.getMinZoom()],
    ] as const) {
      button.classList.toggle('leaflet-disabled', atEnd);
      button.setAttribute('aria-disabled', String(atEnd));
    }
  }
}
