import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { waitUntil } from '../helpers/wait.js';
import { sendKeys } from '@web/test-runner-commands';
import { resetClientsForTests } from '../../src/client/shared.js';
import '../../src/components/stock-badge/define.js';
import type { AisleStockBadge } from '../../src/components/stock-badge/stock-badge.js';
import { myStore, STORAGE_KEY } from '../../src/state/my-store.js';
import { http, HttpResponse } from 'msw';
import sinon from 'sinon';
import { mockApi } from '../../src/mocks/mock-api.js';
import { distanceKm } from '../../src/geo/distance.js';
import { holdAnswers, useHandlers } from '../helpers/mock-api.js';

function shadow(el: Element, selector: string): HTMLElement | null {
  return el.shadowRoot!.querySelector<HTMLElement>(selector);
}

function picker(badge: AisleStockBadge) {
  return shadow(badge, 'aisle-store-picker');
}

async function results(badge: AisleStockBadge): Promise<HTMLButtonElement[]> {
  await waitUntil(
    () => picker(badge)?.shadowRoot?.querySelector('[part="results"] button'),
    'no results',
    {
      timeout: 5000,
    },
  );
  return [
    ...picker(badge)!.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part="results"] button'),
  ];
}

describe('<aisle-stock-badge> with no store chosen', () => {
  beforeEach(() => {
    resetClientsForTests();
    myStore().set(null, 'none');
    localStorage.removeItem(STORAGE_KEY);
  });

  it('offers "check availability near you", and the store chosen is shared by every badge and remembered', async () => {
    const page = await fixture<HTMLElement>(
      html`<div>
        <aisle-stock-badge sku="AISLE-0001"></aisle-stock-badge>
        <aisle-stock-badge sku="AISLE-0002"></aisle-stock-badge>
      </div>`,
    );
    const [first, second] = [...page.querySelectorAll('aisle-stock-badge')] as AisleStockBadge[];
    await first!.updateComplete;
    expect(first!.getAttribute('status')).to.equal('no-store');
    const action = shadow(first!, '[part="action"]')!;
    expect(action.textContent!.trim()).to.equal('Check availability near you');
    expect(action.getAttribute('aria-expanded')).to.equal('false');
    await expect(first).to.be.accessible();

    action.click();
    await first!.updateComplete;
    expect(action.getAttribute('aria-expanded')).to.equal('true');
    // The picker's module loads on that first click.
    await waitUntil(() => picker(first!)?.shadowRoot?.querySelector('input'), 'no picker', {
      timeout: 5000, // its module loads on this first click
    });
    const input = picker(first!)!.shadowRoot!.querySelector('input')!;
    // One status region, there before the search: screen readers announce its changes (a
    // region inserted with its text already in it is often not read).
    const status = picker(first!)!.shadowRoot!.querySelector('[role="status"]')!;
    expect(status.textContent!.trim()).to.equal('');
    const answer = holdAnswers('get', '/stores');
    input.value = 'Lyon';
    picker(first!)!.shadowRoot!.querySelector('form')!.requestSubmit();
    await waitUntil(() => status.textContent!.trim() === 'Loading…', 'no "Loading…"');
    answer();
    const [choice] = await results(first!);
    expect(status.isConnected).to.equal(true);
    // Found by the stores' own towns and names (the default geocoder): no distances, so not
    // "nearby".
    const count = status.textContent!.trim();
    expect(count).to.match(/^\d+ stores? match(es)? your search$/);
    const name = choice!
      .querySelector('.name')!
      .textContent!.replace(/^\s*Choose\s*/, '')
      .trim();
    expect(choice!.textContent!.replace(/\s+/g, ' ').trim()).to.match(
      new RegExp(`^Choose ${name} `),
    );
    await expect(picker(first!)).to.be.accessible();

    const changed = oneEvent(page, 'aisle-store-change');
    choice!.click();
    const event = await changed;
    expect(event.detail.element).to.equal(first);
    expect(event.detail.previousStoreId).to.equal(null);
    expect(event.detail.store?.name).to.equal(name);
    const id = event.detail.storeId!;
    expect(localStorage.getItem(STORAGE_KEY)).to.equal(id);

    for (const badge of [first!, second!]) {
      await waitUntil(
        () => !['loading', 'no-store'].includes(badge.status),
        'badge did not follow',
        { timeout: 5000 },
      );
      expect(shadow(badge, '[part="details"]')!.textContent).to.contain(name);
    }
    expect(picker(first!)).to.equal(null);
    // Only the badge the shopper used announces the result.
    await waitUntil(() => shadow(first!, '[aria-live]')!.textContent!.trim() !== '');
    expect(shadow(second!, '[aria-live]')!.textContent!.trim()).to.equal('');
  });

  it('works by keyboard alone, and Escape closes the picker with focus back on its button', async () => {
    const badge = await fixture<AisleStockBadge>(
      html`<aisle-stock-badge sku="AISLE-0003"></aisle-stock-badge>`,
    );
    await badge.updateComplete;
    shadow(badge, '[part="action"]')!.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => picker(badge));
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !picker(badge));
    expect(badge.shadowRoot!.activeElement).to.equal(shadow(badge, '[part="action"]'));

    await sendKeys({ press: 'Enter' });
    await waitUntil(() => picker(badge)?.shadowRoot?.activeElement?.localName === 'input');
    await sendKeys({ type: '69' });
    await sendKeys({ press: 'Enter' });
    const [first] = await results(badge);
    first!.focus();
    const changed = oneEvent(badge, 'aisle-store-change');
    await sendKeys({ press: 'Enter' });
    expect((await changed).detail.storeId).to.be.a('string');
    await waitUntil(() => !['loading', 'no-store'].includes(badge.status));
  });

  it('closes only its picker on Escape inside a modal dialog of the page (a quick view)', async () => {
    const box = await fixture<HTMLDialogElement>(
      html`<dialog><aisle-stock-badge sku="AISLE-0003"></aisle-stock-badge></dialog>`,
    );
    box.showModal();
    const badge = box.querySelector('aisle-stock-badge')!;
    await badge.updateComplete;
    shadow(badge, '[part="action"]')!.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => picker(badge)?.shadowRoot?.activeElement?.localName === 'input');
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !picker(badge));
    expect(box.open, "the page's dialog stays open").to.equal(true);
    expect(badge.shadowRoot!.activeElement).to.equal(shadow(badge, '[part="action"]'));
    // With the picker closed, Escape is the page's again.
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !box.open, "the page's dialog did not close");
  });

  it('keeps its search field wide enough to read in a 160 px column (French)', async () => {
    const box = await fixture<HTMLElement>(
      html`<div style="width: 160px" lang="fr">
        <aisle-stock-badge sku="AISLE-0004"></aisle-stock-badge>
      </div>`,
    );
    const badge = box.querySelector('aisle-stock-badge')!;
    await badge.updateComplete;
    shadow(badge, '[part="action"]')!.click();
    await waitUntil(() => picker(badge)?.shadowRoot?.querySelector('input'), 'no picker');
    const input = picker(badge)!.shadowRoot!.querySelector('input')!;
    expect(input.getBoundingClientRect().width).to.be.at.least(100); // "69003", "Saint-Étienne"
    expect(badge.getBoundingClientRect().right <= box.getBoundingClientRect().right + 0.5).to.equal(
      true,
    );
  });

  it("measures distances from the shopper's position, never taking the API's distanceKm", async () => {
    const paris = { lat: 48.8566, lng: 2.3522 };
    const away = mockApi.stores.find((s) => Math.abs(distanceKm(paris, s.location) - 60) < 30)!;
    // An API that says a store some 60 km away is 100 m from Paris.
    useHandlers(
      http.get('*/aisle-api/v1/stores', () =>
        HttpResponse.json({ stores: [{ ...away, distanceKm: 0.1 }] }),
      ),
    );
    const located = sinon
      .stub(navigator.geolocation, 'getCurrentPosition')
      .callsFake((ok) => ok({ coords: { latitude: 48.8566, longitude: 2.3522 } } as never));
    try {
      const badge = await fixture<AisleStockBadge>(
        html`<aisle-stock-badge sku="AISLE-0001"></aisle-stock-badge>`,
      );
      shadow(badge, '[part="action"]')!.click();
      await waitUntil(() => picker(badge)?.shadowRoot?.querySelector('.locate'), 'no picker', {
        timeout: 5000,
      });
      // A real key press: the position is asked for only on the shopper's own action.
      picker(badge)!.shadowRoot!.querySelector<HTMLButtonElement>('.locate')!.focus();
      await sendKeys({ press: 'Enter' });
      const [choice] = await results(badge);
      const meta = choice!.querySelector('.meta')!.textContent!.replace(/\s+/g, ' ');
      const shown = Number(/· (\d+) km$/.exec(meta)?.[1]);
      expect(Math.abs(shown - distanceKm(paris, away.location))).to.be.below(1);
    } finally {
      located.restore();
    }
  });

  it('lists the stores around the position each once, nearest first, within its radius', async () => {
    const paris = { lat: 48.8566, lng: 2.3522 };
    const byDistance = mockApi.stores
      .map((s) => ({ s, d: distanceKm(paris, s.location) }))
      .sort((a, b) => a.d - b.d);
    const [near, next] = byDistance.map((x) => x.s);
    const far = byDistance.find((x) => x.d > 300)!.s;
    // An API that answers unsorted, lists a store twice and one far past the radius asked.
    useHandlers(
      http.get('*/aisle-api/v1/stores', () =>
        HttpResponse.json({ stores: [far, next, near, next] }),
      ),
    );
    const located = sinon
      .stub(navigator.geolocation, 'getCurrentPosition')
      .callsFake((ok) => ok({ coords: { latitude: paris.lat, longitude: paris.lng } } as never));
    try {
      const badge = await fixture<AisleStockBadge>(
        html`<aisle-stock-badge sku="AISLE-0001"></aisle-stock-badge>`,
      );
      shadow(badge, '[part="action"]')!.click();
      await waitUntil(() => picker(badge)?.shadowRoot?.querySelector('.locate'), 'no picker', {
        timeout: 5000,
      });
      picker(badge)!.shadowRoot!.querySelector<HTMLButtonElement>('.locate')!.focus();
      await sendKeys({ press: 'Enter' });
      const names = (await results(badge)).map((b) =>
        b.querySelector('.name')!.lastChild!.textContent!.trim(),
      );
      expect(names).to.deep.equal([near!.name, next!.name]);
      const status = picker(badge)!.shadowRoot!.querySelector('[role="status"]')!;
      expect(status.textContent!.trim()).to.match(/^2 stores? nearby$/);
    } finally {
      located.restore();
    }
  });

  it('finds "St Etienne" as Saint-Étienne', async () => {
    const badge = await fixture<AisleStockBadge>(
      html`<aisle-stock-badge sku="AISLE-0001"></aisle-stock-badge>`,
    );
    shadow(badge, '[part="action"]')!.click();
    await waitUntil(() => picker(badge)?.shadowRoot?.querySelector('input'), 'no picker', {
      timeout: 5000,
    });
    picker(badge)!.shadowRoot!.querySelector('input')!.value = 'St Etienne';
    picker(badge)!.shadowRoot!.querySelector('form')!.requestSubmit();
    const names = (await results(badge)).map((b) => b.querySelector('.name')!.textContent!);
    expect(names.some((n) => /Aisle Saint-Étienne$/.test(n.trim()))).to.equal(true);
  });

  it('finds the stores of a whole address’s postcode', async () => {
    const badge = await fixture<AisleStockBadge>(
      html`<aisle-stock-badge sku="AISLE-0001"></aisle-stock-badge>`,
    );
    shadow(badge, '[part="action"]')!.click();
    await waitUntil(() => picker(badge)?.shadowRoot?.querySelector('input'), 'no picker', {
      timeout: 5000,
    });
    picker(badge)!.shadowRoot!.querySelector('input')!.value = '143 rue Nationale, 69003 Lyon';
    picker(badge)!.shadowRoot!.querySelector('form')!.requestSubmit();
    const metas = (await results(badge)).map((b) => b.querySelector('.meta')!.textContent!);
    expect(metas.length).to.be.greaterThan(0);
    for (const meta of metas) expect(meta).to.contain('69003');
  });

  it('says it is finding the position while it waits, and a second press asks only once', async () => {
    let answer: PositionCallback | undefined;
    const located = sinon
      .stub(navigator.geolocation, 'getCurrentPosition')
      .callsFake((ok) => void (answer = ok));
    try {
      const badge = await fixture<AisleStockBadge>(
        html`<aisle-stock-badge sku="AISLE-0001"></aisle-stock-badge>`,
      );
      shadow(badge, '[part="action"]')!.click();
      await waitUntil(() => picker(badge)?.shadowRoot?.querySelector('.locate'), 'no picker', {
        timeout: 5000,
      });
      const locate = picker(badge)!.shadowRoot!.querySelector<HTMLButtonElement>('.locate')!;
      locate.focus();
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => locate.getAttribute('aria-disabled') === 'true', 'not busy');
      expect(locate.textContent!.trim()).to.equal('Finding your location…');
      expect(picker(badge)!.shadowRoot!.activeElement).to.equal(locate);
      await sendKeys({ press: 'Enter' });
      expect(located.callCount).to.equal(1);
      answer!({ coords: { latitude: 48.8566, longitude: 2.3522 } } as GeolocationPosition);
      await results(badge);
      expect(locate.getAttribute('aria-disabled')).to.equal('false');
      expect(locate.textContent!.trim()).to.equal('Use my location');
    } finally {
      located.restore();
    }
  });

  it('speaks French', async () => {
    const badge = await fixture<AisleStockBadge>(
      html`<aisle-stock-badge lang="fr" sku="AISLE-0004"></aisle-stock-badge>`,
    );
    await badge.updateComplete;
    expect(shadow(badge, '[part="status"]')!.textContent!.trim()).to.equal(
      'Disponibilité en magasin',
    );
    shadow(badge, '[part="action"]')!.click();
    await waitUntil(() => picker(badge)?.shadowRoot?.querySelector('label'));
    expect(picker(badge)!.shadowRoot!.querySelector('label')!.textContent!.trim()).to.equal(
      'Code postal, ville ou adresse',
    );
  });
});

