import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from '../helpers/wait.js';
import { http, HttpResponse } from 'msw';
import { clientFor } from '../../src/client/index.js';
import { resetClientsForTests } from '../../src/client/shared.js';
import type { AvailabilityEntry, Store } from '../../src/client/types.js';
import '../../src/components/stock-badge/define.js';
import type { AisleStockBadge } from '../../src/components/stock-badge/stock-badge.js';
import { formatClock } from '../../src/hours/format-time.js';
import { pickupPromise } from '../../src/hours/pickup.js';
import { openIntervals } from '../../src/hours/schedule.js';
import { addDays, dateKeyOf } from '../../src/hours/zoned.js';
import { mockApi } from '../../src/mocks/mock-api.js';
import { myStore, STORAGE_KEY } from '../../src/state/my-store.js';
import { holdAnswers, requests, useHandlers } from '../helpers/mock-api.js';
import { settled, text } from './stock-badge-harness.js';

const API = '/aisle-api/v1';

/** A real store of the mock, found the way a page would find it. */
async function storeNear(q: string): Promise<Store> {
  const [store] = await clientFor({ api: API }).searchStores({ q, limit: 1 });
  if (!store) throw new Error(`The mock has no store matching ${q}`);
  return store;
}

function availabilityCalls(): number {
  return requests.filter((r) => new URL(r.url).pathname.endsWith('/availability')).length;
}

function entry(sku: string, storeId: string, over: Partial<AvailabilityEntry>): AvailabilityEntry {
  return { sku, storeId, status: 'in_stock', updatedAt: new Date().toISOString(), ...over };
}

/**
 * A time two days or more ahead (stock in transit, say), an hour into one of the store's opening
 * periods: the badge moves a time the store is closed to its next opening.
 */
function inTransit(store: Store): Date {
  const from = Date.now() + 48 * 3600_000;
  const today = dateKeyOf(new Date(), store.timezone);
  const open = openIntervals(store, today, addDays(today, 10)).find((i) => +i.start >= from)!;
  return new Date(+open.start + 3600_000);
}

