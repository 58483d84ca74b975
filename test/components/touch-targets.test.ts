import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { resetClientsForTests } from '../../src/client/shared.js';
import '../../src/components/stock-badge/define.js';
import '../../src/components/store-locator/define.js';
import type { AisleStockBadge } from '../../src/components/stock-badge/stock-badge.js';
import { mockApi } from '../../src/mocks/mock-api.js';
import { myStore } from '../../src/state/my-store.js';
import { mount, openToHold, part, resetReserveState, store } from './reserve-button-helpers.js';
import { $, $$, PARIS, settled } from './store-locator-harness.js';

/**
 * What a finger can hit: every control at least 24px tall (WCAG 2.5.8), the reserve dialog's at
 * least 44px, at the browser's default font size and at a smaller one (14px), where sizes in em
 * shrink below that.
 */
const height = (el: Element) => el.getBoundingClientRect().height;

for (const rootSize of ['16px', '14px']) {
  describe(`touch targets (root font ${rootSize})`, () => {
    beforeEach(() => {
      document.documentElement.style.fontSize = rootSize;
      resetReserveState();
      resetClientsForTests();
      myStore().set(null, 'none');
      mockApi.setScenario({});
    });
    afterEach(() => {
      document.documentElement.style.removeProperty('font-size');
      mockApi.setScenario({});
      myStore().set(null, 'none');
    });

    it('the badge’s "Check availability near you", "Change store" and "Try again" are 24px tall', async () => {
      const badge = await fixture<AisleStockBadge>(
        html`<aisle-stock-badge lang="fr" sku="AISLE-0001"></aisle-stock-badge>`,
      );
      await waitUntil(() => badge.status === 'no-store');
      const near = badge.shadowRoot!.querySelector('[part="action"]')!;
      expect(near.textContent!.trim()).to.equal('Voir la disponibilité près de chez vous');
      expect(height(near)).to.be.at.least(24);

      myStore().set(store.id, 'none');
      await waitUntil(() => badge.status === 'in-stock' || badge.status === 'low-stock');
      const change = badge.shadowRoot!.querySelector('[part="action"]')!;
      expect(change.textContent!.trim()).to.equal('Changer de magasin');
      expect(height(change)).to.be.at.least(24);

      mockApi.setScenario({ status500: true, only: 'getAvailability' });
      const failing = await fixture<AisleStockBadge>(
        html`<aisle-stock-badge lang="fr" sku="AISLE-0002" store=${store.id}></aisle-stock-badge>`,
      );
      await waitUntil(() => failing.status === 'error', 'the badge never failed', {
        timeout: 8000,
      });
      const retry = failing.shadowRoot!.querySelector('[part="action"]')!;
      expect(retry.textContent!.trim()).to.equal('Réessayer');
      expect(height(retry)).to.be.at.least(24);
    });

    it('the reserve dialog’s "Change store" is 44px tall, as its other buttons', async () => {
      const el = await mount('fr');
      await openToHold(el);
      const change = part(el, 'change-store')!;
      expect(height(change)).to.be.at.least(44);
      el.shadowRoot!.querySelector('dialog')!.close();
    });

    it('the locator’s store names, hours, phone and directions are 24px tall', async () => {
      // With its map: a store's name is then a button that shows it there.
      const wrapper = await fixture<HTMLDivElement>(
        html`<div lang="fr">
          <aisle-store-locator near=${PARIS} radius="50" tiles=""></aisle-store-locator>
        </div>`,
      );
      const el = wrapper.querySelector('aisle-store-locator')!;
      await settled(el);
      await waitUntil(() => $(el, '.name-button'), 'no store name button');
      const controls = [$(el, '.name-button')!, $(el, '.hours summary')!, ...$$(el, '.actions a')];
      expect(controls.length).to.be.at.least(4);
      for (const c of controls) expect(height(c), c.textContent!.trim()).to.be.at.least(24);
    });
  });
}
