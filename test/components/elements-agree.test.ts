/**
 * The badge and the locator on one page say the same thing: they ask in the page's language
 * through the same client, and both check the stock again when a reservation moves it.
 */
import { expect, fixture } from '@open-wc/testing';
import { waitUntil } from '../helpers/wait.js';
import { resetClientsForTests } from '../../src/client/shared.js';
import '../../src/components/stock-badge/define.js';
import '../../src/components/store-locator/define.js';
import type { AisleStockBadge } from '../../src/components/stock-badge/stock-badge.js';
import type { AisleStoreLocator } from '../../src/components/store-locator/store-locator.js';
import { mockApi } from '../../src/mocks/mock-api.js';
import { requests } from '../helpers/mock-api.js';

const SKU = 'AISLE-0003';
const PARIS = '48.8566,2.3522';

const stockOf = (el: AisleStoreLocator, storeId: string) =>
  el
    .shadowRoot!.querySelector(`article[data-store-id="${storeId}"] .stock`)
    ?.getAttribute('data-stock');

beforeEach(() => resetClientsForTests());

describe('the badge and the locator agree', () => {
  it('the locator asks in the language of the page, like the badge', async () => {
    const page = await fixture<HTMLDivElement>(
      `<div lang="fr"><aisle-store-locator no-map near="${PARIS}" limit="3" sku="${SKU}"></aisle-store-locator></div>`,
    );
    const el = page.querySelector('aisle-store-locator')!;
    await waitUntil(
      () => requests.some((r) => new URL(r.url).pathname.endsWith('/availability')),
      'no availability request',
    );
    const languages = requests.map((r) => r.headers.get('Accept-Language'));
    expect(languages.length).to.be.greaterThan(1);
    for (const language of languages) expect(language).to.match(/^fr\b/);
    await el.updateComplete;
  });

  it('after a reservation takes the last unit, both say it is out of stock', async () => {
    const [near] = mockApi.stores
      .map((s) => ({ s, d: Math.hypot(s.location.lat - 48.8566, s.location.lng - 2.3522) }))
      .sort((a, b) => a.d - b.d);
    const store = near!.s;
    mockApi.setStock(SKU, store.id, { status: 'in_stock', quantity: 1 });
    const page = await fixture<HTMLDivElement>(
      `<div lang="en">
        <aisle-stock-badge sku="${SKU}" store="${store.id}"></aisle-stock-badge>
        <aisle-store-locator no-map near="${store.location.lat},${store.location.lng}" limit="3" sku="${SKU}"></aisle-store-locator>
      </div>`,
    );
    const badge = page.querySelector<AisleStockBadge>('aisle-stock-badge')!;
    const locator = page.querySelector<AisleStoreLocator>('aisle-store-locator')!;
    await waitUntil(
      () => badge.status === 'in-stock' && stockOf(locator, store.id) === 'in',
      'both in stock first',
      { timeout: 5000 },
    );
    // The shop floor sells it; a reserve button on the page reports the reservation it made.
    mockApi.setStock(SKU, store.id, { status: 'out_of_stock', quantity: 0 });
    page.dispatchEvent(
      new CustomEvent('aisle-reservation-confirmed', {
        bubbles: true,
        composed: true,
        detail: { reservation: { sku: SKU, storeId: store.id } },
      }),
    );
    await waitUntil(
      () => badge.status === 'out-of-stock' && stockOf(locator, store.id) === 'out',
      `badge ${badge.status}, locator ${stockOf(locator, store.id)}`,
      { timeout: 5000 },
    );
  });
});
