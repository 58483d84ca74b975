import { expect, fixture } from '@open-wc/testing';
import { resetClientsForTests } from '../../src/client/shared.js';
import '../../src/components/store-locator/define.js';
import type { AisleStoreLocator } from '../../src/components/store-locator/store-locator.js';
import { waitUntil } from '../helpers/wait.js';
import { $, $$, cards, PARIS } from './store-locator-harness.js';

beforeEach(() => resetClientsForTests());

/** A locator with a map whose tiles come from `tiles` (served by the test server, never the web). */
async function withTiles(tiles: string, lang = 'en', width = 1000) {
  const wrapper = await fixture<HTMLDivElement>(
    `<div lang="${lang}" style="width: ${width}px"><aisle-store-locator near="${PARIS}" limit="3"
      tiles="${tiles}"></aisle-store-locator></div>`,
  );
  const el = wrapper.querySelector<AisleStoreLocator>('aisle-store-locator')!;
  await el.mapReady();
  return el;
}

const note = (el: AisleStoreLocator) => $(el, '.map .leaflet-top.leaflet-right p');

describe('<aisle-store-locator>: map tiles that cannot be loaded', () => {
  it('says so over the map, and the list still works', async () => {
    const el = await withTiles('/no-such-tile-server/{z}/{x}/{y}.png');
    await waitUntil(() => note(el), 'the map never said its tiles failed', { timeout: 5000 });
    expect(note(el)!.textContent).to.equal('The map’s images could not be loaded.');
    await waitUntil(() => cards(el).length === 3, 'no stores');
    await expect(el).to.be.accessible();
  });

  it('says it in French, and in the language the page switches to', async () => {
    const el = await withTiles('/no-such-tile-server/{z}/{x}/{y}.png', 'fr');
    await waitUntil(() => note(el), 'the map never said its tiles failed', { timeout: 5000 });
    expect(note(el)!.textContent).to.equal('Impossible de charger le fond de carte.');
    el.parentElement!.lang = 'en';
    await waitUntil(() => note(el)!.textContent!.startsWith('The map'), 'still in French');
  });

  it('wraps its note clear of the zoom buttons on a phone with large text', async () => {
    document.documentElement.style.fontSize = '32px'; // 200% text
    try {
      const el = await withTiles('/no-such-tile-server/{z}/{x}/{y}.png', 'fr', 390);
      const [, mapButton] = $$<HTMLButtonElement>(el, '[part="view-switch"] button');
      mapButton!.click();
      await waitUntil(() => note(el)?.getBoundingClientRect().width, 'no note', { timeout: 5000 });
      const text = note(el)!.getBoundingClientRect();
      const zoom = $(el, '.leaflet-bar')!.getBoundingClientRect();
      // Before: the note ran across the map's width, over "+" (even when it had the focus).
      expect(text.left, 'the note starts right of the zoom buttons').to.be.greaterThan(zoom.right);
      expect(text.right).to.be.at.most($(el, '.map')!.getBoundingClientRect().right);
    } finally {
      document.documentElement.style.fontSize = '';
    }
  });

  it('says nothing when the tiles load', async () => {
    // Any image the test server has: each tile loads.
    const el = await withTiles('/node_modules/leaflet/dist/images/layers.png?{z}/{x}/{y}');
    await waitUntil(() => $(el, '.leaflet-tile-loaded'), 'no tile loaded', { timeout: 5000 });
    await waitUntil(() => !$(el, '.leaflet-tile:not(.leaflet-tile-loaded)'), 'tiles still loading');
    await new Promise((r) => requestAnimationFrame(r));
    expect(note(el)).to.equal(null);
  });
});
