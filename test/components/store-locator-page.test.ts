// The locator as a host page and a shopper meet it after the first search: the page's own
// height, what a later search clears, what a failed stock check says, and where the keyboard
// focus goes when the map redraws or gives way to the list.
import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from '../helpers/wait.js';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/store-locator/define.js';
import { resetClientsForTests } from '../../src/client/shared.js';
import { mockApi } from '../../src/mocks/mock-api.js';
import { en } from '../../src/i18n/messages/en.js';
import {
  $,
  $$,
  cards,
  largeNetwork,
  PARIS,
  settled,
  storeRequests,
} from './store-locator-harness.js';
import { holdAnswers } from '../helpers/mock-api.js';
import { generateStores } from '../../src/mocks/data/stores.js';

beforeEach(() => resetClientsForTests());
afterEach(() => mockApi.setScenario(undefined));

const frames = async (n: number) => {
  for (let i = 0; i < n; i++) await new Promise((r) => requestAnimationFrame(r));
};

describe('<aisle-store-locator> on a host page', () => {
  it('adds nothing below itself: text for screen readers stays in the scrolled list', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      `<div lang="en" style="width: 760px"><aisle-store-locator no-map near="${PARIS}" radius="50" limit="40"></aisle-store-locator></div>`,
    );
    const el = wrapper.querySelector('aisle-store-locator')!;
    await settled(el);
    expect(cards(el).length).to.be.greaterThan(20);
    expect($$(el, '.visually-hidden').length).to.be.greaterThan(20);
    await frames(1);
    const bottom = wrapper.getBoundingClientRect().bottom + window.scrollY;
    const page = document.scrollingElement!.scrollHeight;
    expect(page - bottom, `page ${page} px, locator ends at ${bottom} px`).to.be.below(100);
  });

  it('says a basket’s stock is unknown when the stock check fails, never "0 of 2"', async () => {
    mockApi.setScenario({ status500: true, only: 'getAvailability' });
    const wrapper = await fixture<HTMLDivElement>(
      `<div lang="en"><aisle-store-locator no-map near="${PARIS}" limit="3" skus="AISLE-0001,AISLE-0002"></aisle-store-locator></div>`,
    );
    const el = wrapper.querySelector('aisle-store-locator')!;
    const failed = new Promise((resolve) => el.addEventListener('aisle-error', resolve));
    await waitUntil(() => cards(el).length > 0, 'no list');
    await failed;
    await waitUntil(() => !el.shadowRoot!.textContent!.includes(en.stockChecking), 'the check');
    for (const card of cards(el)) {
      expect(card.querySelector('.stock')!.textContent!.trim()).to.equal(en.stockUnknown);
    }
  });

  it('says a basket’s stock is unknown where the API knows none of it, never "out" while some is unknown', async () => {
    for (const store of mockApi.stores) {
      mockApi.setStock('AISLE-0001', store.id, { status: 'out_of_stock', quantity: 0 });
    }
    const stockOf = async (skus: string) => {
      const wrapper = await fixture<HTMLDivElement>(
        `<div lang="en"><aisle-store-locator no-map near="${PARIS}" limit="3" skus="${skus}"></aisle-store-locator></div>`,
      );
      const el = wrapper.querySelector('aisle-store-locator')!;
      await waitUntil(() => cards(el).length > 0, 'no list');
      await waitUntil(() => !el.shadowRoot!.textContent!.includes(en.stockChecking), 'the check');
      return cards(el).map((card) => {
        const line = card.querySelector<HTMLElement>('.stock')!;
        return [line.textContent!.trim(), line.dataset['stock']];
      });
    };
    // Products the API knows nothing about (a missing pair means unknown).
    for (const line of await stockOf('AISLE-9998,AISLE-9999')) {
      expect(line).to.deep.equal([en.stockUnknown, 'unknown']);
    }
    // One known out of stock, one unknown: not a definite shortfall.
    for (const line of await stockOf('AISLE-0001,AISLE-9999')) {
      expect(line).to.deep.equal([en.locatorBasket(0, 2), 'unknown']);
    }
    // Both known out of stock: out.
    for (const store of mockApi.stores) {
      mockApi.setStock('AISLE-0002', store.id, { status: 'out_of_stock', quantity: 0 });
    }
    resetClientsForTests();
    for (const line of await stockOf('AISLE-0001,AISLE-0002')) {
      expect(line).to.deep.equal([en.locatorBasket(0, 2), 'out']);
    }
  });

  it('looks its `query` up again when the page moves it during the look-up', async () => {
    const elsewhere = await fixture<HTMLElement>(html`<section lang="en"></section>`);
    const answer = holdAnswers('get', '/stores', 1);
    const wrapper = await fixture<HTMLDivElement>(
      `<div lang="en"><aisle-store-locator no-map query="Lyon"></aisle-store-locator></div>`,
    );
    const el = wrapper.querySelector('aisle-store-locator')!;
    expect(cards(el)).to.have.length(0); // the look-up is on its way: the move aborts it
    elsewhere.append(el);
    answer();
    await settled(el);
    expect(cards(el).length).to.be.greaterThan(0);
    expect(el.shadowRoot!.textContent).not.to.contain(en.locatorNoPlace);
  });

  it('looks a typed search up when the page moves it during the look-up', async () => {
    const elsewhere = await fixture<HTMLElement>(html`<section lang="en"></section>`);
    const wrapper = await fixture<HTMLDivElement>(
      `<div lang="en"><aisle-store-locator no-map></aisle-store-locator></div>`,
    );
    const el = wrapper.querySelector('aisle-store-locator')!;
    await el.updateComplete;
    const answer = holdAnswers('get', '/stores', 1);
    const input = $<HTMLInputElement>(el, 'input[role="combobox"]')!;
    input.focus();
    await sendKeys({ type: 'Lyon' });
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => storeRequests().length > 0, 'the search sent');
    elsewhere.append(el); // a layout moving the locator (a single-page app's re-render)
    answer();
    await settled(el);
    expect(cards(el).length).to.be.greaterThan(0);
    expect(cards(el)[0]!.textContent).to.contain('Lyon');
    expect($<HTMLInputElement>(el, 'input[role="combobox"]')!.value).to.equal('Lyon');
  });

  it('clears what failed once a later search succeeds', async () => {
    mockApi.setScenario({ status500: true, only: 'searchStores' });
    const wrapper = await fixture<HTMLDivElement>(
      `<div lang="en"><aisle-store-locator no-map></aisle-store-locator></div>`,
    );
    const el = wrapper.querySelector('aisle-store-locator')!;
    const input = $<HTMLInputElement>(el, 'input[role="combobox"]')!;
    input.focus();
    await sendKeys({ type: 'Lyon' });
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => $(el, '[part="notice"]')!.textContent!.trim(), 'the failure notice', {
      timeout: 8000,
    });
    mockApi.setScenario(undefined);
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => cards(el).length > 0, 'the stores of Lyon', { timeout: 8000 });
    await el.updateComplete;
    expect($(el, '[part="notice"]')!.textContent!.trim()).to.equal('');
  });

  it('sizes its filters’ boxes with their labels (200% text)', async () => {
    document.documentElement.style.fontSize = '32px';
    try {
      const wrapper = await fixture<HTMLDivElement>(html`
        <div style="width: 1500px">
          <aisle-store-locator no-map near=${PARIS} limit="3" radius="10"></aisle-store-locator>
        </div>
      `);
      const el = wrapper.querySelector('aisle-store-locator')!;
      await settled(el);
      const box = $(el, '.filter input')!.getBoundingClientRect();
      // Before: the browser's 13 px boxes beside 32 px labels.
      expect(box.height).to.be.at.least(28);
      expect(box.width).to.be.at.least(28);
    } finally {
      document.documentElement.style.fontSize = '';
    }
  });

  it('gives the list the whole width with no-map on a wide page, and shares it with the map', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`
      <div style="width: 1000px">
        <aisle-store-locator no-map near=${PARIS} limit="6" radius="10"></aisle-store-locator>
        <aisle-store-locator near=${PARIS} limit="6" radius="10" tiles=""></aisle-store-locator>
      </div>
    `);
    const [noMap, withMap] = [...wrapper.querySelectorAll('aisle-store-locator')];
    await settled(noMap!);
    await settled(withMap!);
    const width = (el: NonNullable<typeof noMap>, selector: string) =>
      $(el, selector)!.getBoundingClientRect().width;
    // Before: two columns whatever the panes, the list in 40% and the rest of the row blank.
    expect(width(noMap!, '.list-pane')).to.equal(width(noMap!, '.layout'));
    const list = $(withMap!, '.list-pane')!.getBoundingClientRect();
    const map = $(withMap!, '.map-pane')!.getBoundingClientRect();
    expect(list.width).to.be.within(300, 450);
    expect(map.left).to.be.greaterThan(list.right);
    expect(map.top).to.equal(list.top);
  });
});

