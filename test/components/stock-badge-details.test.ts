// What the badge's detail line says about a product out of stock at the store.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { resetClientsForTests } from '../../src/client/shared.js';
import '../../src/components/stock-badge/define.js';
import type { AisleStockBadge } from '../../src/components/stock-badge/stock-badge.js';
import { mockApi } from '../../src/mocks/mock-api.js';
import '../helpers/mock-api.js'; // every request goes to the mock

const store = mockApi.stores[9]!;

function text(el: AisleStockBadge, part: string): string {
  return (
    el.shadowRoot!.querySelector(`[part="${part}"]`)?.textContent?.replace(/\s+/g, ' ').trim() ?? ''
  );
}

async function settled(el: AisleStockBadge): Promise<AisleStockBadge> {
  await waitUntil(() => el.status !== 'loading', 'the badge never finished loading', {
    timeout: 5000,
  });
  await el.updateComplete;
  return el;
}

describe('<aisle-stock-badge> details', () => {
  it('gives a restock date still to come, never one already past', async () => {
    const day = (offset: number) =>
      new Date(Date.now() + offset * 86_400_000).toLocaleDateString('en-CA', {
        timeZone: store.timezone,
      });
    const badge = async (restockDate: string) => {
      mockApi.setStock('AISLE-0007', store.id, {
        status: 'out_of_stock',
        quantity: 0,
        restockDate,
      });
      resetClientsForTests();
      const el = await settled(
        await fixture<AisleStockBadge>(
          html`<aisle-stock-badge sku="AISLE-0007" store=${store.id}></aisle-stock-badge>`,
        ),
      );
      return `${text(el, 'status')} ${text(el, 'details')}`;
    };
    const later = await badge(day(3));
    const today = await badge(day(0));
    expect(later).to.include('back ');
    expect(today).to.include('back ').and.not.equal(later);
    expect(await badge(day(-2))).not.to.include('back ');
  });
});
