/**
 * A hold left unanswered by an earlier load is given back when the button comes to its SKU
 * later (a variant picker), even if the dialog was already loaded for another variant.
 */
import { expect, fixture, html } from '@open-wc/testing';
import type { AisleReserveButton } from '../../src/components/reserve-button/reserve-button.js';
import { mockApi } from '../../src/mocks/mock-api.js';
import {
  openDialog,
  posts,
  resetReserveState,
  SKU,
  store,
  until,
} from './reserve-button-helpers.js';

const OTHER = 'AISLE-0002';

describe('<aisle-reserve-button> a left hold and a variant picker', () => {
  beforeEach(() => {
    resetReserveState();
    mockApi.setStock(OTHER, store.id, { status: 'in_stock', quantity: 5 });
  });

  it('gives back the hold left for the variant the button moves to', async () => {
    const el = await fixture<AisleReserveButton>(
      html`<aisle-reserve-button sku=${OTHER} store=${store.id}></aisle-reserve-button>`,
    );
    await openDialog(el); // the dialog is loaded for the first variant
    el.close();
    // What an earlier load of this tab left for the other variant (read when the button gets there).
    sessionStorage.setItem(
      `aisle:holds:/aisle-api/v1 ${SKU}`,
      JSON.stringify([
        { request: { sku: SKU, storeId: store.id, quantity: 1 }, key: 'k-variant', at: Date.now() },
      ]),
    );
    el.sku = SKU;
    await until(() => mockApi.stats().holdsReleased === 1, 'the left hold given back');
    expect(posts(/\/holds$/).map((r) => r.headers.get('Idempotency-Key'))).to.deep.equal([
      'k-variant',
    ]);
    await until(
      () => sessionStorage.getItem(`aisle:holds:/aisle-api/v1 ${SKU}`) === null,
      'forgotten',
    );
  });
});
