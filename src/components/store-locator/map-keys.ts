/**
 * The map's pins (stores and clusters) as one Tab stop: the WAI-ARIA APG's "roving tabindex", as
 * in a toolbar. Without it every pin in view was a Tab stop of its own (92 to 135 on a national
 * network) between the search and the rest of the page.
 *
 * - The Tab stop is the focused pin; else the selected store's pin, when it is in view; else the
 *   first pin in reading order. It is worked out again when the map moves or the pins change.
 * - The arrow keys move between the pins in view in reading order (top to bottom, then left to
 *   right): Right and Down to the next, Left and Up to the previous, without wrapping; Home and
 *   End to the first and the last.
 * - A focused pin that goes (a cluster opened by Enter, new results) or leaves the view (a wheel
 *   zoom) hands the focus to the map, then to the new Tab stop: never to the page, and the arrow
 *   keys go on moving between pins (on the map itself they would pan it).
 * - Every pin is described by the locator's hint saying so (`#aisle-pin-keys`, locator-view.ts).
 *
 * The map itself (the Tab stop before the pins) keeps Leaflet's arrow keys: they pan it.
 */
import type { Map as LeafletMap } from './leaflet.js';

export type LeafletKeyboardEvent = { originalEvent: KeyboardEvent };

/** Markers are buttons: Enter and Space activate them (Leaflet 1.9 only maps clicks). */
export function onActivateKey(e: LeafletKeyboardEvent, activate: () => void): void {
  const key = e.originalEvent.key;
  if (key !== 'Enter' && key !== ' ') return;
  e.originalEvent.preventDefault();
  activate();
}

export class PinKeys {
  readonly #pane: HTMLElement;
  readonly #map: HTMLElement;
  /** The focused pin went: the new stop takes the focus (the map has had it meanwhile). */
  #lost = false;
  #stop: HTMLElement | undefined;

  constructor(map: LeafletMap) {
    this.#map = map.getContainer();
    const pane = (this.#pane = map.getPane('markerPane')!);
    pane.addEventListener('focusin', () => this.sync());
    pane.addEventListener('keydown', (e) => {
      const pins = this.#inView();
      const i = pins.indexOf(e.target as HTMLElement);
      const to = (
        {
          ArrowRight: i + 1,
          ArrowDown: i + 1,
          ArrowLeft: i - 1,
          ArrowUp: i - 1,
          Home: 0,
          End: pins.length - 1,
        } as Record<string, number>
      )[e.key];
      if (i < 0 || to === undefined || e.altKey || e.ctrlKey || e.metaKey) return;
      e.preventDefault(); // not the page's scrolling, even at the ends
      pins[to]?.focus();
    });
  }

  /** Gives the Tab stop to one pin in view (see above); call after the pins or the view change. */
  sync(): void {
    const pins = this.#inView();
    const stop =
      pins.find((el) => el.matches(':focus')) ??
      pins.find((el) => el.matches('.is-selected')) ??
      pins[0];
    if (this.#stop) this.#stop.tabIndex = -1;
    this.#stop = stop;
    if (!stop) return;
    stop.tabIndex = 0;
    if (this.#lost && this.#map.matches(':focus')) stop.focus();
    this.#lost = false;
  }

  /** A pin goes or leaves the view: with the focus, it hands it to the map until `sync`. */
  drop(el: HTMLElement): void {
    if (!el.matches(':focus')) return;
    this.#lost = true;
    this.#map.focus();
  }

  /**
   * The pins whose centre is in view, in reading order. Each pin but the stop is reached only by
   * the keys (tabindex -1); each is described by the hint.
   */
  #inView(): HTMLElement[] {
    const box = this.#map.getBoundingClientRect();
    const pins: [HTMLElement, number, number][] = [];
    for (const el of this.#pane.querySelectorAll<HTMLElement>('[role=button]')) {
      el.tabIndex = el === this.#stop ? 0 : -1;
      el.setAttribute('aria-describedby', 'aisle-pin-keys');
      const r = el.getBoundingClientRect();
      const x = r.left + r.width / 2;
      const y = r.top + r.height / 2;
      if (x >= box.left && x <= box.right && y >= box.top && y <= box.bottom) pins.push([el, y, x]);
      else this.drop(el);
    }
    return pins.sort((a, b) => a[1] - b[1] || a[2] - b[2]).map((p) => p[0]);
  }
}
