// A provider or fetch given to configure() after the badges have loaded: the classic script's
// `Aisle.configure({ provider })` in a tag manager's code runs once the elements are on the page.
import { expect, fixture, html } from '@open-wc/testing';
import type { AvailabilityProvider } from '../../src/client/provider.js';
import { resetClientsForTests } from '../../src/client/shared.js';
import '../../src/components/stock-badge/define.js';
import type { AisleStockBadge } from '../../src/components/stock-badge/stock-badge.js';
import { configure, resetConfigForTests } from '../../src/config/config.js';
import { mockApi } from '../../src/mocks/mock-api.js';
import { requests } from '../helpers/mock-api.js'; // every request goes to the mock
import { waitUntil } from '../helpers/wait.js';
import { makeEntry, makeStore } from '../client/fixtures.js';
import { settled, text } from './stock-badge-harness.js';

const store = mockApi.stores[4]!;

/** A retailer's provider: every product low at every store, two left. */
function lowStockProvider(): AvailabilityProvider {
  const unused = async (): Promise<never> => {
    throw new Error('unused');
  };
  return {
    searchStores: async () => [],
    getStore: async (id) => makeStore(id),
    getAvailability: async (q) =>
      q.skus.flatMap((sku) =>
        (q.storeIds ?? []).map((s) => makeEntry(sku, s, { status: 'low_stock', quantity: 2 })),
      ),
    getSlots: async () => [],
    createHold: unused,
    confirmHold: unused,
    releaseHold: async () => undefined,
    getReservation: unused,
    cancelReservation: unused,
  };
}

describe('<aisle-stock-badge> and a later configure()', () => {
  beforeEach(() => {
    resetClientsForTests();
    mockApi.setStock('AISLE-0005', store.id, { status: 'in_stock', quantity: 9 });
  });
  afterEach(() => resetConfigForTests());

  async function loadedBadge(): Promise<AisleStockBadge> {
    const el = await settled(
      await fixture<AisleStockBadge>(
        html`<aisle-stock-badge sku="AISLE-0005" store=${store.id}></aisle-stock-badge>`,
      ),
    );
    expect(text(el, 'status')).to.equal('In stock: 9');
    return el;
  }

  it('asks a provider given later, without a click', async () => {
    const el = await loadedBadge();
    configure({ provider: lowStockProvider() });
    await waitUntil(
      () => el.getAttribute('status') === 'low-stock',
      'the badge kept the old answer',
      {
        timeout: 3000,
      },
    );
    expect(text(el, 'status')).to.equal('Only 2 left');
  });

  it('asks through a fetch given later', async () => {
    const el = await loadedBadge();
    const before = requests.length;
    const urls: string[] = [];
    configure({
      fetch: async (input: string) => {
        urls.push(input);
        if (!input.includes('/availability?')) return Response.json(store);
        return Response.json({
          availability: [makeEntry('AISLE-0005', store.id, { status: 'low_stock', quantity: 2 })],
        });
      },
    });
    await waitUntil(
      () => el.getAttribute('status') === 'low-stock',
      'the badge kept the old answer',
      {
        timeout: 3000,
      },
    );
    expect(urls.some((u) => u.includes('/availability?'))).to.equal(true);
    expect(requests.length).to.equal(before); // nothing more went to the page's own fetch
  });
});
