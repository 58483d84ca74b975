import { fixture, html } from '@open-wc/testing';
import { waitUntil } from '../helpers/wait.js';
import type { AisleStoreLocator } from '../../src/components/store-locator/store-locator.js';
import { generateStores } from '../../src/mocks/data/stores.js';
import { requests } from '../helpers/mock-api.js';

/** Shared by the store-locator test files that drive the element on the mock API. */
export const PARIS = '48.8566,2.3522';
/** The Bay of Biscay: no store within a few kilometres. */
export const SEA = '46.2,-3.2';

export const $ = <T extends Element = HTMLElement>(el: AisleStoreLocator, selector: string) =>
  el.shadowRoot!.querySelector<T>(selector);
export const $$ = <T extends Element = HTMLElement>(el: AisleStoreLocator, selector: string) => [
  ...el.shadowRoot!.querySelectorAll<T>(selector),
];
export const cards = (el: AisleStoreLocator) => $$(el, 'article.store');
export const storeRequests = () =>
  requests.filter((r) => new URL(r.url).pathname.endsWith('/stores'));
export const availabilityRequests = () =>
  requests.filter((r) => new URL(r.url).pathname.endsWith('/availability'));

export async function settled(el: AisleStoreLocator) {
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

export async function locator(attrs: string, lang = 'en-IE') {
  const wrapper = await fixture<HTMLDivElement>(
    `<div lang="${lang}"><aisle-store-locator no-map ${attrs}></aisle-store-locator></div>`,
  );
  const el = wrapper.querySelector('aisle-store-locator')!;
  await el.updateComplete;
  return el;
}

/** A locator over `count` generated stores given client-side, around Lyon, with a map. */
export async function largeNetwork(count: number, seed: number, radius = 20) {
  const wrapper = await fixture<HTMLDivElement>(html`
    <div style="width: 1000px">
      <aisle-store-locator
        near="45.764,4.8357"
        radius=${radius}
        limit="10"
        tiles=""
        .stores=${generateStores(count, seed)}
      ></aisle-store-locator>
    </div>
  `);
  return wrapper.querySelector('aisle-store-locator')!;
}

/** A locator near Paris (at most 6 stores within 10 km) in a box 1000 px wide, without tiles. */
export async function parisLocator(): Promise<AisleStoreLocator> {
  const wrapper = await fixture<HTMLDivElement>(html`
    <div style="width: 1000px">
      <aisle-store-locator near=${PARIS} limit="6" radius="10" tiles=""></aisle-store-locator>
    </div>
  `);
  return wrapper.querySelector('aisle-store-locator')!;
}