describe('<aisle-stock-badge>', () => {
  let store: Store;

  before(async () => {
    store = await storeNear('Lyon');
  });

  beforeEach(() => {
    resetClientsForTests();
    myStore().set(null, 'none');
    localStorage.removeItem(STORAGE_KEY);
    sessionStorage.removeItem(STORAGE_KEY);
    requests.length = 0;
  });

  it('says "in stock" with the quantity, the store, how fresh it is and the pickup promise', async () => {
    mockApi.setStock('AISLE-0001', store.id, { status: 'in_stock', quantity: 7 });
    const el = await settled(
      await fixture<AisleStockBadge>(
        html`<aisle-stock-badge sku="AISLE-0001" store=${store.id}></aisle-stock-badge>`,
      ),
    );
    expect(el.getAttribute('status')).to.equal('in-stock');
    expect(text(el, 'status')).to.equal('In stock: 7');
    expect(text(el, 'details')).to.contain(`at ${store.name}`);
    expect(text(el, 'details')).to.match(/checked (just now|\d+ min\. ago|\d+ hr\. ago)/);
    if (store.pickup.enabled)
      expect(text(el, 'details')).to.match(/Ready (today|tomorrow|\w+day) at/);
    await expect(el).to.be.accessible();
  });

  it('says "low stock" and how many are left', async () => {
    mockApi.setStock('AISLE-0002', store.id, { status: 'low_stock', quantity: 2 });
    const el = await settled(
      await fixture<AisleStockBadge>(
        html`<aisle-stock-badge sku="AISLE-0002" store=${store.id}></aisle-stock-badge>`,
      ),
    );
    expect(el.getAttribute('status')).to.equal('low-stock');
    expect(text(el, 'status')).to.equal('Only 2 left');
    await expect(el).to.be.accessible();
  });

  it('never shows a missing entry as in stock: it says "stock unknown" and promises nothing', async () => {
    mockApi.setStock('AISLE-0003', store.id, undefined);
    const el = await settled(
      await fixture<AisleStockBadge>(
        html`<aisle-stock-badge sku="AISLE-0003" store=${store.id}></aisle-stock-badge>`,
      ),
    );
    expect(el.getAttribute('status')).to.equal('unknown');
    expect(text(el, 'status')).to.equal('Stock unknown');
    expect(text(el, 'details')).not.to.match(/Ready/);
    // Unknown here is no reason to leave the shopper without a store that has it.
    expect(text(el, 'details')).to.match(/In stock at .+ away|Not in stock at nearby stores/);
    await expect(el).to.be.accessible();
  });

  it('out of stock here, names the nearest store that has it, with its distance, in one availability request for the area', async () => {
    const around = await clientFor({ api: API }).searchStores({
      near: store.location,
      radiusKm: 50,
      limit: 11,
    });
    const others = around.filter((s) => s.id !== store.id);
    expect(others.length, 'the mock has stores around Lyon').to.be.greaterThan(2);
    const target = others[2]!;
    mockApi.setStock('AISLE-0005', store.id, { status: 'out_of_stock', quantity: 0 });
    for (const other of others) {
      mockApi.setStock(
        'AISLE-0005',
        other.id,
        other === target
          ? { status: 'in_stock', quantity: 4 }
          : { status: 'out_of_stock', quantity: 0 },
      );
    }
    clientFor({ api: API }).invalidate();
    requests.length = 0;
    const el = await settled(
      await fixture<AisleStockBadge>(
        html`<aisle-stock-badge sku="AISLE-0005" store=${store.id}></aisle-stock-badge>`,
      ),
    );
    expect(el.getAttribute('status')).to.equal('out-of-stock');
    expect(text(el, 'status')).to.equal('Out of stock');
    expect(text(el, 'details')).to.contain(`In stock at ${target.name},`);
    expect(text(el, 'details')).to.match(/\d+(\.\d)? (km|mi) away/);
    expect(availabilityCalls()).to.equal(2); // this store, then one request for the whole area
    await expect(el).to.be.accessible();
    // In a narrow column the details take the lines they need: nothing is cut off.
    el.style.width = '160px';
    const details = el.shadowRoot!.querySelector<HTMLElement>('[part="details"]')!;
    expect(details.getClientRects()[0]!.height).to.be.greaterThan(
      2 * parseFloat(getComputedStyle(details).lineHeight),
    );
    expect(details.scrollHeight).to.be.at.most(details.clientHeight);
    el.style.width = '';
  });

  it('says "not in stock nearby" only when the stores around answered so, not when they gave no answer', async () => {
    const details = async (sku: string, aroundAnswers: boolean) => {
      useHandlers(
        http.get('*/aisle-api/v1/availability', ({ request }) => {
          const url = new URL(request.url);
          const stores = url.searchParams.get('stores')!.split(',');
          // Out of stock everywhere; or the stores around are missing from the answer (unknown).
          const answered = aroundAnswers ? stores : stores.filter((id) => id === store.id);
          return HttpResponse.json(
            answered.map((id) => entry(sku, id, { status: 'out_of_stock', quantity: 0 })),
          );
        }),
      );
      const el = await settled(
        await fixture<AisleStockBadge>(
          html`<aisle-stock-badge sku=${sku} store=${store.id}></aisle-stock-badge>`,
        ),
      );
      expect(el.getAttribute('status')).to.equal('out-of-stock');
      return text(el, 'details');
    };
    expect(await details('AISLE-0021', true)).to.contain('Not in stock at nearby stores');
    expect(await details('AISLE-0022', false)).not.to.contain('nearby');
  });

  it('marks data older than the freshness threshold as stale', async () => {
    const old = new Date(Date.now() - 3 * 3600_000).toISOString();
    useHandlers(
      http.get('*/aisle-api/v1/availability', ({ request }) => {
        const url = new URL(request.url);
        return HttpResponse.json([
          entry(url.searchParams.get('skus')!, store.id, { quantity: 5, updatedAt: old }),
        ]);
      }),
    );
    const el = await settled(
      await fixture<AisleStockBadge>(
        html`<aisle-stock-badge sku="AISLE-0006" store=${store.id}></aisle-stock-badge>`,
      ),
    );
    expect(el.hasAttribute('stale')).to.equal(true);
    expect(text(el, 'details')).to.contain('checked 3 hr. ago');
    expect(text(el, 'details')).to.contain('may be out of date');
  });

  it("promises the API's own pickup time for the product when it gives one, else the store's hours", async () => {
    const [pickupStore] = (
      await clientFor({ api: API }).searchStores({ near: store.location, limit: 20 })
    ).filter((s) => s.pickup.enabled);
    if (!pickupStore) throw new Error('The mock has no pickup store near Lyon');
    // Two days ahead (stock in transit, say): later than any promise the hours could give.
    const ready = inTransit(pickupStore);
    const pastReady = new Date(Date.now() - 3600_000).toISOString();
    useHandlers(
      http.get('*/aisle-api/v1/availability', ({ request }) => {
        const sku = new URL(request.url).searchParams.get('skus')!;
        const readyAt = sku === 'AISLE-0016' ? ready.toISOString() : pastReady;
        return HttpResponse.json([
          entry(sku, pickupStore.id, { quantity: 4, pickupReadyAt: readyAt }),
        ]);
      }),
    );
    const el = await settled(
      await fixture<AisleStockBadge>(
        html`<aisle-stock-badge sku="AISLE-0016" store=${pickupStore.id}></aisle-stock-badge>`,
      ),
    );
    const weekday = new Intl.DateTimeFormat('en', {
      weekday: 'long',
      timeZone: pickupStore.timezone,
    }).format(ready);
    const clock = formatClock('en', ready, pickupStore.timezone);
    expect(text(el, 'details')).to.contain(`Ready ${weekday} at ${clock}`);

    // A time already past (a cached answer) is no promise: the store's hours give one. While the
    // store is open that is now + its preparation time, so the minute shown is the one of the
    // badge's own render: taken between a reading of the clock before it and one after it.
    const promised = () =>
      ` at ${formatClock('en', pickupPromise(pickupStore, new Date())!.readyAt, pickupStore.timezone)}`;
    const before = promised();
    const other = await settled(
      await fixture<AisleStockBadge>(
        html`<aisle-stock-badge sku="AISLE-0017" store=${pickupStore.id}></aisle-stock-badge>`,
      ),
    );
    const said = text(other, 'details');
    expect(said.includes(before) || said.includes(promised()), said).to.equal(true);
  });

  it('reads a language it has no words for in English, with that region’s formats', async () => {
    const [pickupStore] = (
      await clientFor({ api: API }).searchStores({ near: store.location, limit: 20 })
    ).filter((s) => s.pickup.enabled);
    const ready = inTransit(pickupStore!);
    useHandlers(
      http.get('*/aisle-api/v1/availability', ({ request }) => {
        const sku = new URL(request.url).searchParams.get('skus')!;
        const at = { quantity: 4, pickupReadyAt: ready.toISOString() };
        return HttpResponse.json([entry(sku, pickupStore!.id, at)]);
      }),
    );
    const el = await settled(
      await fixture<AisleStockBadge>(
        html`<aisle-stock-badge
          lang="de-DE"
          sku="AISLE-0018"
          store=${pickupStore!.id}
        ></aisle-stock-badge>`,
      ),
    );
    const tz = pickupStore!.timezone;
    const weekday = new Intl.DateTimeFormat('en', { weekday: 'long', timeZone: tz }).format(ready);
    // English words, the region's 24-hour clock; never "Ready Samstag".
    expect(text(el, 'details')).to.contain(
      `Ready ${weekday} at ${formatClock('en-DE', ready, tz)}`,
    );
    expect(formatClock('en-DE', ready, tz)).to.match(/^\d{2}:\d{2}$/);
    expect(el.shadowRoot!.querySelector<HTMLElement>('[part~="base"]')!.lang).to.equal('en-DE');
  });

  it('speaks French', async () => {
    mockApi.setStock('AISLE-0007', store.id, { status: 'in_stock', quantity: 2 });
    const el = await settled(
      await fixture<AisleStockBadge>(
        html`<aisle-stock-badge lang="fr" sku="AISLE-0007" store=${store.id}></aisle-stock-badge>`,
      ),
    );
    expect(text(el, 'status')).to.equal('En stock : 2');
    expect(text(el, 'details')).to.contain(`à ${store.name}`);
    await expect(el).to.be.accessible();
  });

  it('in French, says "vérifié à l’instant" for fresh data (not "vérifié maintenant")', async () => {
    mockApi.setStock('AISLE-0007', store.id, { status: 'in_stock', quantity: 2 });
    useHandlers(
      http.get(`${API}/availability`, () =>
        HttpResponse.json({ availability: [entry('AISLE-0007', store.id, { quantity: 2 })] }),
      ),
    );
    const el = await settled(
      await fixture<AisleStockBadge>(
        html`<aisle-stock-badge lang="fr" sku="AISLE-0007" store=${store.id}></aisle-stock-badge>`,
      ),
    );
    expect(text(el, 'details')).to.contain('vérifié à l’instant');
    expect(text(el, 'details')).not.to.contain('maintenant');
  });

  for (const [quantity, words] of [
    [1, 'Dernier exemplaire en stock'],
    [2, 'Plus que 2 en stock'],
  ] as const) {
    it(`in French, says "${words}" as the English says "Only ${quantity} left"`, async () => {
      mockApi.setStock('AISLE-0002', store.id, { status: 'low_stock', quantity });
      const el = await settled(
        await fixture<AisleStockBadge>(
          html`<aisle-stock-badge
            lang="fr"
            sku="AISLE-0002"
            store=${store.id}
          ></aisle-stock-badge>`,
        ),
      );
      expect(text(el, 'status')).to.equal(words);
    });
  }

  it('a listing of 100 different products makes one availability request; the same product twice adds none', async () => {
    const skus = Array.from({ length: 100 }, (_, i) => `AISLE-${String(i + 1).padStart(4, '0')}`);
    const page = await fixture<HTMLElement>(
      html`<div>
        ${skus.map((sku) => html`<aisle-stock-badge sku=${sku} store=${store.id}></aisle-stock-badge>`)}
        <aisle-stock-badge sku="AISLE-0001" store=${store.id}></aisle-stock-badge>
      </div>`,
    );
    const badges = [...page.querySelectorAll('aisle-stock-badge')];
    await Promise.all(badges.map((b) => settled(b)));
    // Out-of-stock badges then ask once, together, for the stores around.
    const first = requests.filter((r) => new URL(r.url).searchParams.get('stores') === store.id);
    expect(first.length).to.equal(1);
    expect(new URL(first[0]!.url).searchParams.get('skus')!.split(',')).to.have.length(100);
    expect(availabilityCalls()).to.be.at.most(2);
    // Loading 100 badges announces nothing.
    for (const b of badges)
      expect(b.shadowRoot!.querySelector('[aria-live]')!.textContent!.trim()).to.equal('');
  });

  it('follows a variant change, abandoning the previous lookup, and announces the new state', async () => {
    mockApi.setStock('AISLE-0010', store.id, { status: 'in_stock', quantity: 9 });
    mockApi.setStock('AISLE-0011', store.id, { status: 'out_of_stock', quantity: 0 });
    const el = await settled(
      await fixture<AisleStockBadge>(
        html`<aisle-stock-badge sku="AISLE-0010" store=${store.id}></aisle-stock-badge>`,
      ),
    );
    mockApi.setScenario({ latency: 300 });
    el.sku = 'AISLE-0011';
    await el.updateComplete;
    el.sku = 'AISLE-0010';
    await el.updateComplete;
    el.sku = 'AISLE-0011';
    await settled(el);
    expect(el.getAttribute('status')).to.equal('out-of-stock');
    await waitUntil(() =>
      el.shadowRoot!.querySelector('[aria-live]')!.textContent!.includes('Out of stock'),
    );
  });

  it('does not leave an announcement in the old language when the page switches', async () => {
    mockApi.setStock('AISLE-0011', store.id, { status: 'out_of_stock' });
    const el = await fixture<AisleStockBadge>(
      html`<aisle-stock-badge sku="AISLE-0010" store=${store.id}></aisle-stock-badge>`,
    );
    await settled(el);
    el.sku = 'AISLE-0011'; // a variant change: announced
    const live = () => el.shadowRoot!.querySelector('[aria-live]')!.textContent!.trim();
    await waitUntil(() => live().includes('Out of stock'), 'no announcement');
    el.setAttribute('lang', 'fr');
    await waitUntil(() => el.shadowRoot!.textContent!.includes('En rupture'), 'not in French');
    expect(live()).to.equal('');
  });

  it('keeps its size from loading to loaded', async () => {
    mockApi.setStock('AISLE-0012', store.id, { status: 'in_stock', quantity: 1 });
    const answer = holdAnswers('get', '/availability');
    const el = await fixture<AisleStockBadge>(
      html`<aisle-stock-badge
        style="width: 22rem"
        sku="AISLE-0012"
        store=${store.id}
      ></aisle-stock-badge>`,
    );
    expect(el.status).to.equal('loading');
    const loading = el.getBoundingClientRect().height;
    answer();
    await settled(el);
    expect(el.getBoundingClientRect().height).to.equal(loading);
  });

  it('keeps its size from loading to loaded in a narrow French column, "change store" included', async () => {
    mockApi.setStock('AISLE-0014', store.id, { status: 'in_stock', quantity: 1 });
    myStore().set(store.id, 'none');
    const answer = holdAnswers('get', '/availability');
    const el = await fixture<AisleStockBadge>(
      html`<aisle-stock-badge lang="fr" style="width: 15rem" sku="AISLE-0014"></aisle-stock-badge>`,
    );
    expect(el.status).to.equal('loading');
    const loading = el.getBoundingClientRect().height;
    answer();
    await settled(el);
    expect(el.shadowRoot!.querySelector('[part="action"]')).to.exist;
    // The lines a common answer takes at this width are reserved; details that need more take
    // them (nothing is cut off), and nothing else moves: the badge grows by exactly those lines.
    const details = el.shadowRoot!.querySelector<HTMLElement>('[part="details"]')!;
    const line = parseFloat(getComputedStyle(details).lineHeight);
    const reserved = Math.round(parseFloat(getComputedStyle(details).minHeight) / line);
    expect(reserved, 'a narrow column reserves more than two lines').to.be.above(2);
    const extra = Math.max(0, Math.round(details.getBoundingClientRect().height / line) - reserved);
    expect(el.getBoundingClientRect().height).to.be.closeTo(loading + extra * line, 0.5);
  });

  it('when the API is down: says so, offers a retry, fires aisle-error, and recovers', async () => {
    mockApi.setStock('AISLE-0013', store.id, { status: 'in_stock', quantity: 3 });
    mockApi.setScenario({ status500: true });
    const errors: CustomEvent[] = [];
    document.addEventListener('aisle-error', (e) => errors.push(e), { once: true });
    const el = await settled(
      await fixture<AisleStockBadge>(
        html`<aisle-stock-badge sku="AISLE-0013" store=${store.id}></aisle-stock-badge>`,
      ),
    );
    expect(el.getAttribute('status')).to.equal('error');
    expect(text(el, 'status')).to.equal('Availability unavailable right now');
    expect(errors).to.have.length(1);
    expect(errors[0]!.detail.element).to.equal(el);
    await expect(el).to.be.accessible();
    mockApi.setScenario({});
    const retry = el.shadowRoot!.querySelector<HTMLButtonElement>('[part="action"]')!;
    retry.focus();
    retry.click(); // the button goes while loading; with no action after, the badge takes focus
    await waitUntil(() => el.status === 'in-stock');
    await el.updateComplete;
    expect(document.activeElement).to.equal(el);
    expect(el.shadowRoot!.activeElement).to.equal(el.shadowRoot!.querySelector('[part="base"]'));
    await waitUntil(() =>
      el.shadowRoot!.querySelector('[aria-live]')!.textContent!.includes('In stock'),
    );
  });

  it('asks again by itself when the browser is back online', async () => {
    mockApi.setStock('AISLE-0016', store.id, { status: 'in_stock', quantity: 2 });
    mockApi.setScenario({ status500: true, only: 'getAvailability' });
    const el = await settled(
      await fixture<AisleStockBadge>(
        html`<aisle-stock-badge sku="AISLE-0016" store=${store.id}></aisle-stock-badge>`,
      ),
    );
    expect(el.getAttribute('status')).to.equal('error');
    mockApi.setScenario({});
    window.dispatchEvent(new Event('online'));
    await waitUntil(() => el.status === 'in-stock', 'the badge to recover', { timeout: 5000 });
    expect(text(el, 'status')).to.equal('In stock: 2');
  });

  it('a missing or malformed sku logs why, shows a neutral badge and asks nothing', async () => {
    const hostile = '<img src=x onerror=alert(1)>';
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (m: string) => warnings.push(m);
    try {
      const el = await fixture<AisleStockBadge>(
        html`<aisle-stock-badge sku=${hostile} store=${store.id}></aisle-stock-badge>`,
      );
      await el.updateComplete;
      expect(el.getAttribute('status')).to.equal('invalid');
      expect(text(el, 'status')).to.equal('Stock information unavailable');
      expect(warnings.join()).to.contain('is not a valid SKU');
      expect(availabilityCalls()).to.equal(0);
      await expect(el).to.be.accessible();
    } finally {
      console.warn = warn;
    }
  });
});
