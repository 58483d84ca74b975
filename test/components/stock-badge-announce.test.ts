/**
 * What the badge's live region keeps: an announcement is said, then taken out of the reading
 * order, so a screen reader reading the page meets the badge's details once.
 */
import { expect, fixture, html } from '@open-wc/testing';
import sinon from 'sinon';
import { resetClientsForTests } from '../../src/client/shared.js';
import '../../src/components/stock-badge/define.js';
import type { AisleStockBadge } from '../../src/components/stock-badge/stock-badge.js';
import { mockApi } from '../../src/mocks/mock-api.js';
import '../helpers/mock-api.js';
import { waitUntil } from '../helpers/wait.js';
import { settled } from './stock-badge-harness.js';

const store = mockApi.stores[0]!;
const live = (el: AisleStockBadge) =>
  el.shadowRoot!.querySelector('[aria-live]')!.textContent!.trim();

describe('<aisle-stock-badge> announcements', () => {
  beforeEach(() => resetClientsForTests());
  afterEach(() => sinon.restore());

  it('says a variant change, then empties the live region a few seconds later', async () => {
    mockApi.setStock('AISLE-0010', store.id, { status: 'in_stock', quantity: 9 });
    mockApi.setStock('AISLE-0011', store.id, { status: 'out_of_stock', quantity: 0 });
    const el = await settled(
      await fixture<AisleStockBadge>(
        html`<aisle-stock-badge sku="AISLE-0010" store=${store.id}></aisle-stock-badge>`,
      ),
    );
    expect(el.status).to.equal('in-stock');
    // The page's own timers run; the region's is caught to be run at once.
    const timers = sinon.spy(window, 'setTimeout');
    el.sku = 'AISLE-0011'; // a variant change: announced
    await waitUntil(() => live(el).includes('Out of stock'), 'not announced');
    // The last timer of 5 s or more: set once the announcement rendered (a request's timeout,
    // set before, is one too).
    const quiet = timers
      .getCalls()
      .filter((c) => Number(c.args[1]) >= 5000)
      .at(-1);
    expect(quiet, 'a timer of at least 5 s (time to be said)').to.exist;
    expect(Number(quiet!.args[1])).to.be.at.most(10_000);
    expect(live(el), 'still there meanwhile').to.contain('Out of stock');
    (quiet!.args[0] as () => void)();
    await el.updateComplete;
    expect(live(el)).to.equal('');
    // The details stay where they are read: in the badge.
    expect(el.shadowRoot!.querySelector('[part="status"]')!.textContent).to.contain('Out of stock');
  });
});
