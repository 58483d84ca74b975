import { expect } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import { TimedCache } from '../../src/client/cache.js';
import { AisleClient } from '../../src/client/client.js';
import { AisleApiError } from '../../src/client/errors.js';
import { reservationsOf } from '../../src/client/reservations.js';
import { useHandlers } from '../helpers/mock-api.js';
import {
  API,
  askedFor,
  availabilityHandler,
  hold,
  makeEntry,
  makeStore,
  nextTask,
  recordingSleep,
  requestsTo,
} from './fixtures.js';

/** A client on a hand-driven clock, with retries that never really wait. */
function clientAt(
  start = 1_000_000,
  extra: Partial<ConstructorParameters<typeof AisleClient>[0]> = {},
) {
  const clock = { t: start };
  const { sleep } = recordingSleep();
  const client = new AisleClient({ api: API, now: () => clock.t, sleep, ...extra });
  return { client, clock };
}

/** Availability that answers once, then fails with 503 (no Retry-After) from then on. */
function failingAfterFirst() {
  let calls = 0;
  return http.get(`*${API}/availability`, ({ request }) => {
    if (++calls > 1) return new HttpResponse(null, { status: 503 });
    const { skus, stores } = askedFor(request);
    return HttpResponse.json({
      availability: skus.flatMap((s) => stores.map((st) => makeEntry(s, st))),
    });
  });
}

