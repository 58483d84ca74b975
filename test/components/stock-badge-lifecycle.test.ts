/**
 * Badges a single-page app removes and moves: a route change that removes a listing's badges
 * gives up their lookups (the shared request too, once every badge has left), and nothing more is
 * asked for them; a badge moved to another parent keeps its lookup; one put back later asks again.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { resetClientsForTests } from '../../src/client/shared.js';
import '../../src/components/stock-badge/define.js';
import type { AisleStockBadge } from '../../src/components/stock-badge/stock-badge.js';
import { mockApi } from '../../src/mocks/mock-api.js';
import { holdAnswers, requests } from '../helpers/mock-api.js';
import { waitUntil } from '../helpers/wait.js';
import { settled, text } from './stock-badge-harness.js';

const STORE = 'lyon-part-dieu';
const OUT = 'AISLE-0020'; // out of stock here: a badge then looks for the nearest store that has it
const IN = 'AISLE-0021';

/** Availability requests for the listing's store (not the nearest-store search's). */
const lookups = () =>
  requests.filter((r) => {
    const url = new URL(r.url);
    return url.pathname.endsWith('/availability') && url.searchParams.get('stores') === STORE;
  });

async function listing(): Promise<HTMLElement> {
  return fixture<HTMLElement>(
    html`<div>
      <aisle-stock-badge sku=${OUT} store=${STORE}></aisle-stock-badge>
      <aisle-stock-badge sku=${IN} store=${STORE}></aisle-stock-badge>
    </div>`,
  );
}

describe('<aisle-stock-badge> removed and moved by a single-page app', () => {
  beforeEach(() => {
    resetClientsForTests();
    requests.length = 0;
    mockApi.setStock(OUT, STORE, { status: 'out_of_stock', quantity: 0 });
    mockApi.setStock(IN, STORE, { status: 'in_stock', quantity: 4 });
  });

  it('gives up the lookups of badges the page removed, and asks nothing more for them', async () => {
    const answer = holdAnswers('get', '/availability');
    const list = await listing();
    await waitUntil(() => lookups().length === 1, 'the batched lookup');
    list.replaceChildren(); // the route changes
    await waitUntil(() => lookups()[0]!.signal.aborted, 'the shared request cancelled');
    answer();
    // A badge that is there: its own lookup settles after anything the removed ones would ask.
    const other = await fixture<AisleStockBadge>(
      html`<aisle-stock-badge sku="AISLE-0022" store=${STORE}></aisle-stock-badge>`,
    );
    await settled(other);
    expect(mockApi.stats().requests.searchStores, 'no nearest-store search').to.equal(0);
  });

  it('keeps the lookup of a badge moved to another parent, asking once', async () => {
    const answer = holdAnswers('get', '/availability');
    const list = await listing();
    await waitUntil(() => lookups().length === 1, 'the batched lookup');
    const badge = list.querySelector<AisleStockBadge>(`[sku="${IN}"]`)!;
    const aside = document.createElement('aside');
    list.after(aside);
    aside.append(badge); // a layout moves it
    answer();
    await settled(badge);
    expect(text(badge, 'status')).to.equal('In stock: 4');
    expect(lookups()[0]!.signal.aborted).to.equal(false);
    expect(lookups()).to.have.length(1);
    aside.remove();
  });

  it('asks again when a removed badge is put back', async () => {
    const answer = holdAnswers('get', '/availability', 1);
    const list = await listing();
    await waitUntil(() => lookups().length === 1, 'the batched lookup');
    const badge = list.querySelector<AisleStockBadge>(`[sku="${IN}"]`)!;
    list.replaceChildren();
    await waitUntil(() => lookups()[0]!.signal.aborted, 'the shared request cancelled');
    answer();
    list.append(badge); // the shopper comes back to the route
    await settled(badge);
    expect(text(badge, 'status')).to.equal('In stock: 4');
  });
});
