/** Read-only checks: stores, search, one store, availability, slots, problems. */
import { Failure, fold, SHOP_ORIGIN, Skip } from './harness.mjs';

/** The stores an answer lists with a readable id, valid or not (an envelope or a bare array). */
const readableStores = (body) =>
  (Array.isArray(body) ? body : Array.isArray(body?.stores) ? body.stores : []).filter(
    (s) => typeof s?.id === 'string' && s.id,
  );

export async function readChecks(t, { skus, store, sameOrigin = false }) {
  const { check, request, expect, assert, need, state, contract } = t;
  const first = () => state.stores?.[0];
  const location = () => {
    const at = need(first(), 'a store')?.location;
    const ok = typeof at?.lat === 'number' && typeof at?.lng === 'number';
    return need(ok && at, "a store's location (lat, lng)");
  };

  await check('contract: api/openapi.yaml compiles; its examples match their schemas', () => {
    const errors = contract.selfCheck();
    assert(!errors.length, errors.join('; '));
  });

  await check(
    'CORS: a shop on another origin may call it (preflight, Retry-After readable)',
    async () => {
      if (sameOrigin)
        throw new Skip('--same-origin: the shop pages share the API origin', { optional: true });
      const origin = SHOP_ORIGIN;
      const pre = await request('OPTIONS', '/holds', {
        auth: false,
        headers: {
          Origin: origin,
          'Access-Control-Request-Method': 'POST',
          'Access-Control-Request-Headers': 'authorization,content-type,idempotency-key',
        },
      });
      const h = (name) => (pre.headers.get(name) ?? '').toLowerCase();
      assert(pre.status >= 200 && pre.status < 300, `the preflight got ${pre.status}`);
      assert(
        [origin, '*'].includes(h('access-control-allow-origin')),
        'no Access-Control-Allow-Origin',
      );
      for (const m of ['post', 'delete']) {
        assert(
          h('access-control-allow-methods').includes(m),
          `Access-Control-Allow-Methods lacks ${m.toUpperCase()}`,
        );
      }
      // A wildcard does not cover Authorization: it must be named.
      for (const name of ['authorization', 'content-type', 'idempotency-key', 'accept-language']) {
        const allowed = h('access-control-allow-headers');
        assert(
          allowed.includes(name) || (allowed === '*' && name !== 'authorization'),
          `Access-Control-Allow-Headers lacks ${name}`,
        );
      }
      const get = await request('GET', '/stores', {
        query: { limit: 1 },
        headers: { Origin: origin },
      });
      const exposed = (get.headers.get('access-control-expose-headers') ?? '').toLowerCase();
      assert(
        [origin, '*'].includes(get.headers.get('access-control-allow-origin') ?? ''),
        'a GET has no Access-Control-Allow-Origin',
      );
      assert(
        exposed.includes('retry-after') || exposed === '*',
        'Retry-After is not exposed (Access-Control-Expose-Headers): 429/503 waits go unread',
      );
    },
  );

  // Later checks go on with what they can read: the stores listed, even if the answer is not
  // the contract's, and --store first (as listed, else as GET /stores/{id} answers).
  const keep = async (listed) => {
    let chosen = store && (listed.find((s) => s.id === store) ?? { id: store });
    if (chosen && !chosen.location) {
      const one = await request('GET', `/stores/${encodeURIComponent(store)}`);
      if (one.body?.id === store) chosen = one.body;
    }
    const stores = chosen ? [chosen, ...listed.filter((s) => s.id !== store)] : listed;
    if (stores.length) state.stores = stores;
  };
  await check('GET /stores lists stores', async () => {
    let body;
    try {
      body = expect(
        await request('GET', '/stores', { query: { limit: 50 } }),
        '/stores',
        'GET',
        200,
      );
    } catch (error) {
      if (error instanceof Failure) await keep(readableStores(error.body));
      throw error;
    }
    await keep(body.stores);
    assert(
      body.stores.length > 0 && body.stores.length <= 50,
      `${body.stores.length} stores for limit=50`,
    );
    return `${body.stores.length} stores`;
  });

  await check('GET /stores?limit=1 keeps to the limit', async () => {
    const body = expect(
      await request('GET', '/stores', { query: { limit: 1 } }),
      '/stores',
      'GET',
      200,
    );
    assert(body.stores.length === 1, `${body.stores.length} stores`);
  });

  await check('GET /stores near a point: nearest first, distanceKm, within radius', async () => {
    const origin = first();
    const { lat, lng } = location();
    const body = expect(
      await request('GET', '/stores', { query: { lat, lng, radius: 50, limit: 100 } }),
      '/stores',
      'GET',
      200,
    );
    const d = body.stores.map((s) => s.distanceKm);
    assert(
      d.every((x) => typeof x === 'number'),
      'every store needs distanceKm',
    );
    assert(
      d.every((x, i) => i === 0 || x >= d[i - 1]),
      `not nearest first: ${d.slice(0, 8).join(', ')}`,
    );
    assert(
      d.every((x) => x <= 50),
      'a store is outside the radius',
    );
    assert(
      body.stores[0]?.id === origin.id || d[0] < 0.05,
      'the store at the point itself is not first',
    );
    state.near = body.stores;
    return `${body.stores.length} stores within 50 km, nearest ${d[0]} km`;
  });

  await check('GET /stores?q= matches name, city or postcode', async () => {
    const city = need(first(), 'a store').address?.city;
    need(typeof city === 'string' && city, "a store's address.city");
    const body = expect(
      await request('GET', '/stores', { query: { q: city, limit: 50 } }),
      '/stores',
      'GET',
      200,
    );
    assert(body.stores.length > 0, `nothing found for "${city}"`);
    const q = fold(city);
    const bad = body.stores.filter(
      (s) => ![s.name, s.address.city, s.address.postalCode].some((t) => fold(t).includes(q)),
    );
    assert(!bad.length, `${bad.map((s) => s.id).join(', ')} do not match "${city}"`);
    return `"${city}": ${body.stores.length}`;
  });

  await check('GET /stores/{storeId} reads one store', async () => {
    const id = need(first(), 'a store').id;
    const body = expect(
      await request('GET', `/stores/${encodeURIComponent(id)}`),
      '/stores/{storeId}',
      'GET',
      200,
    );
    assert(body.id === id, `asked ${id}, got ${body.id}`);
  });

  await check('GET /stores/{unknown} is a 404 store_not_found problem', async () => {
    const res = await request('GET', `/stores/check-api-no-such-store-${Date.now()}`);
    expect(res, '/stores/{storeId}', 'GET', 404, 'store_not_found');
  });

  await check('GET /availability batches skus x stores in one request', async () => {
    const stores = need(state.near ?? state.stores, 'stores')
      .slice(0, 25)
      .map((s) => s.id);
    const res = await request('GET', '/availability', { query: { skus, stores } });
    // Read as it is first: when the answer breaks the contract, the hold checks still try a pair
    // it says is in stock.
    const loose = Array.isArray(res.body) ? res.body : res.body?.availability;
    if (Array.isArray(loose)) state.looseEntries = loose;
    const body = expect(res, '/availability', 'GET', 200);
    const pairs = new Set();
    for (const e of body.availability) {
      assert(
        skus.includes(e.sku) && stores.includes(e.storeId),
        `unasked pair ${e.sku} @ ${e.storeId}`,
      );
      const k = `${e.sku}|${e.storeId}`;
      assert(!pairs.has(k), `duplicate pair ${k}`);
      pairs.add(k);
    }
    state.entries = body.availability;
    assert(body.availability.length > 0, 'no known pair: pass your skus with --skus');
    const byStatus = {};
    for (const e of body.availability) byStatus[e.status] = (byStatus[e.status] ?? 0) + 1;
    return `${skus.length} skus x ${stores.length} stores: ${pairs.size} known pairs ${JSON.stringify(byStatus)}`;
  });

  await check('GET /availability near a point', async () => {
    const { lat, lng } = location();
    const res = await request('GET', '/availability', {
      query: { skus: skus.slice(0, 3), lat, lng, radius: 30 },
    });
    const body = expect(res, '/availability', 'GET', 200);
    const near = new Set((state.near ?? []).map((s) => s.id));
    const far = body.availability.filter((e) => near.size && !near.has(e.storeId));
    assert(!far.length, `${far.length} entries at stores more than 50 km away`);
    return `${body.availability.length} entries`;
  });

  await check('GET /availability without skus is a 400 invalid_request problem', async () => {
    expect(
      await request('GET', '/availability', { query: { stores: ['x'] } }),
      '/availability',
      'GET',
      400,
      'invalid_request',
    );
  });

  await check('GET /stores/{storeId}/slots lists pickup slots', async () => {
    const store = (state.near ?? state.stores ?? []).find(
      (s) => s.pickup?.enabled && s.pickup.slots,
    );
    if (!store) throw new Skip('no store with pickup slots among those listed');
    const date = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
    const res = await request('GET', `/stores/${encodeURIComponent(store.id)}/slots`, {
      query: { date },
    });
    const body = expect(res, '/stores/{storeId}/slots', 'GET', 200);
    for (const s of body.slots)
      assert(Date.parse(s.end) > Date.parse(s.start), `slot ${s.id} ends before it starts`);
    return `${store.id} on ${date}: ${body.slots.length} slots`;
  });
}
