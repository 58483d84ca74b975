import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from '../helpers/wait.js';
import { chooseStore } from './store-picker-helpers.js';
import { resetClientsForTests } from '../../src/client/shared.js';
import '../../src/components/config/define.js';
import '../../src/components/stock-badge/define.js';
import type { AisleStockBadge } from '../../src/components/stock-badge/stock-badge.js';
import { mockApi } from '../../src/mocks/mock-api.js';
import { createMyStore, myStore, STORAGE_KEY } from '../../src/state/my-store.js';
import { http, HttpResponse } from 'msw';
import { requests, useHandlers } from '../helpers/mock-api.js';

const shadowText = (el: Element, part: string) =>
  el.shadowRoot!.querySelector(`[part="${part}"]`)!.textContent!.replace(/\s+/g, ' ').trim();

describe('<aisle-stock-badge> and the shopper’s store', () => {
  beforeEach(() => {
    resetClientsForTests();
    myStore().set(null, 'none');
    localStorage.removeItem(STORAGE_KEY);
    sessionStorage.removeItem(STORAGE_KEY);
  });

  for (const persist of ['local', 'session', 'none'] as const) {
    it(`remembers the chosen store per persist="${persist}", and only its id`, async () => {
      const page = await fixture<HTMLElement>(
        html`<div>
          <aisle-config persist=${persist}></aisle-config>
          <aisle-stock-badge sku="AISLE-0001"></aisle-stock-badge>
        </div>`,
      );
      const badge = page.querySelector('aisle-stock-badge')!;
      await badge.updateComplete;
      const id = await chooseStore(badge, 'Nantes');
      expect(localStorage.getItem(STORAGE_KEY)).to.equal(persist === 'local' ? id : null);
      expect(sessionStorage.getItem(STORAGE_KEY)).to.equal(persist === 'session' ? id : null);
    });
  }

  it('its store search goes to its own `api` and key, not the page’s', async () => {
    myStore().set(null, 'none', 'https://merchant.example/aisle-api/v1'); // its own store: none yet
    // A merchant's badge with its own API and key, on a retailer's page with its own.
    await fixture(
      html`<aisle-config
        api="https://retailer.example/aisle-api/v1"
        api-key="retailer-key"
      ></aisle-config>`,
    );
    const badge = await fixture<AisleStockBadge>(
      html`<aisle-stock-badge
        sku="AISLE-0001"
        api="https://merchant.example/aisle-api/v1"
        api-key="merchant-key"
        geocoder="local"
      ></aisle-stock-badge>`,
    );
    requests.length = 0;
    expect(await chooseStore(badge, 'Lyon')).to.be.a('string');
    const searches = requests.filter((r) => new URL(r.url).pathname.endsWith('/stores'));
    expect(searches.length).to.be.greaterThan(0);
    for (const r of searches) {
      expect(new URL(r.url).origin).to.equal('https://merchant.example');
      expect(r.headers.get('authorization')).to.equal('Bearer merchant-key');
    }
  });

  it('follows a store chosen in another tab', async () => {
    const badge = await fixture<AisleStockBadge>(
      html`<aisle-stock-badge sku="AISLE-0002"></aisle-stock-badge>`,
    );
    await badge.updateComplete;
    expect(badge.status).to.equal('no-store');
    const otherTab = createMyStore(); // another tab's copy of the shared store
    const target = mockApi.stores[5]!;
    otherTab.set(target.id, 'none');
    await waitUntil(() => !['no-store', 'loading'].includes(badge.status), 'badge did not follow', {
      timeout: 5000,
    });
    expect(shadowText(badge, 'details')).to.contain(target.name);
  });

  it('an explicit store attribute wins over the shopper’s store', async () => {
    const [mine, other] = [mockApi.stores[1]!, mockApi.stores[2]!];
    myStore().set(mine.id, 'none');
    const badge = await fixture<AisleStockBadge>(
      html`<aisle-stock-badge sku="AISLE-0003" store=${other.id}></aisle-stock-badge>`,
    );
    await waitUntil(() => badge.status !== 'loading', '', { timeout: 5000 });
    expect(shadowText(badge, 'details')).to.contain(other.name);
    expect(badge.shadowRoot!.querySelector('[part="action"]')).to.equal(null);
  });

  it('offline, says so in French with a retry, and recovers', async () => {
    const store = mockApi.stores[3]!;
    mockApi.setStock('AISLE-0004', store.id, { status: 'low_stock', quantity: 1 });
    mockApi.setScenario({ offline: true });
    const badge = await fixture<AisleStockBadge>(
      html`<aisle-stock-badge lang="fr" sku="AISLE-0004" store=${store.id}></aisle-stock-badge>`,
    );
    await waitUntil(() => badge.status === 'error', 'no error state', { timeout: 8000 });
    expect(shadowText(badge, 'status')).to.equal(
      'Disponibilité impossible à vérifier pour le moment',
    );
    expect(shadowText(badge, 'action')).to.equal('Réessayer');
    expect(shadowText(badge, 'details')).to.equal('');
    // When the browser also says it has no network, the badge says so.
    Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => false });
    try {
      badge.requestUpdate();
      await badge.updateComplete;
      expect(shadowText(badge, 'details')).to.equal('Vous semblez être hors ligne.');
    } finally {
      delete (navigator as unknown as { onLine?: boolean }).onLine;
    }
    expect(navigator.onLine).to.equal(true);
    await expect(badge).to.be.accessible();
    mockApi.setScenario({});
    badge.shadowRoot!.querySelector<HTMLButtonElement>('[part="action"]')!.click();
    await waitUntil(() => badge.status === 'low-stock', 'no recovery', { timeout: 5000 });
    expect(shadowText(badge, 'status')).to.equal('Dernier exemplaire en stock');
  });

  it('a lying API (invalid data) never shows "in stock"', async () => {
    const store = mockApi.stores[4]!;
    mockApi.setScenario({ invalidSchema: true, only: 'getAvailability' });
    const badge = await fixture<AisleStockBadge>(
      html`<aisle-stock-badge sku="AISLE-0005" store=${store.id}></aisle-stock-badge>`,
    );
    await waitUntil(() => badge.status !== 'loading', '', { timeout: 8000 });
    expect(['unknown', 'error']).to.include(badge.status);
    expect(shadowText(badge, 'status')).not.to.match(/In stock/);
  });

  it('a store named in 2,000 characters still gets its stock shown, its name cut', async () => {
    const store = mockApi.stores.find((s) => s.pickup.enabled)!;
    const name = `Aisle ${'Très Grand Magasin '.repeat(105)}`.trim();
    useHandlers(
      http.get(`*/aisle-api/v1/stores/${store.id}`, () => HttpResponse.json({ ...store, name })),
    );
    const badge = await fixture<AisleStockBadge>(
      html`<aisle-stock-badge sku="AISLE-0004" store=${store.id}></aisle-stock-badge>`,
    );
    await waitUntil(() => badge.status !== 'loading', '', { timeout: 8000 });
    // Before: the store was refused, and the badge said "Stock information unavailable" with a
    // "Try again" that could never work.
    expect(badge.status).not.to.equal('error');
    expect(shadowText(badge, 'status')).not.to.match(/unavailable/);
    expect(shadowText(badge, 'details')).to.include(`${name.slice(0, 255)}…`);
  });
});

