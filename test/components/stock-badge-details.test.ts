// What the badge's detail line says about a product out of stock at the store.
import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from '../helpers/wait.js';
import { resetClientsForTests } from '../../src/client/shared.js';
import '../../src/components/stock-badge/define.js';
import type { AisleStockBadge } from '../../src/components/stock-badge/stock-badge.js';
import { mockApi } from '../../src/mocks/mock-api.js';
import { myStore } from '../../src/state/my-store.js';
import sinon from 'sinon';
import { holdAnswers, useHandlers } from '../helpers/mock-api.js'; // every request goes to the mock
import { http, HttpResponse } from 'msw';
import { distanceKm } from '../../src/geo/distance.js';
import { dateKeyOf, zonedInstant } from '../../src/hours/zoned.js';
import { settled, text } from './stock-badge-harness.js';

const store = mockApi.stores[9]!;

describe('<aisle-stock-badge> details', () => {
  it('gives a restock date still to come, never one already past', async () => {
    // Noon at the store: "today" cannot become yesterday while the five badges render.
    const noon = zonedInstant(dateKeyOf(new Date(), store.timezone), 12 * 60, store.timezone);
    const clock = sinon.useFakeTimers({ now: noon, toFake: ['Date'] });
    try {
      const day = (offset: number) =>
        new Date(Date.now() + offset * 86_400_000).toLocaleDateString('en-CA', {
          timeZone: store.timezone,
        });
      const badge = async (restockDate: string) => {
        mockApi.setStock('AISLE-0007', store.id, {
          status: 'out_of_stock',
          quantity: 0,
          restockDate,
        });
        resetClientsForTests();
        const el = await settled(
          await fixture<AisleStockBadge>(
            html`<aisle-stock-badge sku="AISLE-0007" store=${store.id}></aisle-stock-badge>`,
          ),
        );
        return `${text(el, 'status')} ${text(el, 'details')}`;
      };
      const later = await badge(day(3));
      const today = await badge(day(0));
      expect(later).to.include('back ');
      expect(today).to.include('back ').and.not.equal(later);
      expect(await badge(day(-2))).not.to.include('back ');
      const year = (offset: number) =>
        String(new Date(Date.now() + offset * 86_400_000).getFullYear());
      expect(await badge(day(400)), 'a year away: its year').to.include(year(400));
      expect(await badge(day(30)), 'a month away: no year').not.to.match(/\b20\d\d\b/);
    } finally {
      clock.restore();
    }
  });

  it('names the store’s time zone after its pickup time when the device is elsewhere, and only then', async () => {
    const device = new Intl.DateTimeFormat().resolvedOptions().timeZone;
    const offset = (timeZone: string) =>
      new Intl.DateTimeFormat('en', { timeZone, timeZoneName: 'longOffset' }).format(new Date());
    const pickupIn = (zone: (tz: string) => boolean) =>
      mockApi.stores.find((s) => s.pickup.enabled && zone(s.timezone))!;
    const details = async (id: string, lang: string) => {
      mockApi.setStock('AISLE-0009', id, { status: 'in_stock', quantity: 5 });
      resetClientsForTests();
      const el = await settled(
        await fixture<AisleStockBadge>(
          html`<aisle-stock-badge lang=${lang} sku="AISLE-0009" store=${id}></aisle-stock-badge>`,
        ),
      );
      return text(el, 'details');
    };
    // Martinique is GMT-4 all year; Paris never is.
    const away = pickupIn((tz) => offset(tz) !== offset(device) && tz === 'America/Martinique');
    expect(await details(away.id, 'en')).to.match(/\d (AM|PM) (AST|GMT-4) · /);
    expect(await details(away.id, 'fr')).to.match(/\d{2} \(UTC−4\)/);
    const home = pickupIn((tz) => offset(tz) === offset(device));
    if (home) expect(await details(home.id, 'en')).not.to.match(/GMT|UTC/);
  });

  it('never starts a wrapped detail line with "·": a no-break space before each dot', async () => {
    mockApi.setStock('AISLE-0010', store.id, { status: 'in_stock', quantity: 5 });
    resetClientsForTests();
    const el = await settled(
      await fixture<AisleStockBadge>(
        html`<aisle-stock-badge sku="AISLE-0010" store=${store.id}></aisle-stock-badge>`,
      ),
    );
    const raw = el.shadowRoot!.querySelector('[part="details"]')!.textContent!;
    expect(raw.match(/·/g) ?? [], 'at least two parts').to.have.length.above(0);
    expect(raw).not.to.match(/[ \t\n]·/);
    expect(raw).to.include('\u00a0· ');
  });

  it('never names a store past 50 km as the nearest, whatever the API lists around', async () => {
    const far = mockApi.stores.find((s) => distanceKm(store.location, s.location) > 200)!;
    mockApi.setStock('AISLE-0008', store.id, { status: 'out_of_stock', quantity: 0 });
    mockApi.setStock('AISLE-0008', far.id, { status: 'in_stock', quantity: 5 });
    // An API that ignores the radius asked (50 km) and lists a store hundreds of km away.
    useHandlers(http.get('*/aisle-api/v1/stores', () => HttpResponse.json({ stores: [far] })));
    resetClientsForTests();
    const el = await settled(
      await fixture<AisleStockBadge>(
        html`<aisle-stock-badge sku="AISLE-0008" store=${store.id}></aisle-stock-badge>`,
      ),
    );
    expect(el.getAttribute('status')).to.equal('out-of-stock');
    expect(text(el, 'details')).not.to.contain(far.name);
  });

  it('never says "at" another store than the one it asked for', async () => {
    const other = mockApi.stores.find((s) => s.id !== store.id)!;
    mockApi.setStock('AISLE-0009', store.id, { status: 'in_stock', quantity: 5 });
    useHandlers(http.get('*/aisle-api/v1/stores/:id', () => HttpResponse.json(other)));
    resetClientsForTests();
    const el = await settled(
      await fixture<AisleStockBadge>(
        html`<aisle-stock-badge sku="AISLE-0009" store=${store.id}></aisle-stock-badge>`,
      ),
    );
    expect(`${text(el, 'status')} ${text(el, 'details')}`).not.to.contain(other.name);
    expect(el.getAttribute('status')).to.equal('error');
  });

  for (const [width, lang] of [
    [300, 'en'],
    [300, 'fr'],
    [600, 'en'],
    [600, 'fr'],
    [160, 'fr'],
    [180, 'en'],
  ] as const) {
    it(`keeps its size from loading to loaded (${width} px, ${lang})`, async () => {
      mockApi.setStock('AISLE-0004', store.id, { status: 'in_stock', quantity: 4 });
      resetClientsForTests();
      myStore().set(store.id, 'none'); // the shopper's store: "Change store" shows
      const answer = holdAnswers('get', '/availability'); // until the loading size is measured
      try {
        const box = await fixture<HTMLDivElement>(
          html`<div style="width: ${width}px" lang=${lang}>
            <aisle-stock-badge sku="AISLE-0004"></aisle-stock-badge>
          </div>`,
        );
        const el = box.querySelector('aisle-stock-badge')!;
        await el.updateComplete;
        expect(el.status).to.equal('loading');
        const loading = el.getBoundingClientRect().height;
        const status = el.shadowRoot!.querySelector('[part="status"]')!;
        const loadingStatus = status.getBoundingClientRect().height;
        answer();
        await settled(el);
        expect(el.status).to.equal('in-stock');
        const lines = text(el, 'details');
        // A common answer fits the lines reserved at its width, a two-column phone grid's too.
        // Only "Checking stock…", when it wraps where the answer's status does not, is a line more.
        const statusLines = loadingStatus - status.getBoundingClientRect().height;
        expect(el.getBoundingClientRect().height, `"${lines}"`).to.be.closeTo(
          loading - statusLines,
          1,
        );
        // Nothing sticks out of its box, French "Changer de magasin" included.
        const action = el.shadowRoot!.querySelector('[part="action"]')!.getBoundingClientRect();
        expect(action.right <= el.getBoundingClientRect().right + 0.5).to.equal(true);
      } finally {
        myStore().set(null, 'none');
      }
    });
  }

  it('sized to its content (width: auto), is as wide as its answer allows, the action beside the status', async () => {
    mockApi.setStock('AISLE-0004', store.id, { status: 'in_stock', quantity: 4 });
    resetClientsForTests();
    myStore().set(store.id, 'none'); // the shopper's store: "Change store" shows
    try {
      const box = await fixture<HTMLDivElement>(
        html`<div style="width: 390px">
          <aisle-stock-badge style="width: auto" sku="AISLE-0004"></aisle-stock-badge>
        </div>`,
      );
      const el = await settled(box.querySelector('aisle-stock-badge')!);
      // The answer's line ("at … · Ready … · checked …") is longer than the column: all of it.
      expect(el.getBoundingClientRect().width).to.be.closeTo(390, 1);
      const root = el.shadowRoot!;
      const status = root.querySelector('[part="status"]')!.getBoundingClientRect();
      const action = root.querySelector('[part="action"]')!.getBoundingClientRect();
      expect(Math.abs(action.top - status.top), 'on the status line').to.be.below(
        status.height / 2,
      );
    } finally {
      myStore().set(null, 'none');
    }
  });

  it('keeps no more lines than it says when the API fails, or with no store, in a narrow column', async () => {
    mockApi.setScenario({ status500: true });
    try {
      const box = await fixture<HTMLDivElement>(
        html`<div style="width: 170px">
          <aisle-stock-badge sku="AISLE-0013" store=${store.id}></aisle-stock-badge>
          <aisle-stock-badge sku="AISLE-0013"></aisle-stock-badge>
        </div>`,
      );
      const [failed, noStore] = [...box.querySelectorAll('aisle-stock-badge')];
      await settled(failed!);
      expect(failed!.status).to.equal('error');
      expect(noStore!.status).to.equal('no-store');
      for (const el of [failed!, noStore!]) {
        const details = el.shadowRoot!.querySelector<HTMLElement>('[part="details"]')!;
        const line = parseFloat(getComputedStyle(details).lineHeight);
        expect(parseFloat(getComputedStyle(details).minHeight), el.status).to.be.closeTo(
          2 * line,
          0.5,
        );
      }
    } finally {
      mockApi.setScenario({});
    }
  });

  it('lets no word of its status stick out of a very narrow column', async () => {
    const box = await fixture<HTMLDivElement>(
      html`<div style="width: 120px">
        <aisle-stock-badge lang="fr" sku="AISLE-0013"></aisle-stock-badge>
        <aisle-stock-badge sku="not a sku"></aisle-stock-badge>
      </div>`,
    );
    for (const el of box.querySelectorAll('aisle-stock-badge')) {
      await el.updateComplete;
      const range = document.createRange();
      range.selectNodeContents(el.shadowRoot!.querySelector('[part="status"]')!);
      const words = range.getBoundingClientRect();
      expect(words.right, text(el, 'status')).to.be.at.most(el.getBoundingClientRect().right + 0.5);
    }
  });

  it('keeps the size of its last answer while a variant change loads (two lines reserved)', async () => {
    // Details that need a third line at a width that reserves two: the page below must not
    // move up while loading, then down again at the answer.
    const old = new Date(Date.now() - 2 * 3600_000).toISOString();
    const restockDate = new Date(Date.now() + 3 * 86_400_000).toISOString().slice(0, 10);
    useHandlers(
      http.get('*/aisle-api/v1/availability', ({ request }) => {
        const url = new URL(request.url);
        const [sku] = url.searchParams.get('skus')!.split(',');
        // Out of stock here, back in three days, in stock at the stores around.
        return HttpResponse.json({
          availability: url.searchParams
            .get('stores')!
            .split(',')
            .map((storeId) =>
              storeId === store.id
                ? { sku, storeId, status: 'out_of_stock', updatedAt: old, restockDate }
                : { sku, storeId, status: 'in_stock', updatedAt: old },
            ),
        });
      }),
    );
    resetClientsForTests();
    myStore().set(store.id, 'none'); // the shopper's store: "Change store" is shown
    try {
      const box = await fixture<HTMLDivElement>(
        html`<div style="width: 340px" lang="fr">
          <aisle-stock-badge sku="AISLE-0015"></aisle-stock-badge>
        </div>`,
      );
      const el = await settled(box.querySelector('aisle-stock-badge')!);
      const details = el.shadowRoot!.querySelector<HTMLElement>('[part="details"]')!;
      const line = parseFloat(getComputedStyle(details).lineHeight);
      expect(parseFloat(getComputedStyle(details).minHeight), 'two lines reserved').to.be.closeTo(
        2 * line,
        0.5,
      );
      expect(details.getBoundingClientRect().height, 'three lines of details').to.be.above(
        2.5 * line,
      );
      const loaded = el.getBoundingClientRect().height;
      const answer = holdAnswers('get', '/availability');
      el.sku = 'AISLE-0016'; // a variant picked
      await el.updateComplete;
      expect(el.status).to.equal('loading');
      expect(el.getBoundingClientRect().height).to.be.closeTo(loaded, 0.5);
      // The previous variant's details hold the place only: neither seen nor read.
      expect(getComputedStyle(details).visibility).to.equal('hidden');
      answer();
      await settled(el);
      expect(el.getBoundingClientRect().height).to.be.closeTo(loaded, 0.5);
    } finally {
      myStore().set(null, 'none');
    }
  });

  it('says how long ago stock was counted in years, not days, for a server that dates it 1970', async () => {
    useHandlers(
      http.get('*/aisle-api/v1/availability', ({ request }) => {
        const sku = new URL(request.url).searchParams.get('skus')!;
        const updatedAt = '1970-01-01T00:00:00Z';
        return HttpResponse.json({
          availability: [{ sku, storeId: store.id, status: 'in_stock', updatedAt }],
        });
      }),
    );
    resetClientsForTests();
    const el = await settled(
      await fixture<AisleStockBadge>(
        html`<aisle-stock-badge lang="en" sku="AISLE-0005" store=${store.id}></aisle-stock-badge>`,
      ),
    );
    expect(el.status).to.equal('in-stock');
    expect(text(el, 'details')).to.match(/checked \d\d yr\. ago/);
  });

  it('turns "may be out of date" on by itself when a page stays open past 30 minutes', async () => {
    mockApi.setStock('AISLE-0005', store.id, { status: 'in_stock', quantity: 4 });
    resetClientsForTests();
    const el = await settled(
      await fixture<AisleStockBadge>(
        html`<aisle-stock-badge lang="en" sku="AISLE-0005" store=${store.id}></aisle-stock-badge>`,
      ),
    );
    expect(el.status).to.equal('in-stock');
    expect(text(el, 'details')).not.to.contain('may be out of date');
    expect(el.hasAttribute('stale')).to.equal(false);
    const clock = sinon.useFakeTimers({
      now: Date.now(),
      toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'],
    });
    try {
      // Re-attached, the badge's minute ticker starts again, on the fake clock.
      const parent = el.parentElement!;
      el.remove();
      parent.append(el);
      clock.tick(31 * 60_000);
      await el.updateComplete;
      expect(text(el, 'details')).to.contain('may be out of date');
      expect(el.hasAttribute('stale')).to.equal(true);
    } finally {
      clock.restore();
    }
  });

  it('takes back what it said when it recovers by itself (back online)', async () => {
    const el = await settled(
      await fixture<AisleStockBadge>(
        html`<aisle-stock-badge lang="en" sku="AISLE-0006" store=${store.id}></aisle-stock-badge>`,
      ),
    );
    const live = () => el.shadowRoot!.querySelector('[aria-live]')!.textContent!.trim();
    mockApi.setScenario({ offline: true });
    try {
      el.sku = 'AISLE-0007'; // a variant change, announced
      await waitUntil(() => el.status === 'error', 'the failure', { timeout: 8000 });
      await waitUntil(() => live() !== '', 'the announcement');
    } finally {
      mockApi.setScenario({});
    }
    window.dispatchEvent(new Event('online'));
    await waitUntil(() => el.status !== 'error' && el.status !== 'loading', 'the recovery', {
      timeout: 5000,
    });
    await el.updateComplete;
    expect(live()).to.equal('');
  });
});