describe('client: cache', () => {
  it('answers from the cache within the TTL and asks again after it', async () => {
    useHandlers(availabilityHandler());
    const { client, clock } = clientAt();
    const first = await client.availability('A', 's1');
    clock.t += 59_999;
    const second = await client.availability('A', 's1');
    expect(requestsTo('/availability')).to.have.length(1);
    expect(second).to.deep.equal({ ...first, stale: false });
    clock.t += 1;
    const third = await client.availability('A', 's1');
    expect(requestsTo('/availability')).to.have.length(2);
    expect(third.fetchedAt).to.equal(clock.t);
  });

  it('remembers a missing pair as unknown', async () => {
    useHandlers(availabilityHandler((sku) => sku === 'NONE'));
    const { client } = clientAt();
    expect((await client.availability('NONE', 's1')).value).to.equal(undefined);
    expect((await client.availability('NONE', 's1')).value).to.equal(undefined);
    expect(requestsTo('/availability')).to.have.length(1);
  });

  it('caches every pair of a request, so a later lookup of a fetched pair is free', async () => {
    useHandlers(availabilityHandler());
    const { client } = clientAt();
    await client.availabilityFor(['A', 'B'], ['s1', 's2']);
    await Promise.all([client.availability('B', 's2'), client.availability('A', 's1')]);
    expect(requestsTo('/availability')).to.have.length(1);
  });

  it('asks only for the pairs it does not have', async () => {
    useHandlers(availabilityHandler());
    const { client } = clientAt();
    await client.availability('A', 's1');
    const all = await client.availabilityFor(['A', 'B'], ['s1']);
    const sent = requestsTo('/availability').map(askedFor);
    expect(sent[1]).to.deep.equal({ skus: ['B'], stores: ['s1'] });
    expect(all.value.map((e) => e.sku)).to.deep.equal(['A', 'B']);
  });

  it('serves stale data when a refresh fails, within maxStaleMs, then rejects', async () => {
    useHandlers(failingAfterFirst());
    const { client, clock } = clientAt(1_000_000, { maxStaleMs: 300_000 });
    const fresh = await client.availability('A', 's1');
    clock.t += 120_000;
    const stale = await client.availability('A', 's1');
    expect(stale.stale).to.equal(true);
    expect(stale.value?.status).to.equal('in_stock');
    expect(stale.fetchedAt).to.equal(fresh.fetchedAt);
    clock.t += 180_000;
    const e = await client.availability('A', 's1').catch((err: unknown) => err);
    expect(e).to.be.instanceOf(AisleApiError);
    expect((e as AisleApiError).status).to.equal(503);
  });

  it('rejects a failed lookup that has no cached data', async () => {
    useHandlers(http.get(`*${API}/availability`, () => HttpResponse.error()));
    const { client } = clientAt();
    const e = await client.availability('A', 's1').catch((err: unknown) => err);
    expect((e as AisleApiError).kind).to.equal('network');
  });

  it('forgets a sku after a hold and after invalidate()', async () => {
    useHandlers(
      availabilityHandler(),
      http.post(`*${API}/holds`, () => HttpResponse.json(hold, { status: 201 })),
      http.delete(`*${API}/holds/h1`, () => new HttpResponse(null, { status: 204 })),
    );
    const { client } = clientAt();
    await Promise.all([client.availability('A', 's1'), client.availability('B', 's1')]);
    await reservationsOf(client).createHold(
      { sku: 'A', storeId: 's1', quantity: 1 },
      { idempotencyKey: 'k' },
    );
    await Promise.all([client.availability('A', 's1'), client.availability('B', 's1')]);
    expect(requestsTo('/availability').map((r) => askedFor(r).skus)).to.deep.equal([
      ['A', 'B'],
      ['A'],
    ]);
    await reservationsOf(client).releaseHold('h1');
    await client.availability('A', 's1');
    client.invalidate();
    await client.availability('B', 's1');
    expect(requestsTo('/availability')).to.have.length(4);
  });

  it('answers a request overtaken by invalidate() but does not cache it', async () => {
    useHandlers(availabilityHandler());
    const { client } = clientAt();
    await client.availability('B', 's1');
    const pending = Promise.all([client.availability('A', 's1'), client.availability('B', 's1')]);
    await nextTask(); // the request is in flight now
    client.invalidate('A');
    const [a, b] = await pending;
    expect([a.value?.sku, b.value?.sku]).to.deep.equal(['A', 'B']);
    await client.availability('A', 's1');
    expect(requestsTo('/availability').map((r) => askedFor(r).skus)).to.deep.equal([
      ['B'],
      ['A'],
      ['A'],
    ]);
  });

  it('searches stores once per query and primes getStore without distances', async () => {
    useHandlers(
      http.get(`*${API}/stores`, () =>
        HttpResponse.json({
          stores: [makeStore('s1', { distanceKm: 1.2 }), makeStore('s2', { distanceKm: 3.4 })],
        }),
      ),
    );
    const { client } = clientAt();
    const query = { near: { lat: 48.85, lng: 2.35 }, radiusKm: 10 };
    const [a, b] = await Promise.all([client.searchStores(query), client.searchStores(query)]);
    expect(a).to.deep.equal(b);
    expect(a[0]!.distanceKm).to.equal(1.2);
    const store = await client.getStore('s2');
    expect(store.id).to.equal('s2');
    expect(store.distanceKm).to.equal(undefined);
    await client.searchStores(query);
    expect(requestsTo('/stores')).to.have.length(1);
    expect(requestsTo('/stores/s2')).to.have.length(0);
  });

  it('de-duplicates getStore in flight and expires it after the store TTL', async () => {
    useHandlers(http.get(`*${API}/stores/s1`, () => HttpResponse.json(makeStore('s1'))));
    const { client, clock } = clientAt();
    await Promise.all([client.getStore('s1'), client.getStore('s1'), client.getStore('s1')]);
    expect(requestsTo('/stores/s1')).to.have.length(1);
    clock.t += 600_000;
    await client.getStore('s1');
    expect(requestsTo('/stores/s1')).to.have.length(2);
  });

  it('lets a store stand in when a refresh fails only while it is younger than maxStaleMs', async () => {
    let up = true;
    useHandlers(
      http.get(`*${API}/stores/s1`, () =>
        up ? HttpResponse.json(makeStore('s1')) : new HttpResponse(null, { status: 503 }),
      ),
    );
    const { client, clock } = clientAt(1_000_000, { storeTtlMs: 1000, maxStaleMs: 5000 });
    await client.getStore('s1');
    up = false;
    clock.t += 4999;
    expect((await client.getStore('s1')).id).to.equal('s1');
    clock.t += 1;
    const e = await client.getStore('s1').catch((err: unknown) => err);
    expect((e as AisleApiError).status).to.equal(503);
  });

  it('keeps loading a store for the caller still waiting when another aborts', async () => {
    useHandlers(http.get(`*${API}/stores/s1`, () => HttpResponse.json(makeStore('s1'))));
    const { client } = clientAt();
    const controller = new AbortController();
    const gone = client.getStore('s1', { signal: controller.signal }).catch((e: unknown) => e);
    const kept = client.getStore('s1');
    controller.abort();
    expect(((await gone) as AisleApiError).kind).to.equal('aborted');
    expect((await kept).id).to.equal('s1');
    expect(requestsTo('/stores/s1')).to.have.length(1);
  });

  it('aborts the shared store request once every caller has aborted', async () => {
    let arrived!: (signal: AbortSignal) => void;
    const request = new Promise<AbortSignal>((resolve) => (arrived = resolve));
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    useHandlers(
      http.get(`*${API}/stores/s1`, async ({ request }) => {
        arrived(request.signal);
        await gate;
        return HttpResponse.json(makeStore('s1'));
      }),
    );
    const { client } = clientAt();
    const a = new AbortController();
    const b = new AbortController();
    const pa = client.getStore('s1', { signal: a.signal }).catch((e: unknown) => e);
    const pb = client.getStore('s1', { signal: b.signal }).catch((e: unknown) => e);
    const signal = await request;
    a.abort();
    await Promise.resolve(); // a caller leaves a microtask after its abort (cache.ts, follow)
    expect(signal.aborted).to.equal(false);
    b.abort();
    await Promise.resolve();
    expect(signal.aborted).to.equal(true);
    expect(((await pa) as AisleApiError).kind).to.equal('aborted');
    expect(((await pb) as AisleApiError).kind).to.equal('aborted');
    release();
  });
});

describe('client: TimedCache', () => {
  it('keeps at most maxEntries, dropping the least recently written first', () => {
    const cache = new TimedCache<number>(2);
    cache.set('a', 1, 0);
    cache.set('b', 2, 0);
    cache.set('a', 3, 0); // written again: now the newest
    cache.set('c', 4, 0);
    expect(cache.size).to.equal(2);
    expect(cache.get('b')).to.equal(undefined);
    expect([cache.get('a')?.value, cache.get('c')?.value]).to.deep.equal([3, 4]);
  });
});
