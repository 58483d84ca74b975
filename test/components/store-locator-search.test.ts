import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from '../helpers/wait.js';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import sinon from 'sinon';
import { resetClientsForTests } from '../../src/client/shared.js';
import '../../src/components/store-locator/define.js';
import { SUGGEST_DEBOUNCE_MS } from '../../src/components/store-locator/search-combobox.js';
import type { AisleStoreLocator } from '../../src/components/store-locator/store-locator.js';
import { generateStores } from '../../src/mocks/data/stores.js';
import { geocoderHandlers, resetGeocoderMock, setGeocoderMock } from '../../src/mocks/geocoders.js';
import { requests, useHandlers } from '../helpers/mock-api.js';

const $ = <T extends Element = HTMLElement>(el: AisleStoreLocator, selector: string) =>
  el.shadowRoot!.querySelector<T>(selector);
const cards = (el: AisleStoreLocator) => [...el.shadowRoot!.querySelectorAll('article.store')];
const searches = () =>
  requests
    .map((r) => new URL(r.url))
    .filter((u) => u.pathname.endsWith('/stores') && u.searchParams.has('q'));

async function locator(attrs = '', lang = 'en') {
  const wrapper = await fixture<HTMLDivElement>(
    `<div lang="${lang}"><aisle-store-locator no-map ${attrs}></aisle-store-locator></div>`,
  );
  const el = wrapper.querySelector('aisle-store-locator')!;
  await el.updateComplete;
  return el;
}

function type(input: HTMLInputElement, text: string) {
  input.value = text;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
}

/** Presses a key on the focused button: a trusted click, as browsers require for geolocation. */
async function press(button: HTMLElement, key = 'Enter') {
  button.focus();
  await sendKeys({ press: key });
}

beforeEach(() => resetClientsForTests());
afterEach(() => {
  sinon.restore();
  resetGeocoderMock();
});

