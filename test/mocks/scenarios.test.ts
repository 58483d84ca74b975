import { expect } from '@open-wc/testing';
import sinon from 'sinon';
import type { AvailabilityEntry, Store } from '../../src/client/types.js';
import { createMockApi, mockApi } from '../../src/mocks/mock-api.js';
import { useHandlers } from '../helpers/mock-api.js';
import { BASE, get, post, type Problem } from './api.js';

const AVAIL = '/availability?skus=AISLE-0001,AISLE-0002&stores=lyon-part-dieu,paris-chatelet';

describe('mock API: scenarios', () => {
  it('offline: fetch rejects with a network error', async () => {
    mockApi.setScenario({ offline: true });
    let error: unknown;
    await fetch(`${BASE}/stores`).catch((e) => (error = e));
    expect(error).to.be.instanceOf(TypeError);
  });

  it('status500: 500 internal_error problem, and nothing is held', async () => {
    mockApi.setScenario({ status500: true });
    const { status, body } = await post<Problem>('/holds', {
      sku: 'AISLE-0001',
      storeId: 'lyon-part-dieu',
      quantity: 1,
    });
    expect(status).to.equal(500);
    expect(body.code).to.equal('internal_error');
    expect(mockApi.stats()).to.include({ holdsCreated: 0, faults: 1 });
  });

  it('serviceUnavailable: 503 with Retry-After', async () => {
    mockApi.setScenario({ serviceUnavailable: { retryAfter: 7 } });
    const { status, headers, body } = await get<Problem>('/stores');
    expect(status).to.equal(503);
    expect(headers.get('Retry-After')).to.equal('7');
    expect(body.code).to.equal('service_unavailable');
  });

  it('rateLimited: 429 with Retry-After', async () => {
    mockApi.setScenario({ rateLimited: { retryAfter: 2 } });
    const { status, headers, body } = await get<Problem>('/stores');
    expect(status).to.equal(429);
    expect(headers.get('Retry-After')).to.equal('2');
    expect(body.code).to.equal('rate_limited');
  });

  it('malformedJson: a 200 whose body does not parse', async () => {
    mockApi.setScenario({ malformedJson: true });
    const res = await fetch(`${BASE}/stores`);
    expect(res.status).to.equal(200);
    let error: unknown;
    await res.json().catch((e) => (error = e));
    expect(error).to.be.instanceOf(SyntaxError);
  });

  it('invalidSchema: well-formed JSON that breaks the contract', async () => {
    mockApi.setScenario({ invalidSchema: true });
    const { status, body } = await get<{ availability: Record<string, unknown>[] }>(AVAIL);
    expect(status).to.equal(200);
    expect(body.availability.length).to.be.greaterThan(0);
    for (const e of body.availability) expect(e).to.include({ status: 'maybe', quantity: '-3' });
    const stores = await get<{ stores: { location: unknown }[] }>('/stores?limit=2');
    expect(stores.body.stores[0]?.location).to.deep.equal({ lat: 'north', lng: null });
  });

  it('emptyStores: searches find nothing', async () => {
    mockApi.setScenario({ emptyStores: true });
    expect(
      (await get<{ stores: Store[] }>('/stores?lat=45.76&lng=4.83')).body.stores,
    ).to.deep.equal([]);
    const near = await get<{ availability: AvailabilityEntry[] }>(
      '/availability?skus=AISLE-0001&lat=45.76&lng=4.83',
    );
    expect(near.body.availability).to.deep.equal([]);
    expect((await get<Store>('/stores/lyon-part-dieu')).status).to.equal(200);
  });

  it('only: the fault applies to the named endpoints alone', async () => {
    mockApi.setScenario({ status500: true, only: ['getAvailability'] });
    expect((await get(AVAIL)).status).to.equal(500);
    expect((await get('/stores?limit=1')).status).to.equal(200);
    expect((await get('/stores/lyon-part-dieu')).status).to.equal(200);
  });

  it('times: the fault applies to the next n matching requests, then the mock recovers', async () => {
    mockApi.setScenario({ serviceUnavailable: { retryAfter: 1 }, only: 'searchStores', times: 2 });
    expect((await get('/stores/lyon-part-dieu')).status).to.equal(200); // not matching: not counted
    expect((await get('/stores')).status).to.equal(503);
    expect((await get('/stores')).status).to.equal(503);
    expect(mockApi.scenario().times).to.equal(0);
    expect((await get('/stores')).status).to.equal(200);
    const stats = mockApi.stats();
    expect(stats.faults).to.equal(2);
    expect(stats.requests.searchStores).to.equal(3);
  });

  it('errorRate: a seeded share of requests fail', async () => {
    mockApi.setScenario({ errorRate: 0.5 });
    const statuses: number[] = [];
    for (let i = 0; i < 20; i++) statuses.push((await get('/stores/lyon-part-dieu')).status);
    const failed = statuses.filter((s) => s === 500).length;
    expect(failed).to.be.within(4, 16);
    expect(statuses.filter((s) => s === 200).length).to.equal(20 - failed);
  });

  it('latency: the answer waits for the clock', async () => {
    const clock = sinon.useFakeTimers({
      toFake: ['setTimeout', 'clearTimeout'],
      shouldClearNativeTimers: true,
    });
    try {
      mockApi.setScenario({ latency: 800 });
      let settled = false;
      const pending = fetch(`${BASE}/stores/lyon-part-dieu`).then((r) => {
        settled = true;
        return r.status;
      });
      await clock.tickAsync(799);
      expect(settled).to.be.false;
      await clock.tickAsync(1);
      expect(await pending).to.equal(200);
    } finally {
      clock.restore();
    }
  });

  it('reset() clears the scenario', async () => {
    mockApi.setScenario({ offline: true });
    mockApi.reset();
    expect(mockApi.scenario()).to.deep.equal({});
    expect((await get('/stores?limit=1')).status).to.equal(200);
  });
});

