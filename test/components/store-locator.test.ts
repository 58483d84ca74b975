import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from '../helpers/wait.js';
import { sendKeys } from '@web/test-runner-commands';
import { http, HttpResponse } from 'msw';
import type { Store } from '../../src/client/types.js';
import '../../src/components/store-locator/define.js';
import type { AisleStoreLocator } from '../../src/components/store-locator/store-locator.js';
import { en } from '../../src/i18n/messages/en.js';
import { fr } from '../../src/i18n/messages/fr.js';
import { mockApi } from '../../src/mocks/mock-api.js';
import { resetClientsForTests } from '../../src/client/shared.js';
import { myStore, STORAGE_KEY } from '../../src/state/my-store.js';
import { holdAnswers, useHandlers } from '../helpers/mock-api.js';
import { fixtureStore } from './store-locator-fixtures.js';
import {
  $,
  $$,
  availabilityRequests,
  cards,
  locator,
  PARIS,
  SEA,
  settled,
  storeRequests,
} from './store-locator-harness.js';

// Each test starts with an empty client cache, so it sees its own requests.
beforeEach(() => resetClientsForTests());

describe('<aisle-store-locator>: the list', () => {
  beforeEach(() => {
    localStorage.removeItem(STORAGE_KEY);
    myStore().set(null, 'none');
  });

  it('lists stores near a point, nearest first, within the radius and limit', async () => {
    const el = await locator(`near="${PARIS}" radius="30" limit="5"`);
    await settled(el);
    const list = cards(el);
    expect(list.length).to.be.within(1, 5);
    const url = new URL(storeRequests()[0]!.url);
    expect(url.searchParams.get('radius')).to.equal('30');
    expect(url.searchParams.get('limit')).to.equal('5');
    const distances = list.map((c) => c.querySelector('.distance')!.textContent!.trim());
    expect(distances.every((d) => /(km|m) away$/.test(d))).to.equal(true);
    const status = $(el, '[part="status"]')!.textContent!;
    expect(status).to.match(new RegExp(`^${list.length} stores? within 30 km$`));
    // No place name (`near`): still an h2 above the stores' h3 names, in order.
    const headings = [...el.shadowRoot!.querySelectorAll('h2, h3')].map((h) => h.tagName);
    expect(headings[0]).to.equal('H2');
    expect($(el, '[part="heading"]')!.textContent!.trim()).to.equal('Stores');
    expect(headings.slice(1).every((h) => h === 'H3')).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('shows each store with address, open status, hours, phone and directions', async () => {
    const el = await locator(`near="${PARIS}" limit="3"`);
    await settled(el);
    const card = cards(el)[0]!;
    expect(card.querySelector('.store-name')!.textContent!.trim()).not.to.equal('');
    expect(card.querySelector('.address')!.textContent).to.match(/\d{5}/);
    expect(card.querySelector('.open')!.textContent!.trim()).not.to.equal('');
    expect(card.querySelectorAll('details.hours tr').length).to.equal(7);
    const directions = card.querySelector<HTMLAnchorElement>('a.directions')!;
    expect(directions.href).to.match(
      /^https:\/\/www\.google\.com\/maps\/dir\/\?api=1&destination=/,
    );
    const phone = card.querySelector<HTMLAnchorElement>('a.phone');
    if (phone) expect(phone.getAttribute('href')).to.match(/^tel:\+?\d+$/);
    // Its name for a screen reader: "Call Aisle Paris Bercy: +33 1 …".
    const phones = cards(el).flatMap((c) => [...c.querySelectorAll('a.phone')]);
    expect(phones.length, 'a store with a phone').to.be.above(0);
    for (const p of phones) expect(p.textContent!.trim()).to.match(/^Call .+\S: \+?\d/);
  });

  it('speaks French with French distances', async () => {
    const el = await locator(`near="${PARIS}" limit="3"`, 'fr');
    await settled(el);
    expect(cards(el)[0]!.querySelector('.distance')!.textContent!.trim()).to.match(
      /^à [\d,\s]+k?m$/,
    );
    expect($(el, '[part="status"]')!.textContent).to.match(/dans un rayon de 25\skm$/u);
    expect($(el, 'label.label')!.textContent).to.equal('Code postal, ville ou adresse');
    // French punctuation before the phone number too: "Appeler Aisle Paris Bercy : +33 1 …".
    const phones = cards(el).flatMap((c) => [...c.querySelectorAll('a.phone')]);
    expect(phones.length, 'a store with a phone').to.be.above(0);
    for (const phone of phones) {
      expect(phone.textContent!.trim()).to.match(/^Appeler .+\S\u00a0: \+?\d/u);
    }
    await expect(el).to.be.accessible();
  });

  it('prompts for a search when given no place, accessibly', async () => {
    const el = await locator('');
    expect($(el, '.prompt')!.textContent).to.contain('Search for a postcode');
    expect(storeRequests().length).to.equal(0);
    await expect(el).to.be.accessible();
  });

  it('filters by service and open now through the API', async () => {
    const el = await locator(`near="${PARIS}" limit="10" services="parking"`);
    await settled(el);
    expect(new URL(storeRequests().at(-1)!.url).searchParams.get('services')).to.equal('parking');
    for (const card of cards(el)) {
      expect(card.querySelector('.services')!.textContent).to.contain('Parking');
    }
    const openNow = $<HTMLInputElement>(el, 'input[name="open-now"]')!;
    openNow.click();
    await waitUntil(() => storeRequests().length === 2);
    await settled(el);
    expect(new URL(storeRequests()[1]!.url).searchParams.get('openNow')).to.equal('true');
    await expect(el).to.be.accessible();
  });

  it('makes a store the shopper’s own and says so', async () => {
    const el = await locator(`near="${PARIS}" limit="3"`);
    await settled(el);
    const events: Array<{ storeId: string | null; previousStoreId: string | null }> = [];
    el.addEventListener('aisle-store-change', (e) => events.push(e.detail));
    const card = cards(el)[1]!;
    const id = card.dataset.storeId!;
    card.querySelector<HTMLButtonElement>('[part="make-my-store"]')!.click();
    await el.updateComplete;
    expect(events).to.have.length(1);
    expect(events[0]).to.include({ storeId: id, previousStoreId: null });
    expect(myStore().get()).to.equal(id);
    const mine = $(el, `article[data-store-id="${id}"]`)!;
    expect(mine.querySelector('.my-store-tag')!.textContent).to.equal('My store');
    expect(mine.querySelector('[part="make-my-store"]')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('after "make this my store", the focus goes to that card’s "My store" mark', async () => {
    const el = await locator(`near="${PARIS}" limit="3"`);
    await settled(el);
    const card = cards(el)[1]!;
    const id = card.dataset.storeId!;
    const button = card.querySelector<HTMLButtonElement>('[part="make-my-store"]')!;
    button.focus();
    button.click();
    await el.updateComplete;
    await el.updateComplete;
    const active = el.shadowRoot!.activeElement as HTMLElement | null;
    expect(active?.closest('article')?.dataset.storeId).to.equal(id);
    expect(document.activeElement?.localName).to.equal('aisle-store-locator');
    // A screen reader reads what the click did ("My store"), in the card of that store.
    expect(active?.getAttribute('part')).to.equal('my-store');
    expect(active!.textContent).to.equal('My store');
  });

  it('wraps a store name with no break in it: the card’s actions stay inside', async () => {
    const long = fixtureStore({ id: 'long', name: 'W'.repeat(60), distanceKm: 1 });
    useHandlers(http.get('*/aisle-api/v1/stores', () => HttpResponse.json([long])));
    const wrapper = await fixture<HTMLDivElement>(
      html`<div style="width: 360px">
        <aisle-store-locator no-map lang="en" near=${PARIS}></aisle-store-locator>
      </div>`,
    );
    const el = wrapper.querySelector('aisle-store-locator')!;
    await settled(el);
    const card = cards(el)[0]!.getBoundingClientRect();
    const button = $(el, '[part="make-my-store"]')!.getBoundingClientRect();
    expect(card.right).to.be.at.most(wrapper.getBoundingClientRect().right + 0.5);
    expect(button.right).to.be.at.most(card.right);
  });

  it('renders markup-looking store data as text', async () => {
    const evil = fixtureStore({
      id: 'evil',
      name: '<img src=x onerror="window.__pwned=1">',
      phone: '<b>0</b>',
      distanceKm: 1,
    });
    useHandlers(http.get('*/aisle-api/v1/stores', () => HttpResponse.json([evil])));
    const el = await locator(`near="${PARIS}" structured-data`);
    await settled(el);
    expect($(el, 'img')).to.equal(null);
    expect($(el, '.store-name')!.textContent!.trim()).to.equal(evil.name);
    expect((window as unknown as { __pwned?: number }).__pwned).to.equal(undefined);
  });

  it('measures each distance from the store’s own location, not the API’s `distanceKm`', async () => {
    const near = fixtureStore({ id: 'near', name: 'Aisle Rivoli', distanceKm: 40 });
    const sydney = fixtureStore({
      id: 'sydney',
      name: 'Aisle Sydney',
      location: { lat: -33.87, lng: 151.21 },
      distanceKm: 0.1, // a lying API
    });
    useHandlers(http.get('*/aisle-api/v1/stores', () => HttpResponse.json([sydney, near])));
    const el = await locator(`near="${PARIS}"`);
    await settled(el);
    expect(cards(el).map((c) => c.dataset.storeId)).to.deep.equal(['near']);
    expect($(el, '[part="store-distance"]')!.textContent).not.to.contain('40');
  });

  it('writes schema.org JSON-LD for the listed stores into the light DOM', async () => {
    const el = await locator(`near="${PARIS}" limit="4" structured-data`);
    await settled(el);
    // Its code loads on the first locator that asks for it.
    await waitUntil(() => el.querySelector('script[type="application/ld+json"]'), 'no JSON-LD');
    const script = el.querySelector('script[type="application/ld+json"]')!;
    const data = JSON.parse(script.textContent!) as Array<Record<string, unknown>>;
    const names = cards(el).map((c) => c.querySelector('.store-name')!.textContent!.trim());
    expect(data.map((d) => d.name)).to.deep.equal(names);
    expect(data[0]).to.include({ '@type': 'Store' });
    expect(data[0]!.openingHoursSpecification).to.be.an('array').that.is.not.empty;
    el.removeAttribute('structured-data');
    await waitUntil(() => !el.querySelector('script'), 'the JSON-LD is still there');
  });
});

describe('<aisle-store-locator>: stock', () => {
  it('shows one product’s stock per store with one availability request', async () => {
    const el = await locator(`near="${PARIS}" limit="8" sku="AISLE-0001"`);
    await settled(el);
    expect(availabilityRequests()).to.have.length(1);
    const url = new URL(availabilityRequests()[0]!.url);
    expect(url.searchParams.get('skus')).to.equal('AISLE-0001');
    expect(url.searchParams.get('stores')!.split(',')).to.have.length(cards(el).length);
    const states = cards(el).map((c) => c.querySelector('.stock')!.getAttribute('data-stock'));
    const rank = (s: string | null) => (s === 'in' || s === 'low' ? 0 : 1);
    const ranks = states.map(rank);
    expect(ranks).to.deep.equal([...ranks].sort((a, b) => a - b));
    await expect(el).to.be.accessible();
  });

  it('in stock first, shows the list once its stock is known: no card moves under a finger', async () => {
    const answer = holdAnswers('get', '/availability', 1);
    const el = await locator(`near="${PARIS}" limit="8" sku="AISLE-0001"`);
    const orders: string[] = [];
    const seen = () => {
      const order = cards(el)
        .map((c) => c.dataset.storeId)
        .join();
      if (order && order !== orders.at(-1)) orders.push(order);
    };
    const watch = new MutationObserver(seen);
    watch.observe(el.shadowRoot!, { childList: true, subtree: true });
    await waitUntil(() => availabilityRequests().length === 1, 'the stock asked');
    await new Promise((r) => setTimeout(r, 50));
    seen();
    expect(cards(el), 'no card before the stock').to.have.length(0);
    expect($(el, '[part="loading"]')?.textContent).to.equal(en.loading);
    answer();
    await settled(el);
    seen();
    watch.disconnect();
    expect(cards(el).length).to.be.greaterThan(1);
    expect(orders, 'one order, shown once').to.have.length(1);
    const first = cards(el)[0]!.querySelector('.stock')!.getAttribute('data-stock');
    expect(first).to.be.oneOf(['in', 'low']);
  });

  it('ranks complete baskets first and shows "n of m"', async () => {
    const el = await locator(`near="${PARIS}" limit="10" skus="AISLE-0001,AISLE-0002,AISLE-0003"`);
    await settled(el);
    expect(availabilityRequests()).to.have.length(1);
    const have = cards(el).map((c) => {
      const text = c.querySelector('.stock')!.textContent!.trim();
      const match = /^(\d) of 3 items in stock$/.exec(text);
      expect(match, text).not.to.equal(null);
      return Number(match![1]);
    });
    expect(have).to.deep.equal([...have].sort((a, b) => b - a));
    // Without "in stock first", the order is by distance again.
    $<HTMLInputElement>(el, 'input[name="stock-first"]')!.click();
    await el.updateComplete;
    const distanceOrder = cards(el).map((c) => c.dataset.storeId);
    const km = (id: string | undefined) =>
      el.shadowRoot!.querySelector(`article[data-store-id="${id}"] .distance`)!.textContent!;
    expect(distanceOrder.length).to.equal(have.length);
    expect(km(distanceOrder[0])).to.be.a('string');
    expect(availabilityRequests()).to.have.length(1);
  });
});

describe('<aisle-store-locator>: stock failures', () => {
  it('keeps the list when stock cannot be loaded, says unknown and reports it', async () => {
    mockApi.setScenario({ status500: true, only: 'getAvailability' });
    const errors: string[] = [];
    const wrapper = await fixture<HTMLDivElement>(
      `<div lang="en-IE"><aisle-store-locator no-map near="${PARIS}" limit="4" sku="AISLE-0001"></aisle-store-locator></div>`,
    );
    wrapper.addEventListener('aisle-error', (e) => errors.push(e.detail.code));
    const el = wrapper.querySelector('aisle-store-locator')!;
    await waitUntil(() => cards(el).length > 0 && availabilityRequests().length > 0, 'no list');
    await waitUntil(() => errors.length > 0, 'no aisle-error', { timeout: 8000 });
    await el.updateComplete;
    expect(cards(el).length).to.be.within(1, 4);
    for (const card of cards(el)) {
      expect(card.querySelector('.stock')!.textContent!.trim()).to.equal('Stock unknown');
    }
    await expect(el).to.be.accessible();
  });
});

describe('<aisle-store-locator>: search box', () => {
  it('is an ARIA combobox driven by the keyboard', async () => {
    const el = await locator('');
    const input = $<HTMLInputElement>(el, 'input[role="combobox"]')!;
    expect(input.getAttribute('aria-expanded')).to.equal('false');
    input.focus();
    await sendKeys({ type: 'Lyon' });
    await waitUntil(() => input.getAttribute('aria-expanded') === 'true', 'no suggestions', {
      timeout: 5000,
    });
    await expect(el).to.be.accessible();
    const options = $$(el, '[role="option"]');
    expect(options.length).to.be.greaterThan(0);
    expect(options[0]!.textContent).to.contain('Lyon');
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(input.getAttribute('aria-activedescendant')).to.equal(options[0]!.id);
    expect(options[0]!.getAttribute('aria-selected')).to.equal('true');
    await sendKeys({ press: 'ArrowUp' });
    await el.updateComplete;
    expect(input.getAttribute('aria-activedescendant')).to.equal(options.at(-1)!.id);
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(input.getAttribute('aria-expanded')).to.equal('false');
    expect(input.hasAttribute('aria-activedescendant')).to.equal(false);
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'Enter' });
    await settled(el);
    expect(input.value).to.contain('Lyon');
    expect($(el, '.heading')!.textContent).to.contain('Lyon');
    expect(cards(el)[0]!.querySelector('.address')!.textContent).to.contain('Lyon');
  });

  it('runs an initial search from the query attribute', async () => {
    const el = await locator('query="Bordeaux" limit="3"');
    await settled(el);
    expect($<HTMLInputElement>(el, 'input[role="combobox"]')!.value).to.contain('Bordeaux');
    expect(cards(el)[0]!.querySelector('.address')!.textContent).to.contain('Bordeaux');
  });
});

describe('<aisle-store-locator>: stores loaded client-side', () => {
  it('searches an in-memory list without any request', async () => {
    const stores: Store[] = [
      fixtureStore({ id: 'a', name: 'A', location: { lat: 48.86, lng: 2.35 } }),
      fixtureStore({ id: 'b', name: 'B', location: { lat: 48.9, lng: 2.4 } }),
      fixtureStore({ id: 'far', name: 'Far', location: { lat: 43.3, lng: 5.4 } }),
    ];
    const el = await fixture<AisleStoreLocator>(
      html`<aisle-store-locator no-map near=${PARIS} .stores=${stores}></aisle-store-locator>`,
    );
    await settled(el);
    expect(cards(el).map((c) => c.dataset.storeId)).to.deep.equal(['a', 'b']);
    expect(storeRequests()).to.have.length(0);
  });
});

describe('<aisle-store-locator>: every state is accessible in both languages', () => {
  for (const lang of ['en', 'fr']) {
    it(`prompt, loading, results, empty and error (${lang})`, async () => {
      const prompt = await locator('', lang);
      await expect(prompt).to.be.accessible();

      const answer = holdAnswers('get', '/stores');
      const loading = await locator(`near="${PARIS}"`, lang);
      await waitUntil(() => $(loading, '.loading'), 'no loading state');
      expect($(loading, '[part="status"]')!.textContent).to.equal(
        lang === 'fr' ? 'Chargement…' : 'Loading…',
      );
      await expect(loading).to.be.accessible();
      answer();
      await settled(loading);
      await expect(loading).to.be.accessible();
      mockApi.reset();

      const empty = await locator(`near="${SEA}" radius="2"`, lang);
      await settled(empty);
      expect($(empty, '.empty')).not.to.equal(null);
      await expect(empty).to.be.accessible();

      mockApi.setScenario({ status500: true });
      resetClientsForTests();
      const failed = await locator(`near="${PARIS}" radius="7"`, lang);
      await settled(failed);
      expect($(failed, '.error')).not.to.equal(null);
      // Said once, in an alert: not also in the status line above it.
      const said = lang === 'fr' ? fr.locatorError : en.locatorError;
      expect(failed.shadowRoot!.textContent!.split(said)).to.have.length(2);
      expect($(failed, '[role="alert"]')!.textContent).to.equal(said);
      await expect(failed).to.be.accessible();
    });
  }
});
