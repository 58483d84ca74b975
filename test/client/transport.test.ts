import { expect } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import sinon from 'sinon';
import { AisleClient } from '../../src/client/client.js';
import { AisleApiError } from '../../src/client/errors.js';
import { createRestProvider } from '../../src/client/rest-provider.js';
import { reservationsOf } from '../../src/client/reservations.js';
import { parseRetryAfter } from '../../src/client/transport.js';
import { requests, useHandlers } from '../helpers/mock-api.js';
import {
  API,
  hold,
  makeEntry,
  makeStore,
  problem,
  recordingSleep,
  requestsTo,
} from './fixtures.js';

async function failure(promise: Promise<unknown>): Promise<AisleApiError> {
  const e = await promise.then(
    () => {
      throw new Error('expected a rejection');
    },
    (err: unknown) => err,
  );
  expect(e).to.be.instanceOf(AisleApiError);
  return e as AisleApiError;
}

describe('client: transport and REST provider', () => {
  it('sends Accept, Accept-Language and the bearer key', async () => {
    useHandlers(http.get(`*${API}/stores/s1`, () => HttpResponse.json(makeStore('s1'))));
    const provider = createRestProvider({ api: API, apiKey: 'k-123', locale: 'fr-FR' });
    await provider.getStore('s1');
    const [req] = requestsTo('/stores/s1');
    expect(req!.headers.get('Accept')).to.equal('application/json');
    expect(req!.headers.get('Accept-Language')).to.equal('fr-FR');
    expect(req!.headers.get('Authorization')).to.equal('Bearer k-123');
  });

  it('sends no Authorization without a key', async () => {
    useHandlers(http.get(`*${API}/stores/s1`, () => HttpResponse.json(makeStore('s1'))));
    await createRestProvider({ api: API }).getStore('s1');
    expect(requestsTo('/stores/s1')[0]!.headers.has('Authorization')).to.equal(false);
  });

  it('builds the contract URLs and encodes path segments', async () => {
    useHandlers(
      http.get(`*${API}/stores`, () => HttpResponse.json({ stores: [makeStore('a/b')] })),
      http.get(`*${API}/stores/:id/slots`, () => HttpResponse.json({ slots: [] })),
      http.get(`*${API}/availability`, () => HttpResponse.json([])),
    );
    const provider = createRestProvider({ api: `${API}/` });
    const stores = await provider.searchStores({
      near: { lat: 48.85, lng: 2.35 },
      radiusKm: 20,
      limit: 10,
      q: ' Lyon ',
      services: ['pickup', 'locker'],
      openNow: true,
    });
    expect(stores[0]!.id).to.equal('a/b');
    await provider.getSlots('a/b ?', '2026-11-24');
    await provider.getAvailability({ skus: ['A', 'B'], near: { lat: 1, lng: 2 }, radiusKm: 5 });
    const urls = [
      ...requestsTo('/stores'),
      ...requestsTo('/stores/a%2Fb%20%3F/slots'),
      ...requestsTo('/availability'),
    ].map((r) => new URL(r.url).pathname + new URL(r.url).search);
    expect(urls).to.deep.equal([
      `${API}/stores?lat=48.85&lng=2.35&radius=20&limit=10&q=Lyon&services=pickup,locker&openNow=true`,
      `${API}/stores/a%2Fb%20%3F/slots?date=2026-11-24`,
      `${API}/availability?skus=A,B&lat=1&lng=2&radius=5`,
    ]);
  });

  it("sends a position to three decimals (about 100 m), never the shopper's exact location", async () => {
    useHandlers(
      http.get(`*${API}/stores`, () => HttpResponse.json({ stores: [makeStore('s1')] })),
      http.get(`*${API}/availability`, () => HttpResponse.json([])),
    );
    const provider = createRestProvider({ api: API });
    const near = { lat: 48.85661312, lng: 2.35222187 };
    await provider.searchStores({ near, radiusKm: 25 });
    await provider.getAvailability({ skus: ['A'], near, radiusKm: 25 });
    for (const request of [...requestsTo('/stores'), ...requestsTo('/availability')]) {
      const query = new URL(request.url).searchParams;
      expect([query.get('lat'), query.get('lng')]).to.deep.equal(['48.857', '2.352']);
    }
    expect(requestsTo('/stores')).to.have.length(1);
  });

  it('refuses "." and ".." as ids: they would reach another endpoint', async () => {
    const provider = createRestProvider({ api: API });
    const before = requests.length;
    for (const id of ['.', '..']) {
      expect((await failure(provider.getStore(id))).code).to.equal('invalid_response');
      expect((await failure(provider.releaseHold(id))).code).to.equal('invalid_response');
    }
    expect(requests.length, 'no request sent').to.equal(before);
  });

  it('encodes each item of a query list, so store ids with "&", "#" or "," arrive whole', async () => {
    useHandlers(http.get(`*${API}/availability`, () => HttpResponse.json([])));
    await createRestProvider({ api: API }).getAvailability({
      skus: ['A'],
      storeIds: ['FR&1 #2', 'lyon,3'],
    });
    const [req] = requestsTo('/availability');
    expect(new URL(req!.url).search).to.equal('?skus=A&stores=FR%261%20%232,lyon%2C3');
    const stores = new URL(req!.url).search.split('stores=')[1]!.split(',');
    expect(stores.map(decodeURIComponent)).to.deep.equal(['FR&1 #2', 'lyon,3']);
  });

  it('retries a failing GET with full-jitter backoff, then succeeds', async () => {
    let calls = 0;
    useHandlers(
      http.get(`*${API}/stores/s1`, () =>
        ++calls < 3 ? new HttpResponse(null, { status: 502 }) : HttpResponse.json(makeStore('s1')),
      ),
    );
    const { delays, sleep } = recordingSleep();
    const provider = createRestProvider({ api: API, sleep, random: () => 0.5, backoffMs: 100 });
    const store = await provider.getStore('s1');
    expect(store.id).to.equal('s1');
    expect(requestsTo('/stores/s1')).to.have.length(3);
    expect(delays).to.deep.equal([50, 100]); // 0.5 x 100, then 0.5 x 200
  });

  it('gives up after the configured retries with a typed http error', async () => {
    useHandlers(http.get(`*${API}/stores/s1`, () => new HttpResponse('oops', { status: 500 })));
    const { delays, sleep } = recordingSleep();
    const provider = createRestProvider({ api: API, sleep, random: () => 0, retries: 3 });
    const e = await failure(provider.getStore('s1'));
    expect(e.kind).to.equal('http');
    expect(e.status).to.equal(500);
    expect(requestsTo('/stores/s1')).to.have.length(4);
    expect(delays).to.have.length(3);
  });

  it('does not retry a 404 or an invalid answer', async () => {
    useHandlers(
      http.get(`*${API}/stores/gone`, () => problem(404, 'store_not_found')),
      http.get(`*${API}/stores/bad`, () => HttpResponse.json({ id: 'bad' })),
    );
    const { sleep } = recordingSleep();
    const provider = createRestProvider({ api: API, sleep });
    const notFound = await failure(provider.getStore('gone'));
    expect([notFound.kind, notFound.code, notFound.status]).to.deep.equal([
      'problem',
      'store_not_found',
      404,
    ]);
    expect(notFound.problem?.detail).to.equal('detail store_not_found');
    expect((await failure(provider.getStore('bad'))).kind).to.equal('invalid-response');
    expect(requestsTo('/stores/gone')).to.have.length(1);
    expect(requestsTo('/stores/bad')).to.have.length(1);
  });

  it('honours Retry-After in seconds on 503 and as an HTTP date on 429', async () => {
    let calls = 0;
    const now = Date.parse('2026-11-23T10:00:00Z');
    useHandlers(
      http.get(`*${API}/stores/s1`, () => {
        calls++;
        if (calls === 1) return problem(503, 'unavailable', { 'Retry-After': '3' });
        if (calls === 2)
          return problem(429, 'rate_limited', { 'Retry-After': 'Mon, 23 Nov 2026 10:00:07 GMT' });
        return HttpResponse.json(makeStore('s1'));
      }),
    );
    const { delays, sleep } = recordingSleep();
    const provider = createRestProvider({ api: API, sleep, random: () => 0.9, now: () => now });
    await provider.getStore('s1');
    expect(delays).to.deep.equal([3000, 7000]);
  });

  it('stops retrying when Retry-After exceeds the cap, and reports it', async () => {
    useHandlers(
      http.get(`*${API}/stores/s1`, () => problem(503, 'unavailable', { 'Retry-After': '120' })),
    );
    const { delays, sleep } = recordingSleep();
    const provider = createRestProvider({ api: API, sleep });
    const e = await failure(provider.getStore('s1'));
    expect([e.kind, e.code, e.retryAfterMs]).to.deep.equal(['problem', 'unavailable', 120_000]);
    expect(delays).to.deep.equal([]);
  });

  it('parses Retry-After forms', () => {
    expect(parseRetryAfter('5', 0)).to.equal(5000);
    expect(parseRetryAfter('Thu, 01 Jan 1970 00:00:10 GMT', 4000)).to.equal(6000);
    expect(parseRetryAfter('soon', 0)).to.equal(undefined);
    expect(parseRetryAfter(null, 0)).to.equal(undefined);
  });

  it('never retries a POST, and sends its Idempotency-Key', async () => {
    useHandlers(http.post(`*${API}/holds`, () => new HttpResponse(null, { status: 503 })));
    const { delays, sleep } = recordingSleep();
    const provider = createRestProvider({ api: API, sleep });
    const e = await failure(
      provider.createHold({ sku: 'A', storeId: 's1', quantity: 1 }, { idempotencyKey: 'key-1' }),
    );
    expect(e.kind).to.equal('http');
    const posts = requestsTo('/holds', 'POST');
    expect(posts).to.have.length(1);
    expect(delays).to.deep.equal([]);
    expect(posts[0]!.headers.get('Idempotency-Key')).to.equal('key-1');
    expect(posts[0]!.headers.get('Content-Type')).to.equal('application/json');
    expect(await posts[0]!.json()).to.deep.equal({ sku: 'A', storeId: 's1', quantity: 1 });
  });

  it('sends no POST for a signal already aborted', async () => {
    useHandlers(http.post(`*${API}/holds`, () => HttpResponse.json(hold, { status: 201 })));
    const sent: string[] = [];
    const provider = createRestProvider({
      api: API,
      fetch: (input, init) => {
        sent.push(`${init?.method} ${input}`);
        return fetch(input, init);
      },
    });
    const e = await failure(
      provider.createHold(
        { sku: 'A', storeId: 's1', quantity: 1 },
        { idempotencyKey: 'k', signal: AbortSignal.abort() },
      ),
    );
    expect(e.kind).to.equal('aborted');
    expect(sent).to.deep.equal([]);
    expect(requestsTo('/holds', 'POST')).to.have.length(0);
  });

  it('sends the same Idempotency-Key when the caller retries a POST', async () => {
    let calls = 0;
    useHandlers(
      http.post(`*${API}/holds`, () =>
        ++calls === 1 ? HttpResponse.error() : HttpResponse.json(hold, { status: 201 }),
      ),
    );
    const provider = createRestProvider({ api: API });
    const request = { sku: 'A', storeId: 's1', quantity: 1 };
    const options = { idempotencyKey: 'same-key' };
    const e = await failure(provider.createHold(request, options));
    expect(e.kind).to.equal('network');
    const created = await provider.createHold(request, options);
    expect(created.status).to.equal('held');
    const keys = requestsTo('/holds', 'POST').map((r) => r.headers.get('Idempotency-Key'));
    expect(keys).to.deep.equal(['same-key', 'same-key']);
  });

  it('reads the server’s clock from a hold’s Date header, never from its JSON', async () => {
    const at = Date.parse('2026-12-04T10:00:00Z');
    const clock = sinon.useFakeTimers({ now: at, toFake: ['Date'] });
    let date: string | undefined = new Date(at + 5 * 60_000).toUTCString(); // 5 minutes ahead
    const answer = () =>
      HttpResponse.json(
        { ...hold, clockOffsetMs: 42 },
        { status: 201, headers: date ? { Date: date } : {} },
      );
    useHandlers(http.post(`*${API}/holds`, answer), http.post(`*${API}/holds/h1/extend`, answer));
    try {
      const provider = createRestProvider({ api: API });
      const request = { sku: 'A', storeId: 's1', quantity: 1 };
      const created = await provider.createHold(request, { idempotencyKey: 'k' });
      expect(created.clockOffsetMs).to.equal(5 * 60_000);
      const client = new AisleClient({ api: API });
      const kept = await reservationsOf(client).createHold(request, { idempotencyKey: 'k2' });
      expect(kept.clockOffsetMs, 'through the client').to.equal(5 * 60_000);
      expect((await provider.extendHold!('h1', { idempotencyKey: 'k3' })).clockOffsetMs).to.equal(
        5 * 60_000,
      );
      date = undefined; // not exposed to the page (cross-origin)
      const unread = await provider.createHold(request, { idempotencyKey: 'k4' });
      expect(unread.clockOffsetMs, 'none measured, none taken from the JSON').to.equal(undefined);
    } finally {
      clock.restore();
    }
  });

  it('reads 409 stock_unavailable with its alternatives', async () => {
    useHandlers(
      http.post(`*${API}/holds`, () =>
        HttpResponse.json(
          {
            title: 'Out of stock',
            status: 409,
            code: 'stock_unavailable',
            alternatives: [makeEntry('A', 's2'), { sku: 'A', storeId: 's3', status: 'maybe' }],
          },
          { status: 409, headers: { 'Content-Type': 'application/problem+json' } },
        ),
      ),
    );
    const provider = createRestProvider({ api: API });
    const warn = console.warn;
    const warnings: unknown[] = [];
    console.warn = (m: unknown) => warnings.push(m);
    const e = await failure(
      provider.createHold({ sku: 'A', storeId: 's1', quantity: 1 }, { idempotencyKey: 'k' }),
    ).finally(() => (console.warn = warn));
    expect(warnings).to.have.length(1);
    expect([e.kind, e.status, e.code]).to.deep.equal(['problem', 409, 'stock_unavailable']);
    expect(e.problem?.alternatives?.map((a) => a.storeId)).to.deep.equal(['s2']);
  });

  it('releases a hold with keepalive and a DELETE', async () => {
    useHandlers(http.delete(`*${API}/holds/:id`, () => new HttpResponse(null, { status: 204 })));
    const seen: RequestInit[] = [];
    const provider = createRestProvider({
      api: API,
      fetch: (input, init) => {
        seen.push(init ?? {});
        return fetch(input, init);
      },
    });
    await provider.releaseHold('h 1', { keepalive: true });
    expect(seen[0]!.keepalive).to.equal(true);
    expect(seen[0]!.method).to.equal('DELETE');
    expect(requestsTo('/holds/h%201', 'DELETE')).to.have.length(1);
  });

  it('maps malformed JSON and HTML to invalid-response', async () => {
    useHandlers(
      http.get(
        `*${API}/stores/s1`,
        () =>
          new HttpResponse('{"id": "s1", ', { headers: { 'Content-Type': 'application/json' } }),
      ),
      http.get(`*${API}/stores/s2`, () => HttpResponse.html('<h1>Welcome</h1>')),
    );
    const provider = createRestProvider({ api: API });
    expect((await failure(provider.getStore('s1'))).kind).to.equal('invalid-response');
    expect((await failure(provider.getStore('s2'))).kind).to.equal('invalid-response');
  });

  it('maps a network failure to network after the retries', async () => {
    useHandlers(http.get(`*${API}/stores/s1`, () => HttpResponse.error()));
    const { sleep } = recordingSleep();
    const e = await failure(createRestProvider({ api: API, sleep }).getStore('s1'));
    expect(e.kind).to.equal('network');
    expect(requestsTo('/stores/s1')).to.have.length(3);
  });

  it('uses an injected fetch instead of the page fetch', async () => {
    const urls: string[] = [];
    const provider = createRestProvider({
      api: 'https://retailer.example/api',
      fetch: async (input) => {
        urls.push(input);
        return Response.json(makeStore('s9'));
      },
    });
    expect((await provider.getStore('s9')).id).to.equal('s9');
    expect(urls).to.deep.equal(['https://retailer.example/api/stores/s9']);
  });

  describe('timeouts (fake clock)', () => {
    let clock: sinon.SinonFakeTimers;
    beforeEach(() => {
      clock = sinon.useFakeTimers({
        toFake: ['setTimeout', 'clearTimeout'],
        shouldClearNativeTimers: true,
      });
    });
    afterEach(() => clock.restore());

    it('turns a hanging request into a timeout error, then retries', async () => {
      let calls = 0;
      const hanging = (_input: string, init?: RequestInit) => {
        calls++;
        return new Promise<Response>((_, reject) =>
          init?.signal?.addEventListener('abort', () =>
            reject(new DOMException('aborted', 'AbortError')),
          ),
        );
      };
      const { sleep } = recordingSleep();
      const provider = createRestProvider({ api: API, fetch: hanging, timeoutMs: 1000, sleep });
      const pending = failure(provider.getStore('s1'));
      await clock.tickAsync(999);
      expect(calls).to.equal(1);
      await clock.tickAsync(1);
      await clock.tickAsync(1000);
      await clock.tickAsync(1000);
      const e = await pending;
      expect(e.kind).to.equal('timeout');
      expect(calls).to.equal(3);
    });

    it('times out even when a custom fetch ignores the signal', async () => {
      const deaf = () => new Promise<Response>(() => undefined);
      const provider = createRestProvider({ api: API, fetch: deaf, retries: 0 });
      const pending = failure(provider.getStore('s1'));
      await clock.tickAsync(8000);
      expect((await pending).kind).to.equal('timeout');
    });

    it('reports a caller abort as aborted, not timeout', async () => {
      const deaf = () => new Promise<Response>(() => undefined);
      const controller = new AbortController();
      const provider = createRestProvider({ api: API, fetch: deaf });
      const pending = failure(provider.getStore('s1', { signal: controller.signal }));
      await clock.tickAsync(500);
      controller.abort();
      expect((await pending).kind).to.equal('aborted');
    });
  });
});
