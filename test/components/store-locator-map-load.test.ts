/**
 * The locator's map chunk (Leaflet and the clustering) fails to load: a dropped connection, a
 * CDN that answers 503. The test server answers the chunk's request with 503 (see
 * scripts/failing-modules.mjs), so the browser's own `import()` rejects; nothing in the locator is
 * replaced. The shopper keeps a working list, reads why the map is missing where it would be, and
 * can try again; the page gets an `aisle-error`, and nothing is thrown at it. A browser may keep a
 * failed module load for the life of the page: this file runs in its own page (wtr gives each
 * file one) and never lets the chunk load.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from '../helpers/wait.js';
import '../../src/components/store-locator/define.js';
import type { AisleStoreLocator } from '../../src/components/store-locator/store-locator.js';
import { resetClientsForTests } from '../../src/client/shared.js';
import { en } from '../../src/i18n/messages/en.js';
import { fr } from '../../src/i18n/messages/fr.js';
import type { AisleErrorDetail } from '../../src/internal/events.js';
import '../helpers/mock-api.js';

const PARIS = '48.8566,2.3522';
const MAP_CHUNK = '/src/components/store-locator/locator-map.ts';

const $ = <T extends Element = HTMLElement>(el: AisleStoreLocator, selector: string) =>
  el.shadowRoot!.querySelector<T>(selector);
const $$ = <T extends Element = HTMLElement>(el: AisleStoreLocator, selector: string) => [
  ...el.shadowRoot!.querySelectorAll<T>(selector),
];
const shown = (e: Element | null | undefined) => !!e && e.getClientRects().length > 0;
const spaced = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();

/** What the page heard: `aisle-error` details, and anything thrown or rejected unhandled. */
const errors: AisleErrorDetail[] = [];
const uncaught: string[] = [];
const onError = (e: Event) => errors.push((e as CustomEvent<AisleErrorDetail>).detail);
const onThrown = (e: ErrorEvent) => uncaught.push(String(e.error ?? e.message));
const onRejected = (e: PromiseRejectionEvent) => uncaught.push(String(e.reason));

before(() => {
  document.cookie = `aisle-fail-modules=${encodeURIComponent(MAP_CHUNK)}; path=/`;
  document.addEventListener('aisle-error', onError);
  addEventListener('error', onThrown);
  addEventListener('unhandledrejection', onRejected);
});
after(() => {
  document.cookie = 'aisle-fail-modules=; path=/; max-age=0';
  document.removeEventListener('aisle-error', onError);
  removeEventListener('error', onThrown);
  removeEventListener('unhandledrejection', onRejected);
});
beforeEach(() => {
  resetClientsForTests();
  errors.length = uncaught.length = 0;
});

async function mount(width: number, lang: string): Promise<AisleStoreLocator> {
  const wrapper = await fixture<HTMLDivElement>(html`
    <div style="width: ${width}px">
      <aisle-store-locator lang=${lang} near=${PARIS} limit="5" tiles=""></aisle-store-locator>
    </div>
  `);
  const el = wrapper.querySelector('aisle-store-locator')!;
  await waitUntil(() => errors.length > 0, 'the map’s load to fail');
  await waitUntil(() => $$(el, 'article.store').length > 0, 'the stores');
  await el.updateComplete;
  return el;
}

describe('<aisle-store-locator>: the map’s code fails to load', () => {
  it('keeps the list working and says, where the map would be, that it could not load', async () => {
    const el = await mount(1000, 'en');
    expect(errors.map((e) => [e.code, e.element])).to.deep.equal([['load_failed', el]]);

    // Where the map would be, beside the list: the reason and "Try again", not an empty box.
    const pane = $(el, '.map-pane')!;
    const alert = pane.querySelector('[role="alert"]');
    expect(spaced(alert?.textContent)).to.equal(en.locatorMapFailed);
    expect(shown(alert), 'the message is visible').to.equal(true);
    const retry = pane.querySelector<HTMLButtonElement>('[part="retry"]')!;
    expect(spaced(retry.textContent)).to.equal(en.retry);
    expect(shown(retry), '"Try again" is visible').to.equal(true);
    expect(shown($(el, '.map')), 'no empty map box').to.equal(false);
    expect($(el, '.leaflet-container')).to.equal(null);
    const list = $(el, '[part="list"]')!.getBoundingClientRect();
    expect(pane.getBoundingClientRect().left, 'beside the list').to.be.at.least(list.right);

    // The list works without it: a store can be chosen.
    const card = $$(el, 'article.store')[1]!;
    const select = card.querySelector<HTMLButtonElement>('[part="store-select"]')!;
    select.click();
    await el.updateComplete;
    expect(card.classList.contains('selected')).to.equal(true);
    expect(select.getAttribute('aria-pressed')).to.equal('true');
    await expect(el).to.be.accessible();

    // Still failing: "Try again" says so again (and tells the page again), it does not go blank.
    retry.click();
    await waitUntil(() => errors.length === 2, 'the second failure');
    await el.updateComplete;
    expect(errors[1]!.code).to.equal('load_failed');
    expect(spaced($(el, '.map-pane [role="alert"]')?.textContent)).to.equal(en.locatorMapFailed);
    expect(shown($(el, '.map-pane [part="retry"]'))).to.equal(true);
    expect(shown($(el, '.map'))).to.equal(false);
    expect(uncaught, 'nothing thrown at the page').to.deep.equal([]);
  });

  it('mapReady() rejects with the failure rather than wait for ever, and again after "Try again"', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`
      <div style="width: 1000px">
        <aisle-store-locator near=${PARIS} limit="5" tiles=""></aisle-store-locator>
      </div>
    `);
    const el = wrapper.querySelector('aisle-store-locator')!;
    const settled = (p: Promise<void>) =>
      p.then(
        () => 'resolved',
        (e: unknown) => `rejected: ${String(e)}`,
      );
    const asked = settled(el.mapReady()); // before the chunk's load has failed
    expect(await asked).to.match(/^rejected: /);
    expect(errors.map((e) => e.code)).to.deep.equal(['load_failed']);
    expect(await settled(el.mapReady()), 'asked while failed').to.match(/^rejected: /);

    $(el, '.map-pane')!.querySelector<HTMLButtonElement>('[part="retry"]')!.click();
    const again = settled(el.mapReady());
    expect(await again).to.match(/^rejected: /);
    expect(errors.map((e) => e.code)).to.deep.equal(['load_failed', 'load_failed']);
    expect(uncaught, 'nothing thrown at the page').to.deep.equal([]);
  });

  it('on a narrow screen, the "Map" view says so in French, and "List" gives the list back', async () => {
    const el = await mount(360, 'fr');
    const [toList, toMap] = $$<HTMLButtonElement>(el, '[part="view-switch"] button');
    expect(spaced(toMap!.textContent)).to.equal(fr.locatorMap);
    toMap!.click();
    await el.updateComplete;
    const alert = $(el, '.map-pane [role="alert"]');
    expect(shown(alert), 'the message is visible').to.equal(true);
    expect(spaced(alert!.textContent)).to.equal(fr.locatorMapFailed);
    expect(spaced($(el, '.map-pane [part="retry"]')!.textContent)).to.equal(fr.retry);
    expect(shown($(el, '[part="list"]'))).to.equal(false);
    await expect(el).to.be.accessible();
    toList!.click();
    await el.updateComplete;
    expect(shown($(el, 'article.store'))).to.equal(true);
    expect(uncaught, 'nothing thrown at the page').to.deep.equal([]);
  });
});
