// The badge for a shopper who wants several units (the `quantity` attribute).
import { expect, fixture, html } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import { resetClientsForTests } from '../../src/client/shared.js';
import '../../src/components/stock-badge/define.js';
import type { AisleStockBadge } from '../../src/components/stock-badge/stock-badge.js';
import { mockApi } from '../../src/mocks/mock-api.js';
import { holdAnswers, useHandlers } from '../helpers/mock-api.js'; // every request goes to the mock
import { askedFor, makeEntry, requestsTo } from '../client/fixtures.js';
import { waitUntil } from '../helpers/wait.js';
import { settled, text } from './stock-badge-harness.js';
import { warningsDuring } from '../helpers/console.js';

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

  it('never prints a quantity the API made up (1e300): that stock is unknown', async () => {
    useHandlers(
      http.get('*/aisle-api/v1/availability', ({ request }) =>
        HttpResponse.json({
          availability: askedFor(request).skus.map((sku) =>
            makeEntry(sku, store.id, { quantity: 1e300 }),
          ),
        }),
      ),
    );
    const el = await settled(
      await fixture<AisleStockBadge>(
        html`<aisle-stock-badge sku="AISLE-0004" store=${store.id}></aisle-stock-badge>`,
      ),
    );
    expect(el.getAttribute('status')).to.equal('unknown');
    expect(el.shadowRoot!.textContent).not.to.match(/e\+|300/);
    await expect(el).to.be.accessible();
  });

  it('takes the text of a number set as a property (Vue, Svelte, React 19 `quantity="5"`)', async () => {
    // Those frameworks set a prop the element has as a property, a template's text as it is.
    mockApi.setStock('AISLE-0004', store.id, { status: 'in_stock', quantity: 4 });
    const el = await settled(
      await fixture<AisleStockBadge>(
        html`<aisle-stock-badge sku="AISLE-0004" store=${store.id}></aisle-stock-badge>`,
      ),
    );
    const warned = await warningsDuring(async () => {
      (el as unknown as { quantity: string }).quantity = '5';
      await el.updateComplete;
      await settled(el);
    });
    expect([el.getAttribute('status'), text(el, 'status')]).to.deep.equal([
      'out-of-stock',
      'Only 4 available',
    ]);
    expect(warned).to.deep.equal([]);
  });

  it('asks once when its quantity changes while the answer is on its way (a stepper)', async () => {
    mockApi.setStock('AISLE-0004', store.id, { status: 'in_stock', quantity: 4 });
    const answer = holdAnswers('get', '/availability');
    const el = await fixture<AisleStockBadge>(
      html`<aisle-stock-badge sku="AISLE-0004" store=${store.id}></aisle-stock-badge>`,
    );
    await waitUntil(() => requestsTo('/availability').length, 'the request on its way');
    for (const quantity of [2, 3]) {
      el.quantity = quantity; // the same product at the same store: the same question
      await el.updateComplete;
    }
    answer();
    await settled(el);
    expect(text(el, 'status')).to.equal('In stock: 4');
    expect(requestsTo('/availability')).to.have.length(1);
    expect(requestsTo(`/stores/${store.id}`)).to.have.length(1);
  });

  it('names a bad quantity as the editor wrote it, not as the number it could not be', async () => {
    const warned = await warningsDuring(async () =>
      settled(
        await fixture<AisleStockBadge>(
          html`<aisle-stock-badge
            sku="AISLE-0004"
            store=${store.id}
            quantity="two units"
          ></aisle-stock-badge>`,
        ),
      ),
    );
    expect(warned.filter((w) => w.includes('quantity'))).to.deep.equal([
      '[aisle] <aisle-stock-badge> quantity "two units" must be a whole number from 1 to 999; using 1.',
    ]);
  });

  it('goes back to one unit without a warning when the page removes its quantity', async () => {
    // A framework binding `quantity={qty || undefined}` removes the attribute.
    mockApi.setStock('AISLE-0004', store.id, { status: 'in_stock', quantity: 4 });
    const el = await settled(
      await fixture<AisleStockBadge>(
        html`<aisle-stock-badge
          sku="AISLE-0004"
          store=${store.id}
          quantity="5"
        ></aisle-stock-badge>`,
      ),
    );
    expect(el.getAttribute('status')).to.equal('out-of-stock');
    const warned = await warningsDuring(async () => {
      el.removeAttribute('quantity');
      await el.updateComplete;
      await settled(el);
    });
    expect(text(el, 'status')).to.equal('In stock: 4');
    expect(warned).to.deep.equal([]);
  });
});
