/**
 * Hostile data: every text field the API returns (store names, addresses, city, region,
 * country, phone, email, url, services, problem titles and details) carries a payload from the
 * XSS corpus. Nothing may run (the `window.__pwned` trap), no element or attribute may be
 * injected anywhere (light DOM or any shadow root), the text must show as text, and links
 * built from data must never carry `javascript:`.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import { resetClientsForTests } from '../../src/client/shared.js';
import type { Store } from '../../src/client/types.js';
import '../../src/components/reserve-button/define.js';
import type { AisleReserveButton } from '../../src/components/reserve-button/reserve-button.js';
import '../../src/components/stock-badge/define.js';
import type { AisleStockBadge } from '../../src/components/stock-badge/stock-badge.js';
import '../../src/components/store-locator/define.js';
import type { AisleStoreLocator } from '../../src/components/store-locator/store-locator.js';
import { distanceKm } from '../../src/geo/distance.js';
import { createMockApi, mockApi } from '../../src/mocks/mock-api.js';
import { myStore } from '../../src/state/my-store.js';
import { useHandlers } from '../helpers/mock-api.js';
import { deepText, until, watchPage, type PageWatch } from './harness.js';
import { MARKER, XSS_CORPUS } from './xss-corpus.js';

declare global {
  interface Window {
    __pwned?: unknown;
  }
}

const PARIS = { lat: 48.8566, lng: 2.3522 };
const SKU = 'AISLE-0001';
const n = XSS_CORPUS.length;
const pay = (i: number) => XSS_CORPUS[i % n]!;

/** The stores nearest Paris, one per payload, each text field carrying a payload. */
const hostileStores: Store[] = [...mockApi.stores]
  .sort((a, b) => distanceKm(PARIS, a.location) - distanceKm(PARIS, b.location))
  .slice(0, n)
  .map((s, i) => ({
    ...s,
    name: pay(i),
    address: {
      ...s.address,
      line1: pay(i + 1),
      line2: pay(i + 2),
      city: pay(i + 3),
      region: pay(i + 4),
      country: pay(i + 5),
    },
    phone: pay(i + 6),
    email: pay(i + 7),
    url: pay(i + 8),
    pickup: { ...s.pickup, enabled: true, slots: false },
  }));
const hostileApi = createMockApi({ stores: hostileStores });
const farthest = Math.max(...hostileStores.map((s) => distanceKm(PARIS, s.location)));

const fold = (s: string) => s.replace(/\s+/g, ' ').trim();
const SAFE_SCHEMES = new Set(['http:', 'https:', 'tel:', 'mailto:']);
/** Elements no payload may create (Aisle's own SVG icons are checked by attribute instead). */
const FORBIDDEN =
  'img, iframe, object, embed, video, audio, marquee, math, link, form, input[autofocus], template, noscript, body';

/** Every element under `root`, through open shadow roots. */
function allElements(root: ParentNode): Element[] {
  const out: Element[] = [];
  const walk = (node: ParentNode) => {
    for (const el of node.querySelectorAll('*')) {
      out.push(el);
      if (el.shadowRoot) walk(el.shadowRoot);
    }
  };
  walk(root);
  return out;
}

/** Nothing ran, nothing was injected, and every data-built link is safe. */
function expectInert(host: Element): void {
  expect(window.__pwned, 'a payload ran').to.equal(undefined);
  const scope = [host, ...allElements(host)];
  for (const el of scope) {
    const tag = el.tagName.toLowerCase();
    expect(el.matches(FORBIDDEN), `injected <${tag}>`).to.equal(false);
    if (tag === 'script') {
      expect(el.getAttribute('type'), 'only Aisle JSON-LD scripts').to.equal('application/ld+json');
      expect(el.textContent, 'JSON-LD cannot close its script').not.to.match(/<\/script/i);
      expect(() => JSON.parse(el.textContent ?? '')).not.to.throw();
    }
    if (tag === 'style') expect(el.textContent).not.to.include(MARKER);
    for (const attr of el.attributes) {
      expect(attr.name.startsWith('on'), `event handler ${attr.name} on <${tag}>`).to.equal(false);
      expect(attr.name, `attribute from data on <${tag}>`).not.to.match(/^(x|data-x|autofocus)$/);
      if (attr.name === 'style') expect(attr.value).not.to.include('javascript');
    }
    if (el instanceof HTMLAnchorElement && el.hasAttribute('href')) {
      expect(SAFE_SCHEMES.has(new URL(el.href).protocol), `link ${el.href}`).to.equal(true);
      expect(el.getAttribute('href')!.toLowerCase()).not.to.include('javascript');
    }
  }
}

