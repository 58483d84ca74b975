import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { http, HttpResponse } from 'msw';
import type { Store } from '../../src/client/types.js';
import '../../src/components/store-locator/define.js';
import type { AisleStoreLocator } from '../../src/components/store-locator/store-locator.js';
import { mockApi } from '../../src/mocks/mock-api.js';
import { resetClientsForTests } from '../../src/client/shared.js';
import { myStore, STORAGE_KEY } from '../../src/state/my-store.js';
import { requests, useHandlers } from '../helpers/mock-api.js';
import { fixtureStore } from './store-locator-fixtures.js';

const PARIS = '48.8566,2.3522';
/** The Bay of Biscay: no store within a few kilometres. */
const SEA = '46.2,-3.2';

const $ = <T extends Element = HTMLElement>(el: AisleStoreLocator, selector: string) =>
  el.shadowRoot!.querySelector<T>(selector);
const $$ = <T extends Element = HTMLElement>(el: AisleStoreLocator, selector: string) => [
  ...el.shadowRoot!.querySelectorAll<T>(selector),
];
const cards = (el: AisleStoreLocator) => $$(el, 'article.store');
const storeRequests = () => requests.filter((r) => new URL(r.url).pathname.endsWith('/stores'));
const availabilityRequests = () =>
  requests.filter((r) => new URL(r.url).pathname.endsWith('/availability'));

async function settled(el: AisleStoreLocator) {
  await waitUntil(
    () => cards(el).length > 0 || $(el, '.empty') || $(el, '.error'),
    'the locator never settled',
    { timeout: 5000 },
  );
  await waitUntil(() => !$(el, '.stock') || !$(el, '.stock')!.textContent!.includes('…'), '', {
    timeout: 5000,
  });
  await el.updateComplete;
}

