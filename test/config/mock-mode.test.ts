import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from '../helpers/wait.js';
import { clientFor, mockModeFetch } from '../../src/client/index.js';
import { resetClientsForTests } from '../../src/client/shared.js';
import type { Store } from '../../src/client/types.js';
import '../../src/components/config/define.js';
import '../../src/components/stock-badge/define.js';
import '../../src/components/store-locator/define.js';
import type { AisleStockBadge } from '../../src/components/stock-badge/stock-badge.js';
import { configure, resetConfigForTests } from '../../src/config/config.js';
import { mockApi } from '../../src/mocks/mock-api.js';
import { myStore } from '../../src/state/my-store.js';
// The page's fetch is patched by the test helper: `requests` lists every request that went
// through it, so "mock mode never uses the page's fetch" is observable (and an unmocked request
// fails the test).
import { requests } from '../helpers/mock-api.js';

/** An address no test handler answers: reaching it through the page's fetch would fail. */
const NOWHERE = 'https://api.nowhere.invalid/v1';

async function settled(el: AisleStockBadge): Promise<AisleStockBadge> {
  await el.updateComplete;
  await waitUntil(() => el.status !== 'loading', 'the badge never finished loading', {
    timeout: 5000,
  });
  await el.updateComplete;
  return el;
}

function statusText(el: AisleStockBadge): string {
  return (
    el.shadowRoot!.querySelector('[part="status"]')?.textContent?.replace(/\s+/g, ' ').trim() ?? ''
  );
}

describe('mock mode (<aisle-config mock>)', () => {
  let store: Store;

  before(() => {
    store = mockApi.stores.find((s) => s.address.city === 'Lyon') ?? mockApi.stores[0]!;
  });

  beforeEach(() => {
    resetClientsForTests();
    resetConfigForTests();
    myStore().set(null, 'none');
    requests.length = 0;
  });

  it('serves a badge from the built-in mock without the page fetch, whatever `api` says', async () => {
    mockApi.setStock('AISLE-0001', store.id, { status: 'in_stock', quantity: 6 });
    const wrapper = await fixture(html`
      <aisle-config mock api=${NOWHERE}>
        <aisle-stock-badge sku="AISLE-0001" store=${store.id}></aisle-stock-badge>
      </aisle-config>
    `);
    const el = await settled(wrapper.querySelector('aisle-stock-badge')!);
    expect(el.getAttribute('status')).to.equal('in-stock');
    expect(statusText(el)).to.equal('In stock: 6');
    // The mock counted the request, and the page's fetch saw nothing.
    expect(mockApi.stats().requests.getAvailability).to.be.greaterThan(0);
    expect(requests).to.have.length(0);
  });

  it('follows the mock state: out of stock in the mock is out of stock on the badge', async () => {
    mockApi.setStock('AISLE-0002', store.id, { status: 'out_of_stock', quantity: 0 });
    const wrapper = await fixture(html`
      <div>
        <aisle-config mock></aisle-config>
        <aisle-stock-badge sku="AISLE-0002" store=${store.id}></aisle-stock-badge>
      </div>
    `);
    const el = await settled(wrapper.querySelector('aisle-stock-badge')!);
    expect(el.getAttribute('status')).to.equal('out-of-stock');
    expect(requests.filter((r) => r.url.includes('/availability'))).to.have.length(0);
  });

  it("reports the mock's offline scenario as the page's fetch would: a network error", async () => {
    mockApi.setScenario({ offline: true });
    try {
      const wrapper = await fixture(html`
        <aisle-config mock>
          <aisle-stock-badge sku="AISLE-0001" store=${store.id}></aisle-stock-badge>
        </aisle-config>
      `);
      const el = wrapper.querySelector('aisle-stock-badge')!;
      const error = await new Promise<CustomEvent>((resolve) =>
        el.addEventListener('aisle-error', resolve as EventListener, { once: true }),
      );
      expect(error.detail.code).to.equal('network');
    } finally {
      mockApi.setScenario(undefined);
    }
  });

  it('serves the store locator from the mock too', async () => {
    const wrapper = await fixture(html`
      <aisle-config mock api=${NOWHERE}>
        <aisle-store-locator near="45.76,4.84" no-map></aisle-store-locator>
      </aisle-config>
    `);
    const locator = wrapper.querySelector('aisle-store-locator')!;
    await waitUntil(
      () => locator.shadowRoot?.querySelectorAll('[part~="store-name"]').length,
      'the locator listed no store',
      { timeout: 5000 },
    );
    const names = [...locator.shadowRoot!.querySelectorAll('[part~="store-name"]')].map((n) =>
      n.textContent!.trim(),
    );
    expect(names.some((n) => n.includes('Lyon'))).to.equal(true);
    expect(mockApi.stats().requests.searchStores).to.be.greaterThan(0);
    expect(requests).to.have.length(0);
  });

  it('without mock the same badge goes through the page fetch (the control case)', async () => {
    mockApi.setStock('AISLE-0001', store.id, { status: 'in_stock', quantity: 6 });
    const el = await settled(
      await fixture<AisleStockBadge>(
        html`<aisle-stock-badge sku="AISLE-0001" store=${store.id}></aisle-stock-badge>`,
      ),
    );
    expect(el.getAttribute('status')).to.equal('in-stock');
    expect(requests.filter((r) => r.url.includes('/availability'))).to.have.length(1);
  });

  it('wins over a fetch and a provider given to configure()', async () => {
    let called = 0;
    configure({
      fetch: () => {
        called++;
        return Promise.reject(new TypeError('not this one'));
      },
    });
    const stores = await clientFor({ api: NOWHERE, mock: true }).searchStores({ q: 'Lyon' });
    expect(stores.length).to.be.greaterThan(0);
    expect(stores.every((s) => s.address.city.length > 0)).to.equal(true);
    expect(called).to.equal(0);
    expect(requests).to.have.length(0);
  });

  it('shares one client per configuration, separate from the network clients', () => {
    const a = clientFor({ api: '/x', mock: true });
    const b = clientFor({ api: '/y', mock: true });
    const network = clientFor({ api: '/x' });
    expect(a).to.equal(b);
    expect(a).not.to.equal(network);
  });

  it('answers the online geocoders too, and rejects what the mock does not serve', async () => {
    const ban = await mockModeFetch('https://api-adresse.data.gouv.fr/search/?q=Lyon&limit=1');
    expect(ban.ok).to.equal(true);
    let error: unknown;
    try {
      await mockModeFetch('https://example.invalid/not-mocked');
    } catch (e) {
      error = e;
    }
    expect(error).to.be.instanceOf(TypeError);
    expect(requests).to.have.length(0);
  });

  it('rejects an already-aborted request like fetch does', async () => {
    const controller = new AbortController();
    controller.abort();
    let error: unknown;
    try {
      await mockModeFetch('/aisle-api/v1/stores?q=Lyon', { signal: controller.signal });
    } catch (e) {
      error = e;
    }
    expect((error as Error).name).to.equal('AbortError');
  });
});