describe('<aisle-store-locator>: suggestions', () => {
  it('asks once per pause in typing (debounced)', async () => {
    const clock = sinon.useFakeTimers({
      toFake: ['setTimeout', 'clearTimeout'],
      shouldClearNativeTimers: true,
    });
    const el = await locator();
    const input = $<HTMLInputElement>(el, 'input[role="combobox"]')!;
    for (const text of ['N', 'Na', 'Nan', 'Nant', 'Nante', 'Nantes']) {
      type(input, text);
      clock.tick(100);
    }
    clock.tick(SUGGEST_DEBOUNCE_MS - 101);
    expect(searches()).to.have.length(0);
    clock.tick(1);
    clock.restore();
    await waitUntil(() => input.getAttribute('aria-expanded') === 'true', 'no suggestions');
    expect(searches().map((u) => u.searchParams.get('q'))).to.deep.equal(['Nantes']);
    expect($(el, '[role="option"]')!.textContent).to.contain('Nantes');
  });

  it('finds "St Etienne" as Saint-Étienne through the API’s search', async () => {
    const el = await locator();
    const input = $<HTMLInputElement>(el, 'input[role="combobox"]')!;
    input.value = 'St Etienne';
    el['place'].box.query = 'St Etienne';
    const found = await el['place'].box.suggestNow();
    expect(found!.map((s) => s.label)).to.include('Saint-Étienne');
    // Asked as typed first; written out only because that found nothing.
    expect(searches().map((u) => u.searchParams.get('q'))).to.deep.equal([
      'St Etienne',
      'saint etienne',
    ]);
  });

  it('finds the town of a whole address through the API’s search', async () => {
    const el = await locator();
    el['place'].box.query = '12 rue de la République, Lyon';
    const found = await el['place'].box.suggestNow();
    expect(found!.map((s) => s.label)).to.include('Lyon');
    expect(searches().map((u) => u.searchParams.get('q'))).to.deep.equal([
      '12 rue de la République, Lyon',
      'Lyon',
    ]);
  });

  it('keeps only the answer to the latest text', async () => {
    const el = await locator();
    const input = $<HTMLInputElement>(el, 'input[role="combobox"]')!;
    input.value = 'Lille';
    const first = el['place'].box.suggestNow();
    input.value = 'Rennes';
    el['place'].box.query = 'Rennes';
    const second = el['place'].box.suggestNow();
    expect(await first).to.deep.equal([]);
    const found = await second;
    expect(found![0]!.label).to.contain('Rennes');
    await el.updateComplete;
    expect($(el, '[role="option"]')!.textContent).to.contain('Rennes');
  });

  it('says so when nothing matches the submitted text', async () => {
    const el = await locator();
    const input = $<HTMLInputElement>(el, 'input[role="combobox"]')!;
    input.focus();
    await sendKeys({ type: 'Zzyzx' });
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => $(el, '.hint')!.textContent!.trim(), 'no message', { timeout: 5000 });
    expect($(el, '.hint')!.textContent).to.contain('No place matches');
    expect($(el, '.hint')!.getAttribute('role')).to.equal('status'); // announced
    expect(input.getAttribute('aria-describedby')).to.equal($(el, '.hint')!.id);
    await expect(el).to.be.accessible();
  });

  it('falls back to matching towns and postcodes when the address service is down', async () => {
    useHandlers(...geocoderHandlers);
    setGeocoderMock({ ban: 'error' });
    const el = await locator('geocoder="ban"', 'fr');
    const input = $<HTMLInputElement>(el, 'input[role="combobox"]')!;
    input.focus();
    await sendKeys({ type: 'Toulouse' });
    // On a loaded machine a pause between two keys can let the list open on "To" first: two
    // letters are matched locally, without asking the address service (nothing failed yet).
    await waitUntil(
      () =>
        input.getAttribute('aria-expanded') === 'true' &&
        $(el, '.notice')?.textContent?.includes('recherche d’adresse est indisponible') &&
        $(el, '[role="option"]')?.textContent?.includes('Toulouse'),
      'no suggestions for "Toulouse" with the notice',
      { timeout: 5000 },
    );
    await expect(el).to.be.accessible();
  });

  it('uses the address service when it answers', async () => {
    useHandlers(...geocoderHandlers);
    const el = await locator('geocoder="ban" limit="3"');
    const input = $<HTMLInputElement>(el, 'input[role="combobox"]')!;
    input.focus();
    await sendKeys({ type: 'Marseille' });
    await waitUntil(() => input.getAttribute('aria-expanded') === 'true', 'no suggestions', {
      timeout: 5000,
    });
    // Recorded once answered: on a loaded machine the local suggestions can show first.
    await waitUntil(
      () => requests.some((r) => !new URL(r.url).pathname.includes('aisle-api')),
      'no request to the address service',
    );
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => cards(el).length > 0, 'no stores');
    expect(cards(el)[0]!.querySelector('.address')!.textContent).to.contain('Marseille');
    // No notice: its live region stays in the page, empty, out of the layout (no extra gap).
    const notice = $(el, '.notice')!;
    expect(notice.matches(':empty')).to.equal(true);
    expect(getComputedStyle(notice).position).to.equal('absolute');
    expect(notice.getBoundingClientRect().height).to.equal(0);
  });
});

describe('<aisle-store-locator>: Escape in the search box', () => {
  it("closes the suggestions, then clears the text, then is the page's (its dialog closes)", async () => {
    const box = await fixture<HTMLDialogElement>(
      html`<dialog><aisle-store-locator no-map></aisle-store-locator></dialog>`,
    );
    box.showModal();
    const el = box.querySelector('aisle-store-locator')!;
    await el.updateComplete;
    const input = $<HTMLInputElement>(el, 'input[role="combobox"]')!;
    input.focus();
    await sendKeys({ type: 'Lyon' });
    await waitUntil(() => input.getAttribute('aria-expanded') === 'true', 'no suggestions', {
      timeout: 5000,
    });
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(input.getAttribute('aria-expanded')).to.equal('false');
    expect(box.open, 'the first Escape closes the suggestions only').to.equal(true);
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(input.value).to.equal('');
    expect(box.open, 'the second Escape clears the text only').to.equal(true);
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !box.open, 'Escape in an empty search box kept the dialog open');
  });
});

