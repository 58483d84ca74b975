import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { Store } from '../../src/client/types.js';
import '../../src/components/store-locator/define.js';
import type { AisleStoreLocator } from '../../src/components/store-locator/store-locator.js';
import { generateStores } from '../../src/mocks/data/stores.js';
import { resetClientsForTests } from '../../src/client/shared.js';
import '../helpers/mock-api.js';

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

async function withStores(el: AisleStoreLocator) {
  await waitUntil(() => $$(el, 'article.store').length > 0, 'no stores', { timeout: 5000 });
  await el.updateComplete;
}

describe('<aisle-store-locator>: the map', () => {
  // Runs first in this file: nothing else has imported the map chunk yet.
  it('loads the map code only when the locator nears the viewport', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`
      <div style="width: 900px">
        <div style="height: 4000px"></div>
        <aisle-store-locator near=${PARIS} limit="5" tiles=""></aisle-store-locator>
      </div>
    `);
    const el = wrapper.querySelector('aisle-store-locator')!;
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
        expect(marker.getAttribute('tabindex')).to.equal('0');
        expect(names).to.include(marker.getAttribute('aria-label'));
      }
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
      await el.updateComplete;
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
      expect($$(el, 'article.selected')).to.have.length(1);
      expect(marker.classList.contains('is-selected')).to.equal(true);
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
  });

  it('clusters a large client-side network', async () => {
    const stores: Store[] = generateStores(5000, 3);
    const wrapper = await fixture<HTMLDivElement>(html`
      <div style="width: 1000px">
        <aisle-store-locator
          near="45.764,4.8357"
          radius="20"
          limit="10"
          tiles=""
          .stores=${stores}
        ></aisle-store-locator>
      </div>
    `);
    const el = wrapper.querySelector('aisle-store-locator')!;
    await withStores(el);
    await el.mapReady();
    await waitUntil(() => $$(el, '.aisle-marker, .aisle-cluster').length > 0, 'no markers');
    const drawn = $$(el, '.aisle-marker, .aisle-cluster').length;
    expect(drawn).to.be.below(400);
    expect($$(el, 'article.store')).to.have.length(10);
  });
});