async function locator(attrs: string, lang = 'en-IE') {
  const wrapper = await fixture<HTMLDivElement>(
    `<div lang="${lang}"><aisle-store-locator no-map ${attrs}></aisle-store-locator></div>`,
  );
  const el = wrapper.querySelector('aisle-store-locator')!;
  await el.updateComplete;
  return el;
}

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
  });

  it('speaks French with French distances', async () => {
    const el = await locator(`near="${PARIS}" limit="3"`, 'fr');
    await settled(el);
    expect(cards(el)[0]!.querySelector('.distance')!.textContent!.trim()).to.match(
      /^à [\d,\s]+k?m$/,
    );
    expect($(el, '[part="status"]')!.textContent).to.match(/dans un rayon de 25\skm$/u);
    expect($(el, 'label.label')!.textContent).to.equal('Code postal, ville ou adresse');
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

  it('suggests a wider radius when nothing is found, and searches wider on request', async () => {
    const el = await locator(`near="${SEA}" radius="5"`);
    await settled(el);
    expect($(el, '.empty')!.textContent).to.contain('No stores within 5 km');
    // No filter is on: nothing to clear.
    expect($(el, '[part="clear-filters"]')).to.equal(null);
    await expect(el).to.be.accessible();
    $(el, '[part="widen"]')!.click();
    await waitUntil(() => storeRequests().length === 2);
    expect(new URL(storeRequests()[1]!.url).searchParams.get('radius')).to.equal('10');
  });

  it('leaves the focus alone when the shopper moved on to the page while it searched', async () => {
    let answer = () => {};
    const held = new Promise<void>((resolve) => (answer = resolve));
    useHandlers(
      http.get('*/aisle-api/v1/stores', async ({ request }) => {
        if (Number(new URL(request.url).searchParams.get('radius')) < 10)
          return HttpResponse.json([]);
        await held; // the wider search answers when the test says so
        return undefined;
      }),
    );
    const el = await locator(`near="${PARIS}" radius="5" limit="3"`);
    await settled(el);
    const elsewhere = document.createElement('button');
    elsewhere.textContent = 'Site search';
    document.body.append(elsewhere);
    try {
      $(el, '[part="widen"]')!.focus();
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => storeRequests().length === 2, 'no wider search');
      elsewhere.focus(); // while the wider search runs
      answer();
      await waitUntil(() => cards(el).length === 3, 'no stores within 10 km');
      await el.updateComplete;
      expect(document.activeElement === elsewhere, 'focus stayed on the page').to.equal(true);
    } finally {
      elsewhere.remove();
    }
  });

  it('keeps the keyboard focus when "search within" finds stores, and when it finds none', async () => {
    // Nothing within 5 or 10 km; stores within 20.
    useHandlers(
      http.get('*/aisle-api/v1/stores', ({ request }) =>
        Number(new URL(request.url).searchParams.get('radius')) < 20
          ? HttpResponse.json([])
          : undefined,
      ),
    );
    const el = await locator(`near="${PARIS}" radius="5" limit="3"`);
    await settled(el);
    $(el, '[part="widen"]')!.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => storeRequests().length === 2 && $(el, '.empty'), 'no second search');
    await el.updateComplete;
    // Still nothing: the button is back (it went away while loading), focused, and offers 20 km.
    const widen = $(el, '[part="widen"]');
    expect(el.shadowRoot!.activeElement === widen, 'focus on "search within"').to.equal(true);
    expect($(el, '[part="widen"]')!.textContent).to.contain('20');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => cards(el).length === 3, 'no stores within 20 km');
    await waitUntil(() => el.shadowRoot!.activeElement, 'the focus fell to the page');
    expect(el.shadowRoot!.activeElement!.closest('article')).to.equal(cards(el)[0]);
  });

  it('with filters on and nothing found, says the filters are why and clears them on request', async () => {
    // As at night: every store is closed, so only the open-now search finds none.
    useHandlers(
      http.get('*/aisle-api/v1/stores', ({ request }) =>
        new URL(request.url).searchParams.get('openNow') === 'true'
          ? HttpResponse.json([])
          : undefined,
      ),
    );
    const el = await locator(`near="${PARIS}" radius="30" limit="5"`);
    await settled(el);
    expect(cards(el).length).to.equal(5);
    $<HTMLInputElement>(el, 'input[name="open-now"]')!.click();
    await waitUntil(() => $(el, '.empty'), 'no empty state');
    const empty = $(el, '.empty')!.textContent!.replace(/\s+/g, ' ');
    expect(empty).to.contain('No store within 30 km matches your filters.');
    expect(empty).not.to.contain('of this place');
    await expect(el).to.be.accessible();
    $(el, '[part="clear-filters"]')!.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => cards(el).length === 5, 'the stores did not come back');
    // The button went away with the empty state: its focus went to the first store, not the page.
    await waitUntil(() => el.shadowRoot!.activeElement, 'the focus fell to the page');
    expect(el.shadowRoot!.activeElement!.closest('article')).to.equal(cards(el)[0]);
    expect($<HTMLInputElement>(el, 'input[name="open-now"]')!.checked).to.equal(false);
    expect($(el, '.empty')).to.equal(null);
  });

  it('clears the services a page chose too (in French)', async () => {
    useHandlers(
      http.get('*/aisle-api/v1/stores', ({ request }) =>
        new URL(request.url).searchParams.get('services') ? HttpResponse.json([]) : undefined,
      ),
    );
    const el = await locator(`near="${PARIS}" radius="30" limit="5" services="parking"`, 'fr-FR');
    await settled(el);
    expect($(el, '.empty')!.textContent).to.match(
      /Aucun magasin dans un rayon de 30\skm ne correspond à vos filtres\./,
    );
    const clear = $(el, '[part="clear-filters"]')!;
    expect(clear.textContent!.trim()).to.equal('Effacer les filtres');
    clear.click();
    await waitUntil(() => cards(el).length === 5, 'the stores did not come back');
    expect($<HTMLInputElement>(el, 'input[value="parking"]')!.checked).to.equal(false);
    expect(new URL(storeRequests().at(-1)!.url).searchParams.get('services')).to.equal(null);
  });

  it('shows an error with a retry, reports aisle-error, and recovers', async () => {
    mockApi.setScenario({ status500: true });
    const errors: string[] = [];
    document.addEventListener('aisle-error', (e) => errors.push(e.detail.code), { once: true });
    const el = await locator(`near="${PARIS}"`);
    await settled(el);
    expect($(el, '.error')!.textContent).to.contain('We could not load stores.');
    expect($(el, '.error')!.textContent).not.to.contain('offline');
    expect(errors.length).to.equal(1);
    Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => false });
    try {
      el.requestUpdate();
      await el.updateComplete;
      expect($(el, '.error')!.textContent).to.contain('You appear to be offline.');
    } finally {
      delete (navigator as unknown as { onLine?: boolean }).onLine;
    }
    await expect(el).to.be.accessible();
    mockApi.reset();
    $(el, '[part="retry"]')!.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => cards(el).length > 0, 'no stores after retry');
    // The retry button went away with the error: its focus went to the first store.
    await waitUntil(() => el.shadowRoot!.activeElement, 'the focus fell to the page');
    expect(el.shadowRoot!.activeElement!.closest('article')).to.equal(cards(el)[0]);
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

  it('after "make this my store", focus stays on that store’s card', async () => {
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

      mockApi.setScenario({ latency: 400 });
      const loading = await locator(`near="${PARIS}"`, lang);
      await waitUntil(() => $(loading, '.loading'), 'no loading state');
      expect($(loading, '[part="status"]')!.textContent).to.equal(
        lang === 'fr' ? 'Chargement…' : 'Loading…',
      );
      await expect(loading).to.be.accessible();
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
      await expect(failed).to.be.accessible();
    });
  }
});