describe('<aisle-stock-badge> next to a reserve button', () => {
  beforeEach(() => resetClientsForTests());

  it('checks again when a hold or reservation for its product moves the stock', async () => {
    const store = mockApi.stores[6]!;
    mockApi.setStock('AISLE-0008', store.id, { status: 'in_stock', quantity: 4 });
    const badge = await fixture<AisleStockBadge>(
      html`<aisle-stock-badge sku="AISLE-0008" store=${store.id}></aisle-stock-badge>`,
    );
    await waitUntil(() => badge.status === 'in-stock', '', { timeout: 5000 });
    mockApi.setStock('AISLE-0008', store.id, { status: 'low_stock', quantity: 1 });
    const other = { sku: 'AISLE-0009', storeId: store.id };
    document.dispatchEvent(new CustomEvent('aisle-hold-created', { detail: { hold: other } }));
    await badge.updateComplete;
    expect(badge.status, 'another product’s hold changes nothing').to.equal('in-stock');
    resetClientsForTests(); // what the reserve dialog's createHold does for this sku
    document.dispatchEvent(
      new CustomEvent('aisle-reservation-confirmed', {
        detail: { reservation: { sku: 'AISLE-0008', storeId: store.id } },
      }),
    );
    await waitUntil(() => badge.status === 'low-stock', 'badge did not check again', {
      timeout: 5000,
    });
  });
});

