/**
 * Forced colours (Windows High Contrast) repaint text and borders in system colours and drop
 * backgrounds and shadows: every state the map and the list show by colour alone needs a rule
 * for that mode. Read from the element's own style sheets (the test browsers cannot force
 * colours).
 */
import { expect, fixture, html } from '@open-wc/testing';
import { resetClientsForTests } from '../../src/client/shared.js';
import '../../src/components/store-locator/define.js';
import type { LocatorMap } from '../../src/components/store-locator/locator-map.js';
import '../helpers/mock-api.js';
import { forcedColorsStyle } from '../helpers/forced-colors.js';
import { waitUntil } from '../helpers/wait.js';

const PARIS = '48.8566,2.3522';

/** A locator with three stores listed and its map ready. */
async function mountWithMap() {
  resetClientsForTests();
  const wrapper = await fixture<HTMLDivElement>(html`
    <div style="width: 1000px">
      <aisle-store-locator near=${PARIS} limit="3" tiles=""></aisle-store-locator>
    </div>
  `);
  const el = wrapper.querySelector('aisle-store-locator')!;
  await waitUntil(() => el.shadowRoot!.querySelector('article.store'), 'no stores', {
    timeout: 5000,
  });
  await el.mapReady();
  return el;
}

describe('<aisle-store-locator>: forced colours', () => {
  it('greys out the zoom button that can zoom no further', async () => {
    const el = await mountWithMap();
    const map = (el as unknown as { mapController: { map: LocatorMap } }).mapController.map.map;
    const moved = new Promise((resolve) => map.once('moveend', resolve));
    map.setZoom(map.getMaxZoom(), { animate: false });
    await moved;
    const zoomIn = el.shadowRoot!.querySelector('.leaflet-control-zoom-in')!;
    const zoomOut = el.shadowRoot!.querySelector('.leaflet-control-zoom-out')!;
    expect(zoomIn.getAttribute('aria-disabled')).to.equal('true');
    const colours = (b: Element) =>
      forcedColorsStyle(el.shadowRoot!, b).map((s) => s.color.toLowerCase());
    expect(colours(zoomIn)).to.include('graytext');
    expect(colours(zoomOut), 'the other button keeps its colour').to.deep.equal([]);
  });

  it('fills the selected store’s pin, which otherwise looks like every other pin', async () => {
    const el = await mountWithMap();
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part="store-select"]')!.click();
    await waitUntil(() => el.shadowRoot!.querySelector('.aisle-marker.is-selected'), 'no pin');
    const pin = (selector: string) => el.shadowRoot!.querySelector(`${selector} .aisle-pin`)!;
    const backgrounds = (p: Element) =>
      forcedColorsStyle(el.shadowRoot!, p).map((s) => s.backgroundColor.toLowerCase());
    expect(backgrounds(pin('.aisle-marker.is-selected'))).to.include('highlight');
    expect(
      backgrounds(pin('.aisle-marker:not(.is-selected)')),
      'the others stay hollow',
    ).to.deep.equal([]);
  });
});
