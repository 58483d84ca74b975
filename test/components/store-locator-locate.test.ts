import { expect, fixture } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import sinon from 'sinon';
import { resetClientsForTests } from '../../src/client/shared.js';
import '../../src/components/store-locator/define.js';
import type { AisleStoreLocator } from '../../src/components/store-locator/store-locator.js';
import { geocoderHandlers, resetGeocoderMock, setGeocoderMock } from '../../src/mocks/geocoders.js';
import { holdAnswers, requests, useHandlers } from '../helpers/mock-api.js';
import { waitUntil } from '../helpers/wait.js';
import { $, cards, locator } from './store-locator-harness.js';

/** Toulouse: far from every place typed below. */
const TOULOUSE = { coords: { latitude: 43.6047, longitude: 1.4442 } };

const textSearches = () => requests.filter((r) => new URL(r.url).searchParams.has('q'));

/** Puts `text` in the search box in one input event (no request for part of it), then Enter. */
async function typeAndEnter(el: AisleStoreLocator, text: string) {
  const input = $<HTMLInputElement>(el, 'input[role="combobox"]')!;
  input.focus();
  input.value = text;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  await sendKeys({ press: 'Enter' });
}

/** Presses Enter on "Use my location": a trusted key press, as browsers require. */
async function useMyLocation(el: AisleStoreLocator) {
  $(el, '[part="locate-button"]')!.focus();
  await sendKeys({ press: 'Enter' });
}

const addresses = (el: AisleStoreLocator) =>
  cards(el).map((c) => c.querySelector('.address')!.textContent!);

beforeEach(() => resetClientsForTests());
afterEach(() => {
  sinon.restore();
  resetGeocoderMock();
});

describe('<aisle-store-locator>: use my location while a text search runs', () => {
  it('keeps the position when the typed place answers after the click', async () => {
    sinon
      .stub(navigator.geolocation, 'getCurrentPosition')
      .callsFake((ok) => ok(TOULOUSE as never));
    const release = holdAnswers('get', '/stores', 1); // the typed place's look-up is slow
    const el = await locator('limit="3"', 'en');
    await typeAndEnter(el, 'Marseille');
    await waitUntil(() => textSearches().length > 0, 'the place was never asked for');
    await useMyLocation(el);
    await waitUntil(() => cards(el).length > 0, 'no stores', { timeout: 5000 });
    expect(addresses(el).join()).to.contain('Toulouse');
    release(); // the look-up of "Marseille" answers now, late
    await el['place'].box.settled;
    await el.updateComplete;
    await el['data'].search.taskComplete;
    await el.updateComplete;
    expect(addresses(el).join()).to.contain('Toulouse');
    expect(addresses(el).join()).not.to.contain('Marseille');
    expect($(el, 'h2')?.textContent ?? '').not.to.contain('Marseille');
  });

  it('lets a place picked while the device locates win over the position', async () => {
    let answer!: () => void;
    sinon
      .stub(navigator.geolocation, 'getCurrentPosition')
      .callsFake((ok) => (answer = () => ok(TOULOUSE as never)));
    const el = await locator('limit="3"', 'en');
    await useMyLocation(el);
    await waitUntil(() => answer, 'the position was never asked for');
    await typeAndEnter(el, 'Marseille');
    await waitUntil(() => addresses(el).join().includes('Marseille'), 'no stores in Marseille', {
      timeout: 5000,
    });
    answer(); // the device answers late
    await waitUntil(() => !el['place'].locating, 'still locating');
    await el.updateComplete;
    await el['data'].search.taskComplete;
    await el.updateComplete;
    expect(addresses(el).join()).to.contain('Marseille');
    expect($<HTMLInputElement>(el, 'input[role="combobox"]')!.value).to.equal('Marseille');
    expect($(el, 'h2')!.textContent).to.contain('Marseille');
  });
});

describe('<aisle-store-locator>: use my location with the address service down', () => {
  it('keeps saying address search is unavailable (it still is)', async () => {
    useHandlers(...geocoderHandlers);
    setGeocoderMock({ ban: 'error' });
    sinon
      .stub(navigator.geolocation, 'getCurrentPosition')
      .callsFake((ok) => ok(TOULOUSE as never));
    const el = await locator('geocoder="ban" limit="3"', 'en');
    await typeAndEnter(el, 'Lyon');
    await waitUntil(() => addresses(el).join().includes('Lyon'), 'no stores in Lyon', {
      timeout: 5000,
    });
    expect($(el, '.notice')!.textContent).to.contain('Address search is unavailable');
    await useMyLocation(el);
    await waitUntil(
      () => addresses(el).join().includes('Toulouse'),
      'no stores around the position',
      {
        timeout: 5000,
      },
    );
    expect($(el, '.notice')!.textContent).to.contain('Address search is unavailable');
  });
});

describe('<aisle-store-locator>: the heading after "Use my location"', () => {
  for (const [lang, heading] of [
    ['en', 'Stores near you'],
    ['fr', 'Magasins près de vous'],
  ] as const) {
    it(`says the stores are near the shopper (${lang}), until a place is searched`, async () => {
      sinon
        .stub(navigator.geolocation, 'getCurrentPosition')
        .callsFake((ok) => ok(TOULOUSE as never));
      const el = await locator('limit="3"', lang);
      await useMyLocation(el);
      await waitUntil(() => cards(el).length > 0, 'no stores', { timeout: 5000 });
      expect($(el, 'h2')!.textContent!.trim()).to.equal(heading);
      await typeAndEnter(el, 'Marseille');
      await waitUntil(() => $(el, 'h2')!.textContent!.includes('Marseille'), 'no new heading', {
        timeout: 5000,
      });
    });
  }
});

describe('<aisle-store-locator>: "Use my location" refused on a phone', () => {
  it('brings the reason into view when the button sits at the bottom of the screen', async () => {
    sinon
      .stub(navigator.geolocation, 'getCurrentPosition')
      .callsFake((_ok, fail) => fail!({ code: 1, message: 'denied' } as GeolocationPositionError));
    const wrapper = await fixture<HTMLDivElement>(
      `<div lang="en" style="width: 320px"><div></div><aisle-store-locator no-map
        limit="3"></aisle-store-locator><div style="height: 2000px"></div></div>`,
    );
    const el = wrapper.querySelector('aisle-store-locator')!;
    await el.updateComplete;
    const button = $(el, '[part="locate-button"]')!;
    // The button's last pixels at the bottom of the window, the notice's row below it.
    const spacer = wrapper.firstElementChild as HTMLElement;
    spacer.style.height = `${innerHeight - button.getBoundingClientRect().bottom - 4}px`;
    await useMyLocation(el);
    await waitUntil(() => $(el, '.notice')!.textContent!.includes('Location'), 'no reason given');
    await new Promise((r) => requestAnimationFrame(r));
    // Before: the reason stayed below the fold, and nothing seemed to happen.
    expect($(el, '.notice')!.getBoundingClientRect().bottom).to.be.at.most(innerHeight + 1);
  });
});