describe('<aisle-stock-badge> with a store the API does not know', () => {
  beforeEach(() => {
    resetClientsForTests();
    myStore().set(null, 'none');
  });

  it('says so, offers no pointless retry, and warns the page for a `store` attribute', async () => {
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
    try {
      const badge = await fixture<AisleStockBadge>(
        html`<aisle-stock-badge sku="AISLE-0001" store="closed-for-good"></aisle-stock-badge>`,
      );
      await waitUntil(() => badge.status === 'error', 'no error state');
      await badge.updateComplete;
      expect(shadowText(badge, 'status')).to.equal('This store is not known');
      expect(badge.shadowRoot!.querySelector('[part="action"]')).to.equal(null);
      expect(warnings.some((w) => w.includes('store="closed-for-good"'))).to.equal(true);
      await expect(badge).to.be.accessible();
    } finally {
      console.warn = warn;
    }
  });

  it('lets the shopper change a remembered store that no longer exists, in French too', async () => {
    myStore().set('gone-store', 'none');
    const badge = await fixture<AisleStockBadge>(
      html`<aisle-stock-badge lang="fr" sku="AISLE-0001"></aisle-stock-badge>`,
    );
    await waitUntil(() => badge.status === 'error', 'no error state');
    await badge.updateComplete;
    expect(shadowText(badge, 'status')).to.equal('Ce magasin est inconnu');
    expect(shadowText(badge, 'action')).to.equal('Changer de magasin');
    const id = await chooseStore(badge, 'Nantes');
    await waitUntil(() => badge.status !== 'error' && badge.status !== 'loading', 'no stock');
    expect(myStore().get()).to.equal(id);
  });
});

describe('<aisle-stock-badge> picker focus', () => {
  beforeEach(() => {
    resetClientsForTests();
    myStore().set(null, 'none');
  });

  it('a double click (or double tap) on "Check availability near you" leaves the picker open', async () => {
    const badge = await fixture<AisleStockBadge>(
      html`<aisle-stock-badge lang="en" sku="AISLE-0001"></aisle-stock-badge>`,
    );
    await badge.updateComplete;
    const action = badge.shadowRoot!.querySelector<HTMLButtonElement>('[part="action"]')!;
    const click = (detail: number) =>
      action.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true, detail }));
    click(1);
    click(2); // the double click's second click
    await badge.updateComplete;
    expect(action.getAttribute('aria-expanded')).to.equal('true');
    click(1); // a click of its own closes it
    await badge.updateComplete;
    expect(action.getAttribute('aria-expanded')).to.equal('false');
  });

  it('after choosing a store, focus lands on "Change store", not on the page body', async () => {
    const page = await fixture<HTMLElement>(
      html`<div>
        <aisle-config persist="none"></aisle-config>
        <aisle-stock-badge sku="AISLE-0001"></aisle-stock-badge>
      </div>`,
    );
    const badge = page.querySelector('aisle-stock-badge')!;
    await chooseStore(badge, 'Lyon');
    await waitUntil(() => badge.status !== 'loading' && badge.status !== 'no-store', 'no answer', {
      timeout: 5000,
    });
    await badge.updateComplete;
    const action = badge.shadowRoot!.querySelector<HTMLButtonElement>('[part="action"]')!;
    expect(action.textContent!.trim()).to.equal('Change store');
    // Compared by name and identity flag: chai would try to print the whole page on a mismatch.
    expect(document.activeElement?.localName).to.equal('aisle-stock-badge');
    expect(badge.shadowRoot!.activeElement === action, 'the action has focus').to.equal(true);
  });
});

describe('<aisle-stock-badge> in a narrow column', () => {
  beforeEach(() => {
    resetClientsForTests();
    myStore().set(null, 'none');
  });

  it('puts its action below the status rather than over it (French, 340px)', async () => {
    const badge = await fixture<AisleStockBadge>(
      html`<div style="width: 340px; font: 16px/1.5 sans-serif">
        <aisle-stock-badge lang="fr" sku="AISLE-0001"></aisle-stock-badge>
      </div>`,
    ).then((div) => div.querySelector('aisle-stock-badge')!);
    await badge.updateComplete;
    const root = badge.shadowRoot!;
    // The text's own extent: a squeezed box lets its words spill out over the action.
    const range = document.createRange();
    range.selectNodeContents(root.querySelector('[part="status"]')!);
    const status = range.getBoundingClientRect();
    const action = root.querySelector('[part="action"]')!.getBoundingClientRect();
    const base = root.querySelector('[part="base"]')!.getBoundingClientRect();
    const overlaps =
      status.left < action.right &&
      action.left < status.right &&
      status.top < action.bottom &&
      action.top < status.bottom;
    expect(overlaps, 'the status and the action overlap').to.equal(false);
    expect(action.right).to.be.at.most(base.right + 0.5);
  });
});
