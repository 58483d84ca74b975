import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from '../helpers/wait.js';
import { resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import sinon from 'sinon';
import type { Store } from '../../src/client/types.js';
import '../../src/components/store-locator/define.js';
import type { AisleStoreLocator } from '../../src/components/store-locator/store-locator.js';
import type { Map as LeafletMap } from '../../src/components/store-locator/leaflet.js';
import type { LocatorMap } from '../../src/components/store-locator/locator-map.js';
import { generateStores } from '../../src/mocks/data/stores.js';
import { resetClientsForTests } from '../../src/client/shared.js';
import { requests } from '../helpers/mock-api.js';
import { largeNetwork } from './store-locator-harness.js';

beforeEach(() => resetClientsForTests());

const PARIS = '48.8566,2.3522';

const $ = <T extends Element = HTMLElement>(el: AisleStoreLocator, selector: string) =>
  el.shadowRoot!.querySelector<T>(selector);
const $$ = <T extends Element = HTMLElement>(el: AisleStoreLocator, selector: string) => [
  ...el.shadowRoot!.querySelectorAll<T>(selector),
];
// Every resource the page loads from here on (the timing buffer may already be full).
const loaded: string[] = [];
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) loaded.push(entry.name);
}).observe({ type: 'resource' });
const mapChunkLoaded = () => loaded.some((name) => /store-locator\/locator-map\.ts/.test(name));

const frames = async (n: number) => {
  for (let i = 0; i < n; i++) await new Promise((r) => requestAnimationFrame(r));
};

async function withStores(el: AisleStoreLocator) {
  await waitUntil(() => $$(el, 'article.store').length > 0, 'no stores', { timeout: 5000 });
  await el.updateComplete;
}

/** A locator far below the fold: its map's code does not load until it scrolls near. */
async function belowTheFold(): Promise<AisleStoreLocator> {
  const wrapper = await fixture<HTMLDivElement>(html`
    <div style="width: 900px">
      <div style="height: 4000px"></div>
      <aisle-store-locator near=${PARIS} limit="5" tiles=""></aisle-store-locator>
    </div>
  `);
  return wrapper.querySelector('aisle-store-locator')!;
}