describe('<aisle-store-locator>: use my location', () => {
  it('searches around the position, asked on a click only', async () => {
    const stub = sinon
      .stub(navigator.geolocation, 'getCurrentPosition')
      .callsFake((ok) => ok({ coords: { latitude: 43.6047, longitude: 1.4442 } } as never));
    const el = await locator('limit="3"');
    expect(stub.called).to.equal(false);
    await press($(el, '[part="locate-button"]')!);
    await waitUntil(() => cards(el).length > 0, 'no stores', { timeout: 5000 });
    expect(stub.calledOnce).to.equal(true);
    const url = requests.map((r) => new URL(r.url)).find((u) => u.searchParams.has('lat'))!;
    // Around the position, to about 100 m: never the exact location.
    expect(url.searchParams.get('lat')).to.equal('43.605');
    expect(url.searchParams.get('lng')).to.equal('1.444');
    expect(cards(el)[0]!.querySelector('.address')!.textContent).to.contain('Toulouse');
    await expect(el).to.be.accessible();
  });

  it('explains a refusal and keeps the search box working', async () => {
    sinon
      .stub(navigator.geolocation, 'getCurrentPosition')
      .callsFake((_ok, fail) => fail!({ code: 1, message: 'denied' } as GeolocationPositionError));
    const el = await locator('', 'fr');
    await press($(el, '[part="locate-button"]')!);
    await waitUntil(() => $(el, '.notice')!.textContent!.trim(), 'no message');
    expect($(el, '.notice')!.getAttribute('role')).to.equal('status'); // announced
    // The button kept the focus the click gave it (aria-disabled while locating, never disabled).
    expect(el.shadowRoot!.activeElement).to.equal($(el, '[part="locate-button"]'));
    expect($(el, '[part="locate-button"]')!.getAttribute('aria-disabled')).to.equal('false');
    expect($(el, '.prompt')).not.to.equal(null);
    await expect(el).to.be.accessible();
  });
});

describe('<aisle-store-locator>: layout', () => {
  it('stacks list and map with a switch in a narrow container', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      `<div style="width: 360px"><aisle-store-locator tiles="" near="48.8566,2.3522"></aisle-store-locator></div>`,
    );
    const el = wrapper.querySelector('aisle-store-locator')!;
    await waitUntil(() => cards(el).length > 0, 'no stores', { timeout: 5000 });
    const [list, map] = [...el.shadowRoot!.querySelectorAll('[part="view-switch"] button')];
    expect(getComputedStyle($(el, '[part="view-switch"]')!).display).not.to.equal('none');
    expect(getComputedStyle($(el, '.map-pane')!).display).to.equal('none');
    expect(list!.getAttribute('aria-pressed')).to.equal('true');
    (map as HTMLButtonElement).click();
    await el.updateComplete;
    expect(getComputedStyle($(el, '.map-pane')!).display).not.to.equal('none');
    expect(getComputedStyle($(el, '.list-pane')!).display).to.equal('none');
    await el.mapReady();
    await waitUntil(() => $(el, '.leaflet-container'), 'no map');
  });

  it('keeps the map shorter than a landscape phone, so a one-finger swipe can still scroll the page', async () => {
    await setViewport({ width: 640, height: 360 });
    try {
      const wrapper = await fixture<HTMLDivElement>(
        `<div style="width: 600px"><aisle-store-locator tiles="" near="48.8566,2.3522"></aisle-store-locator></div>`,
      );
      const el = wrapper.querySelector('aisle-store-locator')!;
      await waitUntil(() => cards(el).length > 0, 'no stores', { timeout: 5000 });
      const [, map] = [
        ...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part="view-switch"] button'),
      ];
      map!.click();
      await el.updateComplete;
      // Leaflet takes every touch on the map (touch-action: none): a map as tall as the screen
      // would leave no place to put a finger to scroll on.
      const height = $(el, '.map')!.getBoundingClientRect().height;
      expect(height).to.be.greaterThan(200);
      expect(height).to.be.at.most(0.75 * 360 + 1);
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });

  it('shows list and map side by side in a wide container', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      `<div style="width: 1000px"><aisle-store-locator tiles="" near="48.8566,2.3522"></aisle-store-locator></div>`,
    );
    const el = wrapper.querySelector('aisle-store-locator')!;
    await waitUntil(() => cards(el).length > 0, 'no stores', { timeout: 5000 });
    expect(getComputedStyle($(el, '[part="view-switch"]')!).display).to.equal('none');
    expect(getComputedStyle($(el, '.map-pane')!).display).not.to.equal('none');
    expect(getComputedStyle($(el, '.list-pane')!).display).not.to.equal('none');
  });
});