describe('mock API: createMockApi options', () => {
  it('serves another base and requires a bearer key when asked', async () => {
    const api = createMockApi({ base: 'https://api.example.test/v2', requireApiKey: 'secret' });
    useHandlers(...api.handlers);
    const anonymous = await fetch('https://api.example.test/v2/stores?limit=1');
    expect(anonymous.status).to.equal(401);
    expect(anonymous.headers.get('WWW-Authenticate')).to.match(/^Bearer/);
    expect(((await anonymous.json()) as Problem).code).to.equal('unauthorized');
    const wrong = await fetch('https://api.example.test/v2/stores?limit=1', {
      headers: { Authorization: 'Bearer nope' },
    });
    expect(wrong.status).to.equal(401);
    const ok = await fetch('https://api.example.test/v2/stores?limit=1', {
      headers: { Authorization: 'Bearer secret' },
    });
    expect(ok.status).to.equal(200);
    expect(api.stats().requests.searchStores).to.equal(3);
    expect(mockApi.stats().total).to.equal(0);
  });

  it('titles problems in French for Accept-Language: fr', async () => {
    const { body, headers } = await get<Problem>('/stores/nowhere', {
      'Accept-Language': 'fr-FR,fr;q=0.9',
    });
    expect(body.title).to.equal('Magasin introuvable');
    expect(headers.get('Content-Language')).to.equal('fr');
  });

  it('serves a large generated network', async () => {
    const { generateStores } = await import('../../src/mocks/data/stores.js');
    const stores = generateStores(5000, 3);
    expect(stores).to.have.length(5000);
    expect(new Set(stores.map((s) => s.id)).size).to.equal(5000);
    expect(generateStores(5, 3).map((s) => s.name)).to.deep.equal(
      stores.slice(0, 5).map((s) => s.name),
    );
    const api = createMockApi({ base: '/big/v1', stores });
    useHandlers(...api.handlers);
    const res = await fetch('/big/v1/stores?lat=48.85&lng=2.35&limit=10');
    const body = (await res.json()) as { stores: Store[] };
    expect(body.stores).to.have.length(10);
    expect(body.stores[0]?.id).to.match(/^g3-/);
  });
});
