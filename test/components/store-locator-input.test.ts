/**
 * The locator held to what it was asked: bad attributes are named in the console and fall back
 * to defaults, and an API that answers more than the question (too many stores, too far, no
 * distances) does not make the list say something false.
 */
import { expect, fixture } from '@open-wc/testing';
import { waitUntil } from '../helpers/wait.js';
import { http, HttpResponse } from 'msw';
import sinon from 'sinon';
import { resetClientsForTests } from '../../src/client/shared.js';
import {
  attributeProblems,
  limitCount,
  radiusKm,
} from '../../src/components/store-locator/attribute-check.js';
import '../../src/components/store-locator/define.js';
import type { AisleStoreLocator } from '../../src/components/store-locator/store-locator.js';
import { mockApi } from '../../src/mocks/mock-api.js';
import { requests, useHandlers } from '../helpers/mock-api.js';
import { fixtureStore } from './store-locator-fixtures.js';

const PARIS = { lat: 48.8566, lng: 2.3522 };
const cards = (el: AisleStoreLocator) => [...el.shadowRoot!.querySelectorAll('article.store')];

async function locator(attrs: string): Promise<AisleStoreLocator> {
  const wrapper = await fixture<HTMLDivElement>(
    `<div lang="en"><aisle-store-locator no-map ${attrs}></aisle-store-locator></div>`,
  );
  return wrapper.querySelector('aisle-store-locator')!;
}

beforeEach(() => resetClientsForTests());