describe('<aisle-store-locator>: searching client-side stores', () => {
  it('suggests a store by name and selects it after the search', async () => {
    const stores = generateStores(400, 2);
    const target = stores[123]!;
    const el = await fixture<AisleStoreLocator>(
      html`<aisle-store-locator no-map .stores=${stores}></aisle-store-locator>`,
    );
    const input = $<HTMLInputElement>(el, 'input[role="combobox"]')!;
    input.focus();
    await sendKeys({ type: target.name });
    // Suggestions for a part of the name may show first, on a slow machine.
    const options = () => [...el.shadowRoot!.querySelectorAll<HTMLElement>('[role="option"]')];
    await waitUntil(
      () => options().some((o) => o.textContent!.includes(target.name)),
      'no suggestion names the store',
    );
    expect(input.getAttribute('aria-expanded')).to.equal('true');
    const index = options().findIndex((o) => o.textContent!.includes(target.name));
    for (let i = 0; i <= index; i++) await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    // The arrow keys land on the store's suggestion, and the input points screen readers at it.
    const active = options().filter((o) => o.getAttribute('aria-selected') === 'true');
    expect(active).to.have.length(1);
    expect(active[0]!.textContent).to.contain(target.name);
    expect(input.getAttribute('aria-activedescendant')).to.equal(active[0]!.id);
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => $(el, 'article.selected'), 'nothing selected');
    expect($(el, 'article.selected')!.dataset.storeId).to.equal(target.id);
    expect(requests).to.have.length(0);
  });
});

describe('<aisle-store-locator>: typing in the search box', () => {
  it('leaves the listed stores’ cards as they are: their hours are not worked out again', async () => {
    // A card is made again in a new minute (its "open now"): the clock stays in this one.
    const clock = sinon.useFakeTimers({ now: Date.now(), toFake: ['Date'] });
    try {
      await typingLeavesCards();
    } finally {
      clock.restore();
    }
  });
});

/** Types into the search box of a listed locator: its cards stay as they were. */
async function typingLeavesCards() {
  // Each store counts the reads of its weekly hours: a card reads them each time it is made.
  let reads = 0;
  const stores = generateStores(400, 2).map((s) => {
    const { weekly } = s.hours;
    const hours = Object.defineProperty({ ...s.hours }, 'weekly', {
      get: () => (reads++, weekly),
    });
    return { ...s, hours };
  });
  const el = await fixture<AisleStoreLocator>(
    html`<aisle-store-locator no-map near="45.764,4.8357" radius="300" .stores=${stores}>
    </aisle-store-locator>`,
  );
  await waitUntil(() => cards(el).length === 10, 'no stores listed');
  await el.updateComplete;
  const before = cards(el).map((c) => c.textContent);
  reads = 0;
  const input = $<HTMLInputElement>(el, 'input[role="combobox"]')!;
  input.focus();
  await sendKeys({ type: 'Ly' });
  await waitUntil(() => input.getAttribute('aria-expanded') === 'true', 'no suggestions');
  await el.updateComplete;
  expect(reads).to.equal(0);
  expect(cards(el).map((c) => c.textContent)).to.deep.equal(before);
  // A change a card shows still makes it again: the selected store.
  $(el, 'article.store')!.querySelector<HTMLElement>('[part~="make-my-store"]')!.click();
  await el.updateComplete;
  expect(cards(el)[0]!.querySelector('[part~="my-store"]')).to.exist;
  expect(cards(el)[1]!.querySelector('[part~="my-store"]')).to.not.exist;
}
