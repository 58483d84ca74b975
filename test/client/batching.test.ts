import { expect } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import { AisleClient } from '../../src/client/client.js';
import { AisleApiError } from '../../src/client/errors.js';
import type { AvailabilityEntry } from '../../src/client/types.js';
import { useHandlers } from '../helpers/mock-api.js';
import {
  API,
  askedFor,
  availabilityHandler,
  makeEntry,
  nextTask,
  providerWith,
  requestsTo,
} from './fixtures.js';

const skus = (n: number, prefix = 'SKU') =>
  Array.from({ length: n }, (_, i) => `${prefix}-${String(i).padStart(4, '0')}`);

describe('client: availability batching', () => {
  it('coalesces 100 lookups made in one turn into exactly one request', async () => {
    useHandlers(availabilityHandler());
    const client = new AisleClient({ api: API });
    const all = skus(100);
    const results = await Promise.all(all.map((sku) => client.availability(sku, 'paris-01')));
    const sent = requestsTo('/availability');
    expect(sent).to.have.length(1);
    expect(askedFor(sent[0]!)).to.deep.equal({ skus: all, stores: ['paris-01'] });
    expect(results.map((r) => r.value?.sku)).to.deep.equal(all);
    expect(results.every((r) => r.value?.status === 'in_stock' && !r.stale)).to.equal(true);
  });

  it('batches lookups that follow awaited work started in the same task', async () => {
    useHandlers(availabilityHandler());
    const client = new AisleClient({ api: API });
    const later = async (sku: string) => {
      await Promise.resolve();
      await Promise.resolve();
      return client.availability(sku, 's1');
    };
    await Promise.all([client.availability('A', 's1'), later('B'), later('C')]);
    expect(requestsTo('/availability')).to.have.length(1);
  });

  it('removes duplicates, in the same turn and while a request is in flight', async () => {
    useHandlers(availabilityHandler());
    const client = new AisleClient({ api: API });
    const first = [
      client.availability('A', 's1'),
      client.availability('A', 's1'),
      client.availability('B', 's1'),
    ];
    await new Promise((r) => setTimeout(r, 0)); // the batch is now in flight
    const joined = client.availability('A', 's1');
    const values = await Promise.all([...first, joined]);
    const sent = requestsTo('/availability');
    expect(sent).to.have.length(1);
    expect(askedFor(sent[0]!).skus).to.deep.equal(['A', 'B']);
    expect(values.map((v) => v.value?.sku)).to.deep.equal(['A', 'A', 'B', 'A']);
  });

  it('of two entries for one pair, keeps the one that says least (never "in stock" over "out")', async () => {
    // A back end merging two sources may list a pair twice, and disagree with itself.
    const twice = (first: Partial<AvailabilityEntry>, second: Partial<AvailabilityEntry>) =>
      http.get(`*${API}/availability`, ({ request }) => {
        const {
          skus: [sku],
          stores: [store],
        } = askedFor(request);
        return HttpResponse.json({
          availability: [makeEntry(sku!, store!, first), makeEntry(sku!, store!, second)],
        });
      });
    const read = async (first: Partial<AvailabilityEntry>, second: Partial<AvailabilityEntry>) => {
      useHandlers(twice(first, second));
      const { value } = await new AisleClient({ api: API }).availability('A', 's1');
      return [value?.status, value?.quantity];
    };
    const out = { status: 'out_of_stock', quantity: 0 } as const;
    const five = { status: 'in_stock', quantity: 5 } as const;
    expect(await read(five, out)).to.deep.equal(['out_of_stock', 0]);
    expect(await read(out, five)).to.deep.equal(['out_of_stock', 0]);
    expect(await read(five, { status: 'low_stock', quantity: 2 })).to.deep.equal(['low_stock', 2]);
  });

  it('splits past the sku cap into the fewest requests', async () => {
    useHandlers(availabilityHandler());
    const client = new AisleClient({ api: API, maxBatchSkus: 40 });
    await Promise.all(skus(100).map((sku) => client.availability(sku, 's1')));
    const sent = requestsTo('/availability').map((r) => askedFor(r).skus.length);
    expect(sent).to.deep.equal([40, 40, 20]);
  });

  it('splits past the store cap and keeps the cross product of each part', async () => {
    useHandlers(availabilityHandler());
    const client = new AisleClient({ api: API, maxBatchStores: 3 });
    const stores = ['s1', 's2', 's3', 's4', 's5'];
    const fresh = await client.availabilityFor(['A', 'B'], stores);
    const sent = requestsTo('/availability').map(askedFor);
    expect(sent).to.deep.equal([
      { skus: ['A', 'B'], stores: ['s1', 's2', 's3'] },
      { skus: ['A', 'B'], stores: ['s4', 's5'] },
    ]);
    expect(fresh.value).to.have.length(10);
  });

  it('keeps every URL within the length cap', async () => {
    useHandlers(availabilityHandler());
    const client = new AisleClient({ api: API, maxUrlLength: 400 });
    const long = skus(60, 'A-RATHER-LONG-SKU-NAME');
    await Promise.all(long.map((sku) => client.availability(sku, 'store-with-long-id')));
    const sent = requestsTo('/availability');
    const lengths = sent.map((r) => r.url.length - new URL(r.url).origin.length);
    expect(sent.length).to.be.greaterThan(1);
    expect(Math.max(...lengths)).to.be.at.most(400);
    // Fewest: each request but the last could not take one more sku.
    const counts = sent.map((r) => askedFor(r).skus.length);
    expect(counts.reduce((a, b) => a + b)).to.equal(60);
    expect(sent.length).to.equal(Math.ceil(60 / counts[0]!));
  });

  it('gives an aborted caller an aborted error without cancelling the others', async () => {
    let aborted = false;
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    useHandlers(
      http.get(`*${API}/availability`, async ({ request }) => {
        request.signal.addEventListener('abort', () => (aborted = true));
        await gate;
        const { skus: asked, stores } = askedFor(request);
        return HttpResponse.json({ availability: asked.map((s) => makeEntry(s, stores[0]!)) });
      }),
    );
    const client = new AisleClient({ api: API });
    const controller = new AbortController();
    const mine = client.availability('A', 's1', { signal: controller.signal });
    const other = client.availability('B', 's1');
    await new Promise((r) => setTimeout(r, 0));
    controller.abort();
    const error = await mine.then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).to.be.instanceOf(AisleApiError);
    expect((error as AisleApiError).kind).to.equal('aborted');
    release();
    expect((await other).value?.sku).to.equal('B');
    expect(aborted).to.equal(false);
    expect(requestsTo('/availability')).to.have.length(1);
  });

  it('aborts the shared request only when every caller has aborted', async () => {
    let seen: AbortSignal | undefined;
    let calls = 0;
    const custom = {
      getAvailability(_q: unknown, o?: { signal?: AbortSignal }) {
        calls++;
        seen = o?.signal;
        return new Promise<never>((_, reject) =>
          o?.signal?.addEventListener('abort', () => reject(new DOMException('x', 'AbortError'))),
        );
      },
    };
    const client = new AisleClient({ api: API, provider: providerWith(custom) });
    const a = new AbortController();
    const b = new AbortController();
    const pa = client.availability('A', 's1', { signal: a.signal }).catch((e: unknown) => e);
    const pb = client.availability('B', 's1', { signal: b.signal }).catch((e: unknown) => e);
    await new Promise((r) => setTimeout(r, 0));
    expect(calls).to.equal(1);
    a.abort();
    await Promise.resolve(); // a caller leaves a microtask after its abort (cache.ts, follow)
    expect(seen?.aborted).to.equal(false);
    b.abort();
    await Promise.resolve();
    expect(seen?.aborted).to.equal(true);
    expect(((await pa) as AisleApiError).kind).to.equal('aborted');
    expect(((await pb) as AisleApiError).kind).to.equal('aborted');
  });

  it('drops a lookup aborted before the flush from the request', async () => {
    useHandlers(availabilityHandler());
    const client = new AisleClient({ api: API });
    const controller = new AbortController();
    const gone = client.availability('GONE', 's1', { signal: controller.signal }).catch(() => 0);
    const kept = client.availability('KEPT', 's1');
    controller.abort();
    await Promise.all([gone, kept]);
    expect(askedFor(requestsTo('/availability')[0]!).skus).to.deep.equal(['KEPT']);
  });

  it('still answers a lookup whose twin, asked in the same turn, was aborted before the flush', async () => {
    useHandlers(availabilityHandler());
    const client = new AisleClient({ api: API });
    const controller = new AbortController();
    const gone = client.availability('A', 's1', { signal: controller.signal }).catch((e) => e);
    const kept = client.availability('A', 's1');
    controller.abort();
    expect(((await gone) as AisleApiError).kind).to.equal('aborted');
    await nextTask(); // the flush
    expect(client.batchesSent).to.equal(1);
    expect((await kept).value?.sku).to.equal('A');
  });

  it('makes no request for an already-aborted signal', async () => {
    const client = new AisleClient({ api: API });
    const error = await client
      .availability('A', 's1', { signal: AbortSignal.abort() })
      .catch((e: unknown) => e);
    expect((error as AisleApiError).kind).to.equal('aborted');
    await new Promise((r) => setTimeout(r, 0));
    expect(requestsTo('/availability')).to.have.length(0);
  });
});