describe('<aisle-store-locator>: what it was asked', () => {
  it('finds the town of "69001 Lyon" when no store has that postcode (the API’s search)', async () => {
    const el = await locator('query="69001 Lyon" limit="3"');
    await waitUntil(() => cards(el).length > 0, 'no stores', { timeout: 5000 });
    expect(el.shadowRoot!.querySelector('h2')!.textContent).to.equal('Stores near Lyon');
    expect(cards(el)[0]!.querySelector('.address')!.textContent).to.contain('Lyon');
    const asked = requests.map((r) => new URL(r.url).searchParams.get('q')).filter(Boolean);
    expect(asked).to.deep.equal(['69001 Lyon', '69001', 'Lyon']); // in turn, until one finds stores
  });

  it('finds the stores of a postcode’s area when no store has that postcode', async () => {
    const el = await locator('query="75015" limit="3"');
    await waitUntil(() => cards(el).length > 0, 'no stores', { timeout: 5000 });
    // The place nearest in number to 75015 of those the stores have, not the first (75001).
    expect(el.shadowRoot!.querySelector('h2')!.textContent).to.match(
      /^Stores near 7501[46] Paris$/,
    );
    // Nearest first: a store of that postcode (then maybe Malakoff, next door, before Paris 1er).
    expect(cards(el)[0]!.querySelector('.address')!.textContent).to.match(/7501[46] Paris/);
    const asked = requests.map((r) => new URL(r.url).searchParams.get('q')).filter(Boolean);
    expect(asked).to.deep.equal(['75015', '75']); // in turn, until one finds stores
  });

  it('names each bad attribute value', () => {
    const ok = {
      near: '48.85,2.35',
      radius: 25,
      limit: 10,
      tiles: null,
      sku: 'AISLE-0001',
      skus: null,
    };
    expect(attributeProblems(ok)).to.deep.equal([]);
    expect(attributeProblems({ ...ok, tiles: '' })).to.deep.equal([]);
    // Removed (a CMS editor clearing the field): the default applies, nothing to say.
    expect(attributeProblems({ ...ok, radius: null, limit: null })).to.deep.equal([]);
    // TMS servers count rows from the bottom: Leaflet's {-y}.
    expect(attributeProblems({ ...ok, tiles: 'https://t.example/{z}/{x}/{-y}.png' })).to.deep.equal(
      [],
    );
    const problems = attributeProblems({
      near: 'abc',
      radius: -5,
      limit: 0,
      tiles: 'https://tiles.example/map.png',
      sku: null,
      skus: 'AISLE-0001, <b>x</b>',
    });
    expect(problems).to.have.length(5);
    expect(problems.join('\n')).to.contain('ignores near="abc"');
    expect(problems.join('\n')).to.contain('radius');
    expect(problems.join('\n')).to.contain('limit');
    expect(problems.join('\n')).to.contain('tiles="https://tiles.example/map.png" ({z} {x} {y})');
    expect(problems.join('\n')).to.contain('ignores SKU="<b>x</b>"');
  });

  it('names a number as it was written, and refuses tile URLs that are not web addresses', async () => {
    const warn = sinon.stub(console, 'warn');
    try {
      await locator('radius="" limit="abc" tiles="javascript:alert(1)//{z}/{x}/{y}"');
      const said = warn.args.flat().join('\n');
      expect(said).to.contain('ignores radius="" (0 < km ≤ 20000)');
      expect(said).to.contain('ignores limit="abc" (1-500)');
      expect(said).to.contain('ignores tiles="javascript:alert(1)//{z}/{x}/{y}"');
    } finally {
      warn.restore();
    }
    const ok = { near: null, radius: 25, limit: 10, sku: null, skus: null };
    for (const tiles of [
      'https://t.example/{z}/{x}/{y}.png',
      '/tiles/{z}/{x}/{y}.png',
      'tiles/{z}/{x}/{y}.png',
    ])
      expect(attributeProblems({ ...ok, tiles })).to.deep.equal([]);
    for (const tiles of ['data:image/png,{z}{x}{y}', 'JavaScript:x//{z}/{x}/{y}'])
      expect(attributeProblems({ ...ok, tiles })).to.have.length(1);
  });

  it('brings a number past its range within it, as the README says', () => {
    expect([limitCount(100000), limitCount(2.5), limitCount(0)]).to.deep.equal([500, 2, 10]);
    expect([radiusKm(100000), radiusKm(-5)]).to.deep.equal([20000, 25]);
  });

  it('asks for no radius past the contract’s 20,000 km, and offers no wider search there', async () => {
    const warn = sinon.stub(console, 'warn');
    mockApi.setScenario({ emptyStores: true });
    try {
      const el = await locator(`near="${PARIS.lat},${PARIS.lng}" radius="30000"`);
      await waitUntil(() => el.shadowRoot!.querySelector('[part="empty"]'), 'the empty state');
      const radii = requests
        .map((r) => new URL(r.url))
        .filter((u) => u.pathname.endsWith('/stores'))
        .map((u) => u.searchParams.get('radius'));
      expect(radii).to.deep.equal(['20000']);
      expect(el.shadowRoot!.querySelector('[part="widen"]')).to.equal(null);
      expect(warn.args.flat().join('\n')).to.contain('ignores radius="30000"');
    } finally {
      warn.restore();
      mockApi.setScenario({});
    }
  });

  it('looks nothing up for a blank `query`: the shopper sees the prompt, not an error', async () => {
    const el = await locator('query="   "');
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part="prompt"]')).to.not.equal(null);
    expect(el.shadowRoot!.querySelector('[part="error"]')).to.equal(null);
    expect(el.shadowRoot!.textContent).not.to.contain('No place matches');
  });

  it('leaves a junk SKU out of its requests and says so in the console', async () => {
    const warn = sinon.stub(console, 'warn');
    try {
      const el = await locator(
        `near="${PARIS.lat},${PARIS.lng}" limit="3" skus="AISLE-0001, <b>x</b>"`,
      );
      await waitUntil(
        () => requests.some((r) => new URL(r.url).pathname.endsWith('/availability')),
        'no availability request',
      );
      const asked = requests
        .map((r) => new URL(r.url))
        .filter((u) => u.pathname.endsWith('/availability'))
        .map((u) => u.searchParams.get('skus'));
      expect(asked).to.deep.equal(['AISLE-0001']);
      await waitUntil(() => cards(el).length > 0, 'no stores');
      // One product asked about: each card speaks of it alone, not "n of 2 items".
      expect(el.shadowRoot!.textContent).not.to.match(/of 2 items/);
      expect(warn.args.flat().join('\n')).to.contain('"<b>x</b>"');
    } finally {
      warn.restore();
    }
  });

  it('shows at most `limit` stores within `radius`, nearest first, with distances, whatever the API sends', async () => {
    // 30 stores, in no order, without distanceKm, some far away, one twice.
    const stores = Array.from({ length: 30 }, (_, i) =>
      fixtureStore({
        id: `st-${i}`,
        name: `Store ${i}`,
        location: { lat: PARIS.lat + (i % 2 ? 1 : -1) * i * 0.004, lng: PARIS.lng },
      }),
    );
    useHandlers(
      http.get('*/aisle-api/v1/stores', () =>
        HttpResponse.json({ stores: [...stores, stores[1]!].reverse() }),
      ),
    );
    const el = await locator(`near="${PARIS.lat},${PARIS.lng}" limit="3" radius="5"`);
    await waitUntil(() => cards(el).length > 0, 'no stores');
    await el.updateComplete;
    expect(cards(el).map((c) => c.getAttribute('data-store-id'))).to.deep.equal([
      'st-0',
      'st-1',
      'st-2',
    ]);
    const distances = cards(el).map((c) => c.querySelector('.distance')?.textContent?.trim());
    for (const d of distances) expect(d).to.match(/\d/);
    expect(el.shadowRoot!.textContent).to.contain('3 stores within 5 km');
  });

  it('draws no tiles from a template Leaflet cannot fill in', async () => {
    const warn = sinon.stub(console, 'warn');
    try {
      const wrapper = await fixture<HTMLDivElement>(
        `<div style="width: 600px"><aisle-store-locator near="${PARIS.lat},${PARIS.lng}" tiles="https://tiles.example/map.png"></aisle-store-locator></div>`,
      );
      const el = wrapper.querySelector<AisleStoreLocator>('aisle-store-locator')!;
      await el.mapReady();
      await waitUntil(() => el.shadowRoot!.querySelector('.leaflet-marker-icon'), 'no markers');
      expect(el.shadowRoot!.querySelectorAll('.leaflet-tile')).to.have.length(0);
      expect(warn.args.flat().join('\n')).to.contain('ignores tiles=');
    } finally {
      warn.restore();
    }
  });
});