describe('<aisle-store-locator>: the map', () => {
  // Runs first in this file: nothing else has imported the map chunk yet.
  it('loads the map code only when the locator nears the viewport', async () => {
    const el = await belowTheFold();
    await withStores(el);
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    expect(mapChunkLoaded()).to.equal(false);
    expect($(el, '.leaflet-container')).to.equal(null);
    el.scrollIntoView();
    await el.mapReady();
    expect(mapChunkLoaded()).to.equal(true);
    await waitUntil(() => $$(el, '.aisle-marker, .aisle-cluster').length > 0, 'no markers');
    await expect(el).to.be.accessible();
  });

  it('never loads a map with no-map', async () => {
    const el = await fixture<AisleStoreLocator>(
      html`<aisle-store-locator no-map near=${PARIS} tiles=""></aisle-store-locator>`,
    );
    await withStores(el);
    expect($(el, '.map')).to.equal(null);
    expect($(el, '[part="view-switch"]')).to.equal(null);
    await el.mapReady(); // nothing to wait for (it waited for ever before)
  });

  it('mapReady() resolves when no-map is set while it waits', async () => {
    const el = await belowTheFold();
    await withStores(el);
    const ready = el.mapReady(); // far below the fold: no map yet
    el.setAttribute('no-map', '');
    await ready;
    expect($(el, '.map')).to.equal(null);
  });

  describe('in sync with the list', () => {
    let el: AisleStoreLocator;

    beforeEach(async () => {
      const wrapper = await fixture<HTMLDivElement>(html`
        <div style="width: 1000px">
          <aisle-store-locator near=${PARIS} limit="6" radius="10" tiles=""></aisle-store-locator>
        </div>
      `);
      el = wrapper.querySelector('aisle-store-locator')!;
      await withStores(el);
      await el.mapReady();
      await waitUntil(() => $$(el, '.aisle-marker').length > 0, 'no store markers');
    });

    it('gives markers accessible names and keyboard focus', async () => {
      const markers = $$(el, '.aisle-marker');
      const names = $$(el, '.store-name').map((n) => n.textContent!.trim());
      for (const marker of markers) {
        expect(marker.getAttribute('role')).to.equal('button');
        expect(names).to.include(marker.getAttribute('aria-label'));
      }
      // One Tab stop for them all; the arrow keys reach the others (store-locator-map-keys.test.ts).
      expect(markers.map((m) => m.getAttribute('tabindex')).sort()).to.deep.equal(
        [...markers.map(() => '-1').slice(1), '0'].sort(),
      );
      expect($(el, '.leaflet-control-zoom-in')!.getAttribute('aria-label')).to.equal('Zoom in');
    });

    it('fits the results: every store marker is drawn inside the map', async () => {
      const box = $(el, '.map')!.getBoundingClientRect();
      const markers = $$(el, '.aisle-marker');
      expect(markers.length).to.equal($$(el, 'article.store').length);
      for (const marker of markers) {
        const r = marker.getBoundingClientRect();
        const [x, y] = [r.left + r.width / 2, r.top + r.height / 2];
        expect(x, marker.getAttribute('aria-label')!).to.be.within(box.left, box.right);
        expect(y, marker.getAttribute('aria-label')!).to.be.within(box.top, box.bottom);
      }
    });

    it('highlights the marker of the store selected in the list', async () => {
      const card = $$(el, 'article.store')[2]!;
      const id = card.dataset.storeId!;
      card.querySelector<HTMLButtonElement>('[part="store-select"]')!.click();
      await el.mapReady(); // the map follows the list after the next frame
      await waitUntil(() => $(el, `.aisle-marker[data-store-id="${id}"]`), 'marker not shown');
      const marker = $(el, `.aisle-marker[data-store-id="${id}"]`)!;
      expect(marker.classList.contains('is-selected')).to.equal(true);
      expect(marker.getAttribute('aria-pressed')).to.equal('true');
      expect($$(el, '.aisle-marker.is-selected')).to.have.length(1);
      expect(card.querySelector('[part="store-select"]')!.getAttribute('aria-pressed')).to.equal(
        'true',
      );
    });

    it('selects the list item of a marker chosen with the keyboard', async () => {
      const marker = $$(el, '.aisle-marker').at(-1)!;
      const id = marker.dataset.storeId!;
      marker.focus();
      await sendKeys({ press: 'Enter' });
      await waitUntil(
        () => $(el, `article[data-store-id="${id}"]`)?.classList.contains('selected'),
        'the list did not follow the map',
      );
      await el.mapReady(); // the map follows the list after the next frame
      expect($$(el, 'article.selected')).to.have.length(1);
      expect(marker.classList.contains('is-selected')).to.equal(true);
    });
  });

  // leaflet.ts ships only some of Leaflet's handlers: each registers itself when imported, so a
  // dropped import would silently leave the map unable to move this way.
  it('on a phone, a store chosen in the list is in view when the shopper switches to the map', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`
      <div style="width: 360px">
        <aisle-store-locator near=${PARIS} limit="8" radius="25" tiles=""></aisle-store-locator>
      </div>
    `);
    const el = wrapper.querySelector('aisle-store-locator')!;
    await withStores(el);
    await el.mapReady(); // made while hidden (the list view), as on a phone
    const choose = $$<HTMLButtonElement>(el, '[part="store-select"]');
    const last = choose[choose.length - 1]!;
    last.click();
    await el.updateComplete;
    const [, mapButton] = $$<HTMLButtonElement>(el, '[part="view-switch"] button');
    mapButton!.click();
    await waitUntil(() => $(el, '.aisle-marker.is-selected'), 'the chosen store on the map');
    await frames(2);
    const box = $(el, '.map')!.getBoundingClientRect();
    const pin = $(el, '.aisle-marker.is-selected')!.getBoundingClientRect();
    const x = pin.left + pin.width / 2;
    const y = pin.top + pin.height / 2;
    expect(x, 'inside the map, across').to.be.within(box.left, box.right);
    expect(y, 'inside the map, down').to.be.within(box.top, box.bottom);
    expect($$(el, '.aisle-marker, .aisle-cluster').length).to.be.greaterThan(1);
  });

  describe('moved by the shopper', () => {
    let el: AisleStoreLocator;
    let map: LeafletMap;
    let container: HTMLElement;

    /** The Leaflet map behind the element (private: read here only to check its view). */
    const leafletOf = (locator: AisleStoreLocator) =>
      (locator as unknown as { mapController: { map: LocatorMap } }).mapController.map.map;
    /** A point on the map, as a fraction of its box, in whole viewport pixels. */
    const at = (fx: number, fy: number): [number, number] => {
      const r = container.getBoundingClientRect();
      return [Math.round(r.left + r.width * fx), Math.round(r.top + r.height * fy)];
    };

    beforeEach(async () => {
      const wrapper = await fixture<HTMLDivElement>(html`
        <div style="width: 1000px">
          <aisle-store-locator near=${PARIS} limit="6" radius="10" tiles=""></aisle-store-locator>
        </div>
      `);
      el = wrapper.querySelector('aisle-store-locator')!;
      await withStores(el);
      await el.mapReady();
      map = leafletOf(el);
      container = $(el, '.leaflet-container')!;
      container.scrollIntoView({ block: 'center' });
      await waitUntil(() => map.getSize().x > 0, 'the map has no size');
      // Let the map's first size observation (and the fit it makes) pass before moving it.
      await frames(2);
    });

    afterEach(() => resetMouse());

    /** The end of the next move (Leaflet ignores a new zoom while one is animating). */
    const moveEnd = () => new Promise<void>((resolve) => map.once('moveend', () => resolve()));

    it('pans a focused marker out from under the zoom bar (WCAG 2.4.11)', async () => {
      const marker = $$(el, '.aisle-marker')[0]!;
      const id = marker.dataset.storeId!;
      const zoomBar = $(el, '.leaflet-control-zoom')!;
      const overlaps = (a: DOMRect, b: DOMRect) =>
        a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
      // Move the map so the pin sits right under the "+" button, as a drag could.
      const under = (target: DOMRect) => {
        const pin = marker.getBoundingClientRect();
        map.panBy(
          [
            pin.left + pin.width / 2 - (target.left + target.width / 2),
            pin.bottom - (target.top + target.height / 2),
          ],
          { animate: false },
        );
      };
      under(zoomBar.getBoundingClientRect());
      await frames(2);
      const now = () => $(el, `.aisle-marker[data-store-id="${id}"]`)!;
      expect(overlaps(now().getBoundingClientRect(), zoomBar.getBoundingClientRect())).to.equal(
        true,
      );
      now().focus();
      await frames(2);
      const pin = now().getBoundingClientRect();
      expect(overlaps(pin, zoomBar.getBoundingClientRect()), 'under the zoom bar').to.equal(false);
      const box = container.getBoundingClientRect();
      expect(pin.left >= box.left && pin.right <= box.right, 'inside the map').to.equal(true);
      expect(el.shadowRoot!.activeElement).to.equal(now());
    });

    it('zooms with the zoom buttons', async () => {
      const zoom = map.getZoom();
      let moved = moveEnd();
      $(el, '.leaflet-control-zoom-in')!.click();
      await moved;
      expect(map.getZoom()).to.equal(zoom + 1);
      moved = moveEnd();
      $(el, '.leaflet-control-zoom-out')!.click();
      await moved;
      expect(map.getZoom()).to.equal(zoom);
    });

    it('keeps its zoom and pan when the page moves the locator', async () => {
      const moved = moveEnd();
      $(el, '.leaflet-control-zoom-in')!.click();
      await moved;
      map.panBy([40, 30], { animate: false });
      const zoom = map.getZoom();
      const center = map.getCenter();
      // A layout moving the locator (a single-page app's re-render): out and back in at once.
      const box = document.createElement('div');
      el.parentElement!.append(box);
      box.append(el);
      await new Promise((r) => setTimeout(r, 50));
      await frames(2);
      expect(leafletOf(el), 'the same map').to.equal(map);
      expect(map.getZoom()).to.equal(zoom);
      const now = map.getCenter();
      expect([now.lat, now.lng]).to.deep.equal([center.lat, center.lng]);
      expect($$(el, '.aisle-marker, .aisle-cluster').length).to.be.greaterThan(0);
    });

    it('keeps the shopper’s zoom when the same stores are found again (a language switch)', async () => {
      const moved = moveEnd();
      map.setZoom(map.getZoom() + 2, { animate: false });
      await moved;
      const zoom = map.getZoom();
      const asked = requests.length;
      el.setAttribute('lang', 'fr'); // asks the API again, in French
      await waitUntil(
        () => requests.slice(asked).some((r) => new URL(r.url).pathname.endsWith('/stores')),
        'no new search',
      );
      await waitUntil(() => el.shadowRoot!.textContent!.includes('magasins'), 'not in French');
      await frames(2);
      expect(map.getZoom()).to.equal(zoom);
    });

    it('zoom buttons are buttons, in the shopper’s language, and say when the end is reached', async () => {
      const zoomIn = $<HTMLButtonElement>(el, '.leaflet-control-zoom-in')!;
      const zoomOut = $<HTMLButtonElement>(el, '.leaflet-control-zoom-out')!;
      expect(zoomIn.tagName).to.equal('BUTTON');
      expect(zoomIn.type).to.equal('button');
      expect([zoomIn.title, zoomOut.getAttribute('aria-label')]).to.deep.equal([
        'Zoom in',
        'Zoom out',
      ]);
      // The language changes while the map is up: the same buttons follow it.
      el.setAttribute('lang', 'fr');
      await waitUntil(() => zoomIn.getAttribute('aria-label') === 'Zoom avant', 'no French label');
      expect(zoomOut.title).to.equal('Zoom arrière');
      expect($(el, '.leaflet-control-zoom-in')).to.equal(zoomIn);
      // At the last zoom level the button says it is unavailable and does nothing.
      let moved = moveEnd();
      map.setZoom(map.getMaxZoom(), { animate: false });
      await moved;
      expect(zoomIn.getAttribute('aria-disabled')).to.equal('true');
      expect(zoomOut.getAttribute('aria-disabled')).to.equal('false');
      zoomIn.click();
      await frames(2);
      expect(map.getZoom()).to.equal(map.getMaxZoom());
      moved = moveEnd();
      zoomOut.click();
      await moved;
      expect(zoomIn.getAttribute('aria-disabled')).to.equal('false');
    });

    it('pans with the arrow keys and zooms with + and - on the focused map', async () => {
      const { lat, lng } = map.getCenter();
      const zoom = map.getZoom();
      container.focus();
      let moved = moveEnd();
      await sendKeys({ press: 'ArrowRight' });
      await moved;
      expect(map.getCenter().lng, 'ArrowRight pans east').to.be.above(lng);
      moved = moveEnd();
      await sendKeys({ press: 'ArrowUp' });
      await moved;
      expect(map.getCenter().lat, 'ArrowUp pans north').to.be.above(lat);
      moved = moveEnd();
      await sendKeys({ press: '-' });
      await moved;
      expect(map.getZoom()).to.equal(zoom - 1);
      moved = moveEnd();
      await sendKeys({ press: '=' });
      await moved;
      expect(map.getZoom()).to.equal(zoom);
    });

    it('pans when dragged', async () => {
      const { lng } = map.getCenter();
      const [x, y] = at(0.3, 0.85);
      const moved = moveEnd();
      await sendMouse({ type: 'move', position: [x, y] });
      await sendMouse({ type: 'down' });
      await sendMouse({ type: 'move', position: [x + 60, y] });
      await sendMouse({ type: 'move', position: [x + 120, y] });
      await sendMouse({ type: 'up' });
      await moved;
      expect(map.getCenter().lng, 'dragging east shows the west').to.be.below(lng);
    });

    it('zooms with the scroll wheel and a double click', async () => {
      const zoom = map.getZoom();
      const [x, y] = at(0.5, 0.5);
      let moved = moveEnd();
      container.dispatchEvent(
        new WheelEvent('wheel', { deltaY: -200, clientX: x, clientY: y, bubbles: true }),
      );
      await moved;
      expect(map.getZoom()).to.be.above(zoom);
      const wheeled = map.getZoom();
      moved = moveEnd();
      container.dispatchEvent(
        new MouseEvent('dblclick', { clientX: x, clientY: y, bubbles: true, cancelable: true }),
      );
      await moved;
      expect(map.getZoom()).to.equal(wheeled + 1);
    });

    it('can be removed right after a wheel event (no error from a pending wheel zoom)', () => {
      const clock = sinon.useFakeTimers({
        toFake: ['setTimeout', 'clearTimeout'],
        shouldClearNativeTimers: true,
      });
      try {
        const [x, y] = at(0.5, 0.5);
        container.dispatchEvent(
          new WheelEvent('wheel', { deltaY: -200, clientX: x, clientY: y, bubbles: true }),
        );
        el.remove();
        // Leaflet's wheel zoom fires 40 ms later; before the fix it threw on the removed map.
        expect(() => clock.tick(200)).not.to.throw();
      } finally {
        clock.restore();
      }
    });

    it('can be removed right after the window resizes (no error from a pending moveend)', async () => {
      const clock = sinon.useFakeTimers({
        toFake: ['setTimeout', 'clearTimeout'],
        shouldClearNativeTimers: true,
      });
      try {
        // A phone turned sideways, then a page that moves on at once: Leaflet measures the map on
        // the next frame and says `moveend` 200 ms later, and its remove() leaves that timer.
        map.panBy([20, 0], { animate: false }); // moved by the shopper: no fit on resize
        const resized = new Promise((r) =>
          requestAnimationFrame(() => r((el.parentElement!.style.width = '900px'))),
        );
        window.dispatchEvent(new Event('resize'));
        await resized;
        await new Promise((r) => requestAnimationFrame(r));
        el.remove();
        expect(() => clock.tick(300)).not.to.throw();
      } finally {
        clock.restore();
      }
    });

    it('has pinch zoom on', () => {
      expect(map.touchZoom?.enabled()).to.equal(true);
    });
  });

  it('never renders data or the attribution as HTML on the map, and fetches no tiles', async () => {
    const evil = '<img src=x onerror="window.__pwned=1">';
    const stores: Store[] = generateStores(3, 5).map((s) => ({ ...s, name: evil }));
    const el = await fixture<AisleStoreLocator>(html`
      <aisle-store-locator
        style="width: 1000px"
        near="${stores[0]!.location.lat},${stores[0]!.location.lng}"
        radius="100"
        tiles=""
        attribution=${evil}
        .stores=${stores}
      ></aisle-store-locator>
    `);
    await withStores(el);
    await el.mapReady();
    await waitUntil(() => $$(el, '.aisle-marker').length > 0, 'no markers');
    expect($(el, 'img')).to.equal(null);
    expect($(el, '.leaflet-control-attribution')!.textContent).to.contain(evil);
    expect($$(el, '.aisle-marker')[0]!.getAttribute('aria-label')).to.equal(evil);
    expect((window as unknown as { __pwned?: number }).__pwned).to.equal(undefined);
    // A new attribution (or tile server) rebuilds the map with it.
    el.attribution = 'Tiles © Example';
    await el.updateComplete;
    await el.mapReady();
    await waitUntil(() => $(el, '.leaflet-control-attribution'), 'no attribution');
    expect($(el, '.leaflet-control-attribution')!.textContent).to.equal('Tiles © Example');
    expect($$(el, '.leaflet-container')).to.have.length(1);
    // A link in the attribution (OpenStreetMap's, with the default tiles) is underlined, not
    // told apart by colour alone.
    const link = $(el, '.leaflet-control-attribution')!.appendChild(document.createElement('a'));
    link.href = '#';
    link.textContent = 'OpenStreetMap';
    expect(getComputedStyle(link).textDecorationLine).to.equal('underline');
    // An empty attribution draws no empty box.
    el.attribution = '';
    await el.updateComplete;
    await el.mapReady();
    await waitUntil(() => $(el, '.leaflet-control-zoom-in'), 'no map');
    expect($(el, '.leaflet-control-attribution')).to.equal(null);
  });

  it('draws the light palette over the (light) tiles on a dark page: rings, pins and links keep their contrast', async () => {
    const stores: Store[] = generateStores(3, 5);
    const el = await fixture<AisleStoreLocator>(html`
      <aisle-store-locator
        theme="dark"
        style="width: 1000px"
        near="${stores[0]!.location.lat},${stores[0]!.location.lng}"
        radius="100"
        tiles=""
        attribution="Tiles © Example"
        .stores=${stores}
      ></aisle-store-locator>
    `);
    await withStores(el);
    await el.mapReady();
    await waitUntil(() => $$(el, '.aisle-marker').length > 0, 'no markers');
    const link = $(el, '.leaflet-control-attribution')!.appendChild(document.createElement('a'));
    link.href = '#';
    link.textContent = 'OpenStreetMap';
    // The light palette's primary (#0b57d0), not the dark one (#58a6ff), inside the map…
    expect(getComputedStyle(link).color).to.equal('rgb(11, 87, 208)');
    const marker = $$(el, '.aisle-marker')[0]!;
    marker.focus();
    expect(getComputedStyle(marker).outlineColor).to.equal('rgb(11, 87, 208)');
    // …while the list around it stays dark.
    expect(
      getComputedStyle(el.shadowRoot!.querySelector('.list-pane a, .list-pane button')!).color,
    ).not.to.equal('rgb(11, 87, 208)');
  });

  it('with a filter on, draws only the client-side stores that pass it, as the list', async () => {
    // Three stores a few hundred metres apart, one of them with a service the others lack.
    const [first] = generateStores(1, 9);
    const stores: Store[] = [0, 1, 2].map((i) => ({
      ...first!,
      id: `near-${i}`,
      name: `Near ${i}`,
      location: { lat: first!.location.lat + i * 0.003, lng: first!.location.lng },
      services: i === 1 ? ['repairs'] : [],
    }));
    const el = await fixture<AisleStoreLocator>(html`
      <aisle-store-locator
        style="width: 1000px"
        near="${first!.location.lat},${first!.location.lng}"
        radius="5"
        tiles=""
        .stores=${stores}
      ></aisle-store-locator>
    `);
    await withStores(el);
    await el.mapReady();
    const pins = () => $$(el, '.aisle-marker').map((m) => m.getAttribute('aria-label'));
    const listed = () => $$(el, '.store-name').map((n) => n.textContent!.trim());
    await waitUntil(() => pins().length === 3, 'three pins');
    expect(listed()).to.have.length(3);

    $(el, 'input[name="service"][value="repairs"]')!.click();
    await waitUntil(() => listed().length === 1, 'the filtered list');
    await el.mapReady();
    await waitUntil(() => pins().length === 1, 'only the pin of the store listed');
    expect(pins()).to.deep.equal(listed());
    expect(listed()).to.deep.equal(['Near 1']);

    $(el, 'input[name="service"][value="repairs"]')!.click(); // off again: every store
    await el.mapReady();
    await waitUntil(() => pins().length === 3, 'every pin again');
  });

  it('clusters a large client-side network', async () => {
    const el = await largeNetwork(5000, 3);
    await withStores(el);
    await el.mapReady();
    await waitUntil(() => $$(el, '.aisle-marker, .aisle-cluster').length > 0, 'no markers');
    const drawn = $$(el, '.aisle-marker, .aisle-cluster').length;
    expect(drawn).to.be.below(400);
    expect($$(el, 'article.store')).to.have.length(10);
  });
});