describe('<aisle-store-picker> lent its owner’s settings and client', () => {
  it('searches with the owner’s client and speaks its language (another copy’s picker, say)', async () => {
    await import('../../src/components/store-picker/define.js');
    const { resolveElementConfig } = await import('../../src/internal/config-controller.js');
    const asked: unknown[] = [];
    // The client of the element that shows the picker: the only one the search may use.
    const client = {
      searchStores: async (query: unknown) => {
        asked.push(query);
        return mockApi.stores.slice(0, 2);
      },
    };
    const config = { ...resolveElementConfig(document.body), geocoder: 'local', locale: 'fr' };
    const el = await fixture<HTMLElement>(
      html`<aisle-store-picker .owner=${{ config, client }}></aisle-store-picker>`,
    );
    const input = el.shadowRoot!.querySelector('input')!;
    input.value = 'Lyon';
    el.shadowRoot!.querySelector('form')!.requestSubmit();
    await waitUntil(() => el.shadowRoot!.querySelector('[part="results"] button'), 'no results');
    expect(asked).to.deep.equal([{ q: 'Lyon', limit: 5 }]);
    expect(el.shadowRoot!.textContent).to.contain(mockApi.stores[0]!.name);
    // The owner's locale: French words.
    expect(el.shadowRoot!.querySelector('form')!.textContent).to.match(/Rechercher|magasin/i);
  });
});
