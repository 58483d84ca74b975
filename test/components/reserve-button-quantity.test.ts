/** The store step's quantity: its limit says only what the API said about the stock. */
import { expect } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import { mockApi } from '../../src/mocks/mock-api.js';
import { useHandlers } from '../helpers/mock-api.js';
import {
  mount,
  openToHold,
  part,
  resetReserveState,
  SKU,
  store,
} from './reserve-button-helpers.js';

/** The API says "low stock" and gives no count (the mock always gives one). */
const lowStockNoCount = () =>
  useHandlers(
    http.get('*/aisle-api/v1/availability', () =>
      HttpResponse.json({
        availability: [
          { sku: SKU, storeId: store.id, status: 'low_stock', updatedAt: new Date().toISOString() },
        ],
      }),
    ),
  );

const hint = (el: HTMLElement) =>
  el.shadowRoot!.querySelector('#quantity-hint')!.textContent!.trim();
const choices = (el: HTMLElement) =>
  [...part<HTMLSelectElement>(el as never, 'quantity')!.options].map((o) => o.value);

describe('<aisle-reserve-button> the quantity’s limit', () => {
  beforeEach(resetReserveState);

  for (const [lang, said] of [
    ['en', 'Low stock: 1 per reservation'],
    ['fr', 'Stock limité\u00a0: 1 par réservation'],
  ] as const) {
    it(`says "low stock" with no count is one per reservation, not "1 available" (${lang})`, async () => {
      lowStockNoCount();
      const el = await mount(lang);
      await openToHold(el);
      expect(hint(el)).to.equal(said);
      expect(choices(el)).to.deep.equal(['1']);
    });
  }

  it('gives the count the API gave, or the cap per reservation', async () => {
    mockApi.setStock(SKU, store.id, { status: 'low_stock', quantity: 3 });
    let el = await mount();
    await openToHold(el);
    expect(hint(el)).to.equal('3 available');
    expect(choices(el)).to.deep.equal(['1', '2', '3']);
    el.remove();
    resetReserveState();
    mockApi.setStock(SKU, store.id, { status: 'in_stock' });
    el = await mount();
    await openToHold(el);
    expect(hint(el)).to.equal('Up to 10 per reservation');
  });
});
