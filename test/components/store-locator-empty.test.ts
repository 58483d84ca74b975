import { expect } from '@open-wc/testing';
import { waitUntil } from '../helpers/wait.js';
import { sendKeys } from '@web/test-runner-commands';
import { http, HttpResponse } from 'msw';
import '../../src/components/store-locator/define.js';
import { resetClientsForTests } from '../../src/client/shared.js';
import { mockApi } from '../../src/mocks/mock-api.js';
import { myStore, STORAGE_KEY } from '../../src/state/my-store.js';
import { useHandlers } from '../helpers/mock-api.js';
import { $, cards, locator, PARIS, SEA, settled, storeRequests } from './store-locator-harness.js';

// The empty and error states: what they say, what their buttons do, and where the focus goes.

// Each test starts with an empty client cache, so it sees its own requests.
beforeEach(() => resetClientsForTests());

describe('<aisle-store-locator>: nothing found, or the search failed', () => {
  beforeEach(() => {
    localStorage.removeItem(STORAGE_KEY);
    myStore().set(null, 'none');
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

  it('after "Clear filters" the focus goes to the first store when the list shows stock too', async () => {
    // The demo's locator: stock of a basket, in-stock stores first. The stores came back before
    // their stock: the focus waited for a card that the list had not drawn yet.
    useHandlers(
      http.get('*/aisle-api/v1/stores', ({ request }) =>
        new URL(request.url).searchParams.get('openNow') === 'true'
          ? HttpResponse.json([])
          : undefined,
      ),
    );
    const el = await locator(`near="${PARIS}" radius="30" limit="5" skus="AISLE-0001,AISLE-0002"`);
    await settled(el);
    $<HTMLInputElement>(el, 'input[name="open-now"]')!.click();
    await waitUntil(() => $(el, '.empty'), 'no empty state');
    $(el, '[part="clear-filters"]')!.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => cards(el).length === 5, 'the stores did not come back');
    await waitUntil(() => el.shadowRoot!.activeElement, 'the focus fell to the page');
    expect(el.shadowRoot!.activeElement!.closest('article')).to.equal(cards(el)[0]);
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
});