describe('<aisle-store-locator>: the focus when the map changes', () => {
  it('keeps the focus in the map when Enter on a cluster zooms in', async () => {
    const el = await largeNetwork(3000, 7, 30);
    await waitUntil(() => cards(el).length > 0, 'no stores', { timeout: 5000 }); // 3,000 indexed
    await el.mapReady();
    await waitUntil(() => $(el, '.aisle-cluster'), 'no cluster', { timeout: 5000 });
    $(el, '.leaflet-container')!.scrollIntoView({ block: 'center' });
    await frames(2);
    $(el, '.aisle-cluster')!.focus();
    await sendKeys({ press: 'Enter' });
    await frames(30); // the zoom animation and the redraw
    const active = el.shadowRoot!.activeElement;
    expect(active?.isConnected, 'the focused element is still in the page').to.equal(true);
    expect(!!active?.closest('.leaflet-container'), 'the focus is in the map').to.equal(true);
  });

  it('keeps the focus in the map when the results redraw it ("in stock first")', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`
      <div style="width: 1000px">
        <aisle-store-locator
          near=${PARIS}
          limit="6"
          radius="10"
          tiles=""
          sku="AISLE-0001"
        ></aisle-store-locator>
      </div>
    `);
    const el = wrapper.querySelector('aisle-store-locator')!;
    await settled(el);
    await el.mapReady();
    await waitUntil(() => $(el, '.aisle-marker'), 'the markers', { timeout: 5000 });
    $(el, '.aisle-marker')!.focus();
    $<HTMLInputElement>(el, 'input[name="stock-first"]')!.click(); // the list re-orders
    await el.updateComplete;
    await frames(2);
    const active = el.shadowRoot!.activeElement;
    expect(active?.isConnected, 'the focused element is still in the page').to.equal(true);
    expect(!!active?.closest('.leaflet-container'), 'the focus is in the map').to.equal(true);
  });

  it('on a phone, a store chosen on the map takes the focus to its card in the list', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`
      <div style="width: 360px">
        <aisle-store-locator near=${PARIS} limit="6" radius="10" tiles=""></aisle-store-locator>
      </div>
    `);
    const el = wrapper.querySelector('aisle-store-locator')!;
    await waitUntil(() => cards(el).length > 0, 'no stores');
    await el.mapReady();
    const [, mapButton] = $$<HTMLButtonElement>(el, '[part="view-switch"] button');
    mapButton!.click();
    await waitUntil(() => $(el, '.aisle-marker'), 'the markers');
    await frames(2);
    const marker = $(el, '.aisle-marker')!;
    const id = marker.dataset.storeId!;
    marker.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => el.shadowRoot!.activeElement?.closest('article'), 'the focus on a card');
    expect(el.shadowRoot!.activeElement!.closest('article')!.dataset.storeId).to.equal(id);
  });

  it('on a phone, a client-side store chosen on the map outside the results brings the list with the focus on its card', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`
      <div style="width: 360px">
        <aisle-store-locator
          near="45.764,4.8357"
          radius="20"
          limit="3"
          tiles=""
          .stores=${generateStores(3000, 4)}
        ></aisle-store-locator>
      </div>
    `);
    const el = wrapper.querySelector('aisle-store-locator')!;
    await waitUntil(() => cards(el).length > 0, 'no stores');
    await el.mapReady();
    const [, mapButton] = $$<HTMLButtonElement>(el, '[part="view-switch"] button');
    mapButton!.click();
    const listed = () => cards(el).map((c) => c.dataset.storeId);
    const outside = () =>
      $$(el, '.aisle-marker').find((m) => !listed().includes(m.dataset.storeId));
    await waitUntil(outside, 'a marker of a store outside the results');
    await frames(2);
    const marker = outside()!;
    const id = marker.dataset.storeId!;
    marker.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => el.shadowRoot!.activeElement?.closest('article'), 'the focus on a card', {
      timeout: 5000,
    });
    expect(el.shadowRoot!.activeElement!.closest('article')!.dataset.storeId).to.equal(id);
    expect(getComputedStyle($(el, '.list-pane')!).display).not.to.equal('none');
    expect($(el, '[part="view-switch"] button[aria-pressed="true"]')!.textContent!.trim()).to.equal(
      en.locatorList,
    );
  });
});
