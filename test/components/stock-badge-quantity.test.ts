// The badge for a shopper who wants several units (the `quantity` attribute).
import { expect, fixture, html } from '@open-wc/testing';
import { resetClientsForTests } from '../../src/client/shared.js';
import '../../src/components/stock-badge/define.js';
import type { AisleStockBadge } from '../../src/components/stock-badge/stock-badge.js';
import { mockApi } from '../../src/mocks/mock-api.js';
import '../helpers/mock-api.js'; // every request goes to the mock
import { settled, text } from './stock-badge-harness.js';

const store = mockApi.stores[9]!;

describe('<aisle-stock-badge> with a quantity', () => {
  beforeEach(() => resetClientsForTests());

  it('is "in stock" only when that many are available', async () => {
    mockApi.setStock('AISLE-0004', store.id, { status: 'in_stock', quantity: 4 });
    for (const [wanted, shows] of [
      [5, ['out-of-stock', 'Only 4 available']], // one unit short
      [4, ['in-stock', 'In stock: 4']], // exactly enough
    ] as const) {
      const el = await settled(
        await fixture<AisleStockBadge>(
          html`<aisle-stock-badge
            sku="AISLE-0004"
            store=${store.id}
            quantity=${wanted}
          ></aisle-stock-badge>`,
        ),
      );
      expect([el.getAttribute('status'), text(el, 'status')]).to.deep.equal(shows);
      await expect(el).to.be.accessible();
    }
  });
});
