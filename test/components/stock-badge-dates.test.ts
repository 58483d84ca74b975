// What the badge makes of absurd dates from the API: a pickup time or a restock date centuries
// ahead.
import { expect, fixture, html } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import { resetClientsForTests } from '../../src/client/shared.js';
import type { AvailabilityEntry } from '../../src/client/types.js';
import '../../src/components/stock-badge/define.js';
import type { AisleStockBadge } from '../../src/components/stock-badge/stock-badge.js';
import { mockApi } from '../../src/mocks/mock-api.js';
import { useHandlers } from '../helpers/mock-api.js';
import { settled, text } from './stock-badge-harness.js';

const store = mockApi.stores.find((s) => s.pickup.enabled)!;

async function details(entry: Partial<AvailabilityEntry>, lang = 'en'): Promise<string> {
  resetClientsForTests();
  useHandlers(
    http.get('*/aisle-api/v1/availability', ({ request }) =>
      HttpResponse.json([
        {
          sku: new URL(request.url).searchParams.get('skus')!,
          storeId: store.id,
          status: 'in_stock',
          quantity: 5,
          updatedAt: new Date().toISOString(),
          ...entry,
        },
      ]),
    ),
  );
  const el = await settled(
    await fixture<AisleStockBadge>(
      html`<aisle-stock-badge lang=${lang} sku="AISLE-0004" store=${store.id}></aisle-stock-badge>`,
    ),
  );
  return `${text(el, 'status')} ${text(el, 'details')}`;
}

describe('<aisle-stock-badge> absurd dates from the API', () => {
  it('ignores a pickup time more than a year ahead: the store’s hours promise one', async () => {
    const said = await details({ pickupReadyAt: '2999-01-01T00:00:00Z' });
    expect(said).to.match(/Ready (today|tomorrow|\w+day) at/);
    expect(said).not.to.include('2999');
  });

  it('gives no restock date more than two years ahead', async () => {
    const said = await details({ status: 'out_of_stock', quantity: 0, restockDate: '2999-01-01' });
    expect(said).not.to.include('back ');
    expect(said).not.to.include('2999');
  });
});
