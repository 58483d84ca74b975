/**
 * The badge's `store` and `sku` as a CMS editor writes them: pasted with spaces around them, or a
 * store that is not an id at all.
 * Spaces are dropped; a value that cannot be an id says so in the console and the badge works on
 * the shopper's store (or offers to pick one), as without the attribute: never a dead badge.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { resetClientsForTests } from '../../src/client/shared.js';
import '../../src/components/stock-badge/define.js';
import type { AisleStockBadge } from '../../src/components/stock-badge/stock-badge.js';
import { mockApi } from '../../src/mocks/mock-api.js';
import { myStore } from '../../src/state/my-store.js';
import '../helpers/mock-api.js';
import { warningsDuring } from '../helpers/console.js';
import { settled, text } from './stock-badge-harness.js';

const store = mockApi.stores[9]!;
const mine = mockApi.stores[4]!;

describe('<aisle-stock-badge> store attribute written wrong', () => {
  beforeEach(() => resetClientsForTests());
  afterEach(() => myStore().set(null, 'none'));

  for (const [what, sku, id] of [
    ['store id', 'AISLE-0004', ` ${store.id} `],
    ['sku', ' AISLE-0004 ', store.id],
  ]) {
    it(`drops the spaces around a pasted ${what}, and says nothing`, async () => {
      let el!: AisleStockBadge;
      const warned = await warningsDuring(async () => {
        el = await settled(
          await fixture<AisleStockBadge>(
            html`<aisle-stock-badge lang="en" sku=${sku} store=${id}></aisle-stock-badge>`,
          ),
        );
      });
      expect(warned).to.deep.equal([]);
      expect([el.sku, el.storeId]).to.deep.equal(['AISLE-0004', store.id]);
      expect(el.status).to.be.oneOf(['in-stock', 'low-stock', 'out-of-stock']);
      expect(text(el, 'details')).to.contain(store.name);
    });
  }

  it('a store that cannot be an id: the shopper picks one, or theirs is used', async () => {
    let el!: AisleStockBadge;
    const warned = await warningsDuring(async () => {
      el = await fixture<AisleStockBadge>(
        html`<aisle-stock-badge lang="en" sku="AISLE-0004" store='lyon"'></aisle-stock-badge>`,
      );
      await el.updateComplete;
    });
    expect(warned).to.deep.equal([
      `[aisle] <aisle-stock-badge> store "lyon"" is not a valid store id; using the shopper's store.`,
    ]);
    expect(el.status).to.equal('no-store');
    const action = el.shadowRoot!.querySelector('[part="action"]')!;
    expect(action.textContent!.trim()).to.equal('Check availability near you');
    await expect(el).to.be.accessible();
    myStore().set(mine.id, 'none');
    await settled(el);
    expect(el.storeId).to.equal(mine.id);
    expect(text(el, 'details')).to.contain(mine.name);
  });
});
