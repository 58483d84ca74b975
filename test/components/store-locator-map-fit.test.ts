/** The map's view of the stores found: every pin in full, none cut by the map's top or bottom. */
import { expect, fixture, html } from '@open-wc/testing';
import type { Store } from '../../src/client/types.js';
import '../../src/components/store-locator/define.js';
import type { AisleStoreLocator } from '../../src/components/store-locator/store-locator.js';
import { generateStores } from '../../src/mocks/data/stores.js';
import { resetClientsForTests } from '../../src/client/shared.js';
import { waitUntil } from '../helpers/wait.js';
import { $, $$ } from './store-locator-harness.js';

beforeEach(() => resetClientsForTests());

const [base] = generateStores(1, 11);

/** Three stores in a north-south line `spread` degrees apart, searched around the middle one. */
function column(spread: number): Store[] {
  return [0, 1, 2].map((i) => ({
    ...base!,
    id: `col-${spread}-${i}`,
    name: `Column ${i}`,
    location: { lat: base!.location.lat + (i - 1) * spread, lng: base!.location.lng },
  }));
}

describe('<aisle-store-locator>: the map fits the stores', () => {
  for (const width of [1000, 390]) {
    it(`shows each pin whole, the northernmost too, whatever the spread (${width} px)`, async () => {
      const el = await fixture<AisleStoreLocator>(html`
        <aisle-store-locator
          style="width: ${width}px"
          near="${base!.location.lat},${base!.location.lng}"
          radius="50"
          tiles=""
        ></aisle-store-locator>
      `);
      if (width < 600) $<HTMLButtonElement>(el, '[part="view-switch"] button:last-child')!.click();
      // Spreads 1% apart over a factor of 2: the fit's whole zoom levels (2x apart) leave every
      // slack at the top and bottom, down to none (a pin was cut by 3 px there).
      for (let spread = 0.04; spread < 0.08; spread *= 1.01) {
        const stores = column(spread);
        el.stores = stores;
        const ids = stores.map((s) => s.id);
        await waitUntil(
          () => $$(el, '.aisle-marker').length === 3 && $(el, `[data-store-id="${ids[2]}"]`),
          'no pins',
          { timeout: 5000 },
        );
        await el.mapReady();
        const map = $(el, '.map')!.getBoundingClientRect();
        for (const pin of $$(el, '.aisle-marker .aisle-pin')) {
          const box = pin.getBoundingClientRect();
          const name = pin.parentElement!.getAttribute('aria-label');
          expect(box.top, `${name} at ${spread.toFixed(4)}: top`).to.be.at.least(map.top);
          expect(box.bottom, `${name} at ${spread.toFixed(4)}: bottom`).to.be.at.most(map.bottom);
        }
      }
    });
  }
});
