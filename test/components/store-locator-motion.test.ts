/**
 * Reduced motion on the map: with `prefers-reduced-motion: reduce`, nothing Leaflet moves in
 * script glides (the stylesheet stops only CSS transitions): not the arrow keys' pan, not a pan
 * from code, not the glide after a flick.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import sinon from 'sinon';
import { resetClientsForTests } from '../../src/client/shared.js';
import '../../src/components/store-locator/define.js';
import type { Map as LeafletMap } from '../../src/components/store-locator/leaflet.js';
import type { LocatorMap } from '../../src/components/store-locator/locator-map.js';
import type { AisleStoreLocator } from '../../src/components/store-locator/store-locator.js';
import '../helpers/mock-api.js';
import { waitUntil } from '../helpers/wait.js';

const PARIS = '48.8566,2.3522';
const REDUCE = '(prefers-reduced-motion: reduce)';

const frame = () => new Promise((r) => requestAnimationFrame(r));

/** The Leaflet map behind the element (private: read here only to watch it move). */
const leafletOf = (locator: AisleStoreLocator) =>
  (locator as unknown as { mapController: { map: LocatorMap } }).mapController.map.map;

describe('<aisle-store-locator>: the map with reduced motion', () => {
  let el: AisleStoreLocator;
  let map: LeafletMap;
  let container: HTMLElement;
  /** Whether Leaflet started a scripted glide (it marks the map pane while one runs). */
  let glided: boolean;
  let watcher: MutationObserver;
  let reduce: boolean;

  beforeEach(async () => {
    resetClientsForTests();
    reduce = true;
    const real = window.matchMedia.bind(window);
    sinon
      .stub(window, 'matchMedia')
      .callsFake((query: string) =>
        query === REDUCE
          ? ({ ...real(query), matches: reduce, media: query } as MediaQueryList)
          : real(query),
      );
    const wrapper = await fixture<HTMLDivElement>(html`
      <div style="width: 1000px">
        <aisle-store-locator near=${PARIS} limit="6" radius="10" tiles=""></aisle-store-locator>
      </div>
    `);
    el = wrapper.querySelector('aisle-store-locator')!;
    await waitUntil(() => el.shadowRoot!.querySelector('article.store'), 'no stores', {
      timeout: 5000,
    });
    await el.mapReady();
    map = leafletOf(el);
    container = el.shadowRoot!.querySelector<HTMLElement>('.leaflet-container')!;
    container.scrollIntoView({ block: 'center' });
    await waitUntil(() => map.getSize().x > 0, 'the map has no size');
    await frame();
    await frame();
    glided = false;
    const pane = container.querySelector('.leaflet-map-pane')!;
    watcher = new MutationObserver(() => {
      if (pane.classList.contains('leaflet-pan-anim')) glided = true;
    });
    watcher.observe(pane, { attributes: true, attributeFilter: ['class'] });
  });

  afterEach(() => {
    watcher.disconnect();
    sinon.restore();
  });

  const moveEnd = () => new Promise<void>((resolve) => map.once('moveend', () => resolve()));

  it('pans at once with the arrow keys', async () => {
    const { lng } = map.getCenter();
    container.focus();
    const moved = moveEnd();
    await sendKeys({ press: 'ArrowRight' });
    await moved;
    expect(map.getCenter().lng, 'ArrowRight still pans east').to.be.above(lng);
    expect(glided, 'the pan glided').to.equal(false);
  });

  it('pans at once when code pans the map', async () => {
    const { lat, lng } = map.getCenter();
    const moved = moveEnd();
    map.panTo([lat + 0.01, lng]);
    await moved;
    expect(map.getCenter().lat).to.be.above(lat);
    expect(glided, 'the pan glided').to.equal(false);
  });

  it('stops a flick where the pointer let go', async () => {
    const r = container.getBoundingClientRect();
    const [x, y] = [r.left + r.width * 0.3, r.top + r.height * 0.8];
    const mouse = (type: string, dx: number) =>
      container.dispatchEvent(
        new MouseEvent(type, {
          bubbles: true,
          composed: true,
          button: 0,
          buttons: 1,
          clientX: x + dx,
          clientY: y,
        }),
      );
    mouse('mousedown', 0);
    for (let dx = 20; dx <= 200; dx += 20) {
      mouse('mousemove', dx);
      await frame();
    }
    const moved = moveEnd();
    mouse('mouseup', 200);
    await moved;
    await frame();
    await frame();
    expect(glided, 'the map glided on').to.equal(false);
  });

  it('still glides when motion is not reduced', async () => {
    reduce = false;
    const { lat, lng } = map.getCenter();
    const moved = moveEnd();
    map.panTo([lat + 0.01, lng]);
    await moved;
    expect(glided, 'Leaflet glides as usual').to.equal(true);
  });
});
