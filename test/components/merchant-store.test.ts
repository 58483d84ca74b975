/**
 * A marketplace merchant's widget (its own `<aisle-config api>`, whose stores have their own ids)
 * on a retailer's page: the shopper's store chosen through one API is never sent to the other.
 * Choosing a merchant store leaves the retailer's elements at the retailer's store, and the
 * retailer's choice leaves the merchant's widget asking for one of its own stores.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from '../helpers/wait.js';
import { chooseStore } from './store-picker-helpers.js';
import { resetClientsForTests } from '../../src/client/shared.js';
import '../../src/components/config/define.js';
import '../../src/components/stock-badge/define.js';
import '../../src/components/reserve-button/define.js';
import type { AisleStockBadge } from '../../src/components/stock-badge/stock-badge.js';
import type { AisleReserveButton } from '../../src/components/reserve-button/reserve-button.js';
import { createMockApi, mockApi } from '../../src/mocks/mock-api.js';
import { createMyStore, myStore, STORAGE_KEY } from '../../src/state/my-store.js';
import { requests, useHandlers } from '../helpers/mock-api.js';

const MERCHANT = '/merchant-api/v1';
const merchant = createMockApi({
  base: MERCHANT,
  stores: mockApi.stores.map((s) => ({ ...s, id: `m-${s.id}`, name: `Merchant ${s.name}` })),
});
const MERCHANT_KEY = `${STORAGE_KEY} ${MERCHANT}`;

function clearStorage(): void {
  for (const storage of [localStorage, sessionStorage]) {
    for (const key of Object.keys(storage))
      if (key.startsWith(STORAGE_KEY)) storage.removeItem(key);
  }
}

const settled = (badge: AisleStockBadge) =>
  waitUntil(() => !['loading', null].includes(badge.getAttribute('status')), 'never settled');

async function page(merchantPersist = 'local') {
  const root = await fixture<HTMLElement>(html`
    <div>
      <aisle-config persist="local"></aisle-config>
      <aisle-stock-badge id="retailer" sku="AISLE-0001"></aisle-stock-badge>
      <aisle-config api=${MERCHANT} persist=${merchantPersist}>
        <aisle-stock-badge id="merchant" sku="AISLE-0002"></aisle-stock-badge>
        <aisle-reserve-button id="merchant-button" sku="AISLE-0002"></aisle-reserve-button>
      </aisle-config>
    </div>
  `);
  const $ = <T extends Element>(id: string) => root.querySelector<T>(`#${id}`)!;
  return {
    retailer: $<AisleStockBadge>('retailer'),
    theirs: $<AisleStockBadge>('merchant'),
    button: $<AisleReserveButton>('merchant-button'),
  };
}

describe('a merchant widget’s store and the retailer’s', () => {
  beforeEach(() => {
    resetClientsForTests();
    merchant.reset();
    useHandlers(...merchant.handlers);
    myStore().set(null, 'none');
    myStore().set(null, 'none', MERCHANT);
    clearStorage();
  });
  afterEach(clearStorage);

  it('the retailer’s store is not sent to the merchant’s API: its badge asks for a store of its own', async () => {
    const { retailer, theirs, button } = await page();
    const id = await chooseStore(retailer, 'Lyon');
    await settled(retailer);
    expect(retailer.getAttribute('status')).not.to.equal('error');
    await theirs.updateComplete;
    expect(theirs.getAttribute('status')).to.equal('no-store');
    expect(button.storeId).to.equal(null);
    const toMerchant = requests.filter((r) => new URL(r.url).pathname.startsWith(MERCHANT));
    expect(toMerchant.map((r) => r.url).join()).not.to.include(id);
  });

  for (const persist of ['local', 'session', 'none'] as const) {
    it(`a merchant store (persist="${persist}") leaves the retailer’s elements, and the remembered store, at the retailer’s`, async () => {
      const { retailer, theirs } = await page(persist);
      const mine = await chooseStore(retailer, 'Lyon');
      await settled(theirs);
      const theirStore = await chooseStore(theirs, 'Lyon');
      expect(theirStore).to.match(/^m-/);
      await settled(theirs);
      expect(theirs.getAttribute('status')).not.to.equal('error');
      await retailer.updateComplete;
      await settled(retailer);
      expect(retailer.storeId).to.equal(mine);
      expect(retailer.getAttribute('status')).not.to.equal('error');
      // The page's store, as older copies and pages read it, is still the retailer's.
      expect(localStorage.getItem(STORAGE_KEY)).to.equal(mine);
      expect(myStore().get()).to.equal(mine);
      const where = { local: localStorage, session: sessionStorage, none: undefined }[persist];
      expect(where?.getItem(MERCHANT_KEY) ?? null).to.equal(persist === 'none' ? null : theirStore);
    });
  }

  it('the page’s store kept by an older version is still the retailer’s elements’ store', async () => {
    const kept = mockApi.stores[4]!.id;
    localStorage.setItem(STORAGE_KEY, kept);
    const fresh = createMyStore(); // a new page: nothing read yet
    expect(fresh.get()).to.equal(kept);
    expect(fresh.get(MERCHANT)).to.equal(null);
    fresh.set('m-somewhere', 'local', MERCHANT);
    expect(fresh.get()).to.equal(kept);
    expect(localStorage.getItem(STORAGE_KEY)).to.equal(kept);
    // Its channel message reaches the page's own instance a task later: let it land here, not
    // after the next test's reset.
    await waitUntil(() => myStore().get(MERCHANT) === 'm-somewhere', 'the message never came');
  });

  it('follows the page’s API as it changes: an element on the page’s API again takes the page’s store', async () => {
    const { retailer, theirs } = await page();
    const mine = await chooseStore(retailer, 'Lyon');
    await settled(theirs);
    expect(theirs.storeId).to.equal(null);
    // The page now says the merchant's API is its own: one store again, the page's.
    retailer.parentElement!.querySelector('aisle-config')!.setAttribute('api', MERCHANT);
    await waitUntil(() => theirs.storeId === mine, 'the merchant badge kept its own store');
  });

  it('another tab’s merchant store reaches that API’s selection only; older copies hear only the page’s', async () => {
    const here = createMyStore();
    const page = mockApi.stores[6]!.id;
    here.set(page, 'none');
    expect(here.get(MERCHANT)).to.equal(null);
    const heard: unknown[] = [];
    const channel = new BroadcastChannel('aisle:my-store');
    channel.onmessage = (e) => heard.push(e.data);
    const otherTab = createMyStore();
    otherTab.set('m-lyon-confluence', 'none', MERCHANT);
    await waitUntil(() => here.get(MERCHANT) === 'm-lyon-confluence', 'never heard');
    expect(here.get()).to.equal(page);
    // An older copy takes messages whose type is 'aisle:my-store': this one is not.
    expect(heard).to.deep.equal([{ type: MERCHANT_KEY, storeId: 'm-lyon-confluence' }]);
    channel.close();
  });
});