function expectVerbatim(text: string, payloads: Iterable<string>): void {
  for (const p of payloads) expect(text, 'the payload shows as text').to.include(fold(p));
}

describe('hostile data (XSS corpus)', () => {
  let watch: PageWatch;

  before(() => {
    expect(n).to.be.at.least(50);
  });

  beforeEach(() => {
    resetClientsForTests();
    sessionStorage.clear();
    myStore().set(null, 'none');
    delete window.__pwned;
    useHandlers(...hostileApi.handlers);
    watch = watchPage();
  });

  afterEach(() => {
    watch.stop();
    hostileApi.reset();
    expect(window.__pwned, 'a payload ran').to.equal(undefined);
  });

  it('the corpus holds at least 50 distinct payloads, each marked', () => {
    expect(new Set(XSS_CORPUS).size).to.equal(n);
    for (const p of XSS_CORPUS) expect(p).to.include(MARKER);
  });

  it('<aisle-store-locator> lists every hostile store as text, with the map and structured data', async () => {
    const el = await fixture<AisleStoreLocator>(
      html`<aisle-store-locator
        near="${PARIS.lat},${PARIS.lng}"
        radius=${Math.ceil(farthest + 5)}
        limit=${n}
        tiles=""
        sku=${SKU}
        structured-data
      ></aisle-store-locator>`,
    );
    await until(
      () => el.shadowRoot!.querySelectorAll('article.store').length === n,
      'every hostile store listed',
    );
    await until(() => el.shadowRoot!.querySelector('.leaflet-marker-icon'), 'the map markers');
    await el.updateComplete;
    const text = fold(deepText(el));
    expectVerbatim(
      text,
      hostileStores.map((s) => s.name),
    );
    expectVerbatim(
      text,
      hostileStores.map((s) => s.address.line1),
    );
    expectVerbatim(
      text,
      hostileStores.map((s) => s.address.city),
    );
    // Open every store's hours and select one on the map: more data on screen.
    for (const d of el.shadowRoot!.querySelectorAll('details')) d.open = true;
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="store-select"]')?.click();
    await el.updateComplete;
    expectInert(el);
    // The page's head: only Aisle's JSON-LD may come from data, and it must stay data.
    for (const script of document.querySelectorAll('script[type="application/ld+json"]')) {
      expect(script.textContent).not.to.match(/<\/script/i);
      expect(() => JSON.parse(script.textContent ?? '')).not.to.throw();
    }
    for (const e of allElements(document.head)) {
      if (e.tagName !== 'SCRIPT') expect(e.outerHTML).not.to.include(MARKER);
    }
    // Marker titles are attributes set from data: they hold the text, not markup.
    const titles = [...el.shadowRoot!.querySelectorAll('.leaflet-marker-icon')].map((m) =>
      m.getAttribute('title'),
    );
    expect(titles.filter(Boolean).length).to.be.greaterThan(0);
    // A phone that is not only a number shows as text (no href); a number links as digits only.
    for (const a of el.shadowRoot!.querySelectorAll<HTMLAnchorElement>('a[part~="store-phone"]')) {
      const href = a.getAttribute('href');
      if (href !== null) expect(href).to.match(/^tel:\+?\d+$/);
    }
    expect(watch.uncaught).to.deep.equal([]);
  });

  it('<aisle-stock-badge> shows hostile store names as text, here and as the nearest store', async () => {
    const [here, other] = hostileStores;
    hostileApi.setStock(SKU, here!.id, { status: 'out_of_stock', quantity: 0 });
    for (const s of hostileStores.slice(1)) {
      hostileApi.setStock(SKU, s.id, {
        status: s === other ? 'in_stock' : 'out_of_stock',
        quantity: s === other ? 4 : 0,
      });
    }
    const el = await fixture<AisleStockBadge>(
      html`<aisle-stock-badge sku=${SKU} store=${here!.id}></aisle-stock-badge>`,
    );
    await until(
      () => el.status === 'out-of-stock' && deepText(el).includes(fold(other!.name)),
      'the nearest store',
    );
    expectVerbatim(fold(deepText(el)), [here!.name, other!.name]);
    expectInert(el);
  });

  it('the badge picker lists hostile stores as text', async () => {
    const el = await fixture<AisleStockBadge>(
      html`<aisle-stock-badge sku=${SKU}></aisle-stock-badge>`,
    );
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part="action"]')!.click();
    // The picker's code loads on first use.
    await until(
      () => el.shadowRoot!.querySelector('aisle-store-picker')?.shadowRoot?.querySelector('input'),
      'the picker',
    );
    const picker = el.shadowRoot!.querySelector('aisle-store-picker')!;
    const input = picker.shadowRoot!.querySelector('input')!;
    input.value = hostileStores[0]!.address.postalCode;
    input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    input.form?.requestSubmit();
    await until(() => picker.shadowRoot!.querySelectorAll('li').length > 0, 'the picker results');
    await picker.updateComplete;
    expectInert(el);
    expect(deepText(picker)).to.include(MARKER);
  });

  it('<aisle-reserve-button> shows hostile store data as text through to the confirmation', async () => {
    const store = hostileStores[3]!;
    hostileApi.setStock(SKU, store.id, { status: 'in_stock', quantity: 5 });
    const el = await fixture<AisleReserveButton>(
      html`<aisle-reserve-button
        sku=${SKU}
        store=${store.id}
        product-name=${pay(9)}
      ></aisle-reserve-button>`,
    );
    const $ = (p: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~="${p}"]`);
    $('button')!.click();
    await until(() => $('hold'), 'the store step');
    expectVerbatim(fold(deepText(el)), [
      store.name,
      store.address.line1,
      store.address.city,
      pay(9),
    ]);
    expectInert(el);
    $('hold')!.click();
    await until(() => $('form'), 'the contact form');
    for (const [id, value] of [
      ['name', pay(10)],
      ['email', 'ada@example.com'],
    ] as const) {
      const input = el.shadowRoot!.querySelector<HTMLInputElement>(`#${id}`)!;
      input.value = value;
      input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    }
    el.shadowRoot!.querySelector<HTMLInputElement>('#terms')!.click();
    await el.updateComplete;
    $('confirm')!.click();
    await until(
      () => $('code') && deepText(el).includes(fold(store.address.line1)),
      'the confirmation',
    );
    expectVerbatim(fold(deepText(el)), [store.name, store.address.line1, store.address.city]);
    expectInert(el);
  });

  it('problem details with hostile titles and details never reach the page as markup', async () => {
    const store = hostileStores[5]!;
    let k = 0;
    useHandlers(
      http.get('*/aisle-api/v1/availability', () => {
        const p = pay(k++);
        return HttpResponse.json(
          { type: p, title: p, status: 500, detail: p, code: p, instance: p },
          { status: 500, headers: { 'Content-Type': 'application/problem+json' } },
        );
      }),
    );
    const messages: string[] = [];
    const onError = (e: Event) =>
      messages.push(String((e as CustomEvent<{ code: string }>).detail.code));
    addEventListener('aisle-error', onError);
    try {
      const badge = await fixture<AisleStockBadge>(
        html`<aisle-stock-badge sku=${SKU} store=${store.id}></aisle-stock-badge>`,
      );
      await until(() => badge.status === 'error', 'the badge error', 15_000);
      expectInert(badge);
      expect(deepText(badge)).not.to.include(MARKER); // problem text is not shown to shoppers
      expect(messages.length).to.be.greaterThan(0);
    } finally {
      removeEventListener('aisle-error', onError);
    }
  });
});
