/** Checks that change state: holds, confirmation, cancellation, release, idempotency, 409/410. */
import { Skip } from './harness.mjs';

export async function writeChecks(t, { skus, apiKey, advanceClock, waitForExpiry, sameOrigin }) {
  const {
    check,
    request,
    expect,
    assert,
    need,
    state,
    stockOf,
    assertStock,
    customer,
    consent,
    newKey,
    cleanup,
  } = t;

  // A pair with stock to hold: in stock, quantity known, at a store with pickup. When the
  // availability answers were not the contract's, a pair they still say is in stock is tried, or
  // else the first product at the first store (with pickup, if readable): a guess, whose 409 is
  // not the server's fault. Either way the hold answers are checked too.
  const stores = () => state.near ?? state.stores ?? [];
  const pickupStores = () =>
    new Set(
      stores()
        .filter((s) => s.pickup?.enabled)
        .map((s) => s.id),
    );
  const holdable = () => {
    const ok = pickupStores();
    const e = (state.entries ?? []).find(
      (x) => x.status === 'in_stock' && (x.quantity ?? 0) >= 3 && ok.has(x.storeId),
    );
    if (e) return e;
    if (state.entries) {
      throw new Skip('no in-stock pair with a quantity of 3+ at a pickup store', {
        noProduct: true,
      });
    }
    const inStock = (state.looseEntries ?? []).filter(
      (x) =>
        x?.status === 'in_stock' &&
        typeof x.sku === 'string' &&
        typeof x.storeId === 'string' &&
        (!ok.size || ok.has(x.storeId)),
    );
    // Three or more when it says so (the release check holds two), else any it says is in stock.
    const said = inStock.find((x) => x.quantity >= 3) ?? inStock[0];
    if (said) return { sku: said.sku, storeId: said.storeId };
    const store = stores().find((s) => s.pickup?.enabled) ?? stores()[0];
    return { sku: skus[0], storeId: need(store, 'a store').id, guessed: true };
  };
  /** For checks that hold in order to test something else: POST /holds must work first. */
  const working = (pair) => (need(state.holdWorks, 'a hold'), pair);
  const hold = async (pair, quantity = 1, key = newKey()) =>
    request('POST', '/holds', { body: { sku: pair.sku, storeId: pair.storeId, quantity }, key });

  await check('POST /holds holds stock (201), and available quantity goes down', async () => {
    const pair = holdable();
    const before = await stockOf(pair.sku, pair.storeId);
    const answer = await hold(pair);
    if (pair.guessed && answer.status === 409 && answer.body?.code === 'stock_unavailable') {
      throw new Skip(
        `${pair.sku} @ ${pair.storeId} is not in stock (409), and no availability answer could say which product is`,
      );
    }
    const body = expect(answer, '/holds', 'POST', 201);
    state.holdWorks = true;
    assert(
      body.status === 'held' && Date.parse(body.expiresAt) > Date.now(),
      'the hold is not held until later',
    );
    state.hold = body;
    state.holdHeaders = answer.headers;
    cleanup.push(() => request('DELETE', `/holds/${encodeURIComponent(body.id)}`));
    const after = await stockOf(pair.sku, pair.storeId);
    assertStock(before, after, (q) => q - 1, 'after holding 1');
    return `${pair.sku} @ ${pair.storeId}: ${before.quantity} -> ${after.quantity}, expires ${body.expiresAt}`;
  });

  await check('a hold’s answer has a Date the page can read (optional)', async () => {
    const headers = need(state.holdHeaders, 'a hold');
    const date = Date.parse(headers.get('date') ?? '');
    // Without it the countdown counts the store's holdMinutes from the hold's arrival, so a hold
    // the server makes shorter shows more time than it has.
    const fallback = 'the countdown counts holdMinutes from arrival, not expiresAt';
    if (!Number.isFinite(date)) throw new Skip(`no Date header: ${fallback}`, { optional: true });
    const exposed = (headers.get('access-control-expose-headers') ?? '').toLowerCase();
    if (!sameOrigin && !/(^|[\s,])(date|\*)($|[\s,])/.test(exposed)) {
      throw new Skip(`Date not in Access-Control-Expose-Headers: ${fallback}`, { optional: true });
    }
    const left = Date.parse(state.hold.expiresAt) - date;
    return `expiresAt is ${Math.round(left / 1000)} s after its Date`;
  });

  await check('POST /holds/{holdId}/confirm makes a reservation (201)', async () => {
    const h = need(state.hold, 'a hold');
    state.confirmKey = newKey();
    const res = await request('POST', `/holds/${encodeURIComponent(h.id)}/confirm`, {
      body: { customer, consent },
      key: state.confirmKey,
    });
    const body = expect(res, '/holds/{holdId}/confirm', 'POST', 201);
    assert(
      body.status === 'confirmed' && body.sku === h.sku && body.storeId === h.storeId,
      'not the held product and store',
    );
    assert(Date.parse(body.pickupBy) > Date.parse(body.readyAt), 'pickupBy is not after readyAt');
    state.reservation = body;
    cleanup.push(() => request('DELETE', `/reservations/${encodeURIComponent(body.id)}`));
    return `code ${body.code}, ready ${body.readyAt}`;
  });

  // What "never two reservations, never a lost one" rests on (src/components/reserve-button/
  // confirm-attempts.ts): a confirm whose answer was lost is sent again with its key and must
  // get the same reservation; under a new key, the server must say the hold is already confirmed.
  await check('a confirm sent again with its key replays the same reservation', async () => {
    const [h, r] = [need(state.hold, 'a hold'), need(state.reservation, 'a reservation')];
    const res = await request('POST', `/holds/${encodeURIComponent(h.id)}/confirm`, {
      body: { customer, consent },
      key: state.confirmKey,
    });
    const body = expect(res, '/holds/{holdId}/confirm', 'POST', 201);
    assert(
      body.id === r.id && body.code === r.code,
      `another reservation (${body.id}, not ${r.id})`,
    );
  });

  await check(
    'a confirmed hold confirmed under a new key is a 409 hold_already_confirmed',
    async () => {
      const h = need(state.hold, 'a hold');
      const res = await request('POST', `/holds/${encodeURIComponent(h.id)}/confirm`, {
        body: { customer, consent },
        key: newKey(),
      });
      expect(res, '/holds/{holdId}/confirm', 'POST', 409, 'hold_already_confirmed');
    },
  );

  await check('a confirm without the terms accepted is a 422 consent_required', async () => {
    const h = expect(await hold(working(holdable())), '/holds', 'POST', 201);
    try {
      const res = await request('POST', `/holds/${encodeURIComponent(h.id)}/confirm`, {
        body: { customer, consent: { ...consent, terms: false } },
        key: newKey(),
      });
      expect(res, '/holds/{holdId}/confirm', 'POST', 422, 'consent_required');
    } finally {
      await request('DELETE', `/holds/${encodeURIComponent(h.id)}`);
    }
  });

  await check('GET /reservations/{id} reads it back', async () => {
    const r = need(state.reservation, 'a reservation');
    const body = expect(
      await request('GET', `/reservations/${encodeURIComponent(r.id)}`),
      '/reservations/{reservationId}',
      'GET',
      200,
    );
    assert(body.id === r.id && body.code === r.code, 'a different reservation');
  });

  await check('DELETE /reservations/{id} cancels it and restores stock', async () => {
    const r = need(state.reservation, 'a reservation');
    const before = await stockOf(r.sku, r.storeId);
    const res = await request('DELETE', `/reservations/${encodeURIComponent(r.id)}`);
    const body = expect(res, '/reservations/{reservationId}', 'DELETE', 200);
    assert(body.status === 'cancelled', `status ${body.status}`);
    const after = await stockOf(r.sku, r.storeId);
    assertStock(before, after, (q) => q + r.quantity, `after cancelling ${r.quantity}`);
  });

  await check('DELETE /holds/{holdId} releases a hold (204) and its stock', async () => {
    const pair = working(holdable());
    const before = await stockOf(pair.sku, pair.storeId);
    const h = expect(await hold(pair, 2), '/holds', 'POST', 201);
    const res = await request('DELETE', `/holds/${encodeURIComponent(h.id)}`);
    expect(res, '/holds/{holdId}', 'DELETE', 204);
    const after = await stockOf(pair.sku, pair.storeId);
    assertStock(before, after, (q) => q, 'after hold and release');
    state.released = h;
  });

  await check('POST /holds/{holdId}/extend gives a hold more time (optional)', async () => {
    const pair = working(holdable());
    const h = expect(await hold(pair), '/holds', 'POST', 201);
    const res = await request('POST', `/holds/${encodeURIComponent(h.id)}/extend`, {
      key: newKey(),
    });
    await request('DELETE', `/holds/${encodeURIComponent(h.id)}`);
    if ([404, 405, 501].includes(res.status) && res.body?.code !== 'hold_not_found') {
      throw new Skip('no extend route: the elements say more time cannot be given', {
        optional: true,
      });
    }
    const body = expect(res, '/holds/{holdId}/extend', 'POST', 200);
    assert(body.id === h.id && body.status === 'held', 'not the same hold, held');
    assert(
      Date.parse(body.expiresAt) >= Date.parse(h.expiresAt),
      `expiresAt went back: ${h.expiresAt} -> ${body.expiresAt}`,
    );
    return `expires ${h.expiresAt} -> ${body.expiresAt}`;
  });

  await check('POST /holds/{released}/confirm is a 410 problem', async () => {
    const h = need(state.released, 'a released hold');
    const res = await request('POST', `/holds/${encodeURIComponent(h.id)}/confirm`, {
      body: { customer, consent },
      key: newKey(),
    });
    expect(res, '/holds/{holdId}/confirm', 'POST', 410);
    return res.body.code;
  });

  await check(
    'Idempotency-Key: the same POST twice replays the first answer and holds once',
    async () => {
      const pair = working(holdable());
      const before = await stockOf(pair.sku, pair.storeId);
      const key = newKey();
      const first = await hold(pair, 1, key);
      const second = await hold(pair, 1, key);
      const a = expect(first, '/holds', 'POST', 201);
      const after = await stockOf(pair.sku, pair.storeId);
      expect(
        await request('DELETE', `/holds/${encodeURIComponent(a.id)}`),
        '/holds/{holdId}',
        'DELETE',
        204,
      );
      assert(second.status === first.status, `second answer ${second.status}`);
      assert(
        second.text === first.text || JSON.stringify(second.body) === JSON.stringify(first.body),
        'second body differs',
      );
      assertStock(before, after, (q) => q - 1, 'after the same hold twice (held more than once?)');
      state.replayKey = key;
      state.replayPair = pair;
    },
  );

  await check(
    'Idempotency-Key reused with another body is a 422 idempotency_key_reused problem',
    async () => {
      const key = need(state.replayKey, 'a used key');
      const res = await hold(state.replayPair, 2, key);
      expect(res, '/holds', 'POST', 422, 'idempotency_key_reused');
    },
  );

  await check('POST without Idempotency-Key is a 400 problem', async () => {
    const pair = holdable();
    const res = await request('POST', '/holds', {
      body: { sku: pair.sku, storeId: pair.storeId, quantity: 1 },
    });
    expect(res, '/holds', 'POST', 400);
    return res.body.code;
  });

  await check('unknown hold and reservation are 404 problems', async () => {
    const confirm = await request('POST', '/holds/check-api-no-such-hold/confirm', {
      body: { customer, consent },
      key: newKey(),
    });
    expect(confirm, '/holds/{holdId}/confirm', 'POST', 404, 'hold_not_found');
    const read = await request('GET', '/reservations/check-api-no-such-reservation');
    expect(read, '/reservations/{reservationId}', 'GET', 404, 'reservation_not_found');
  });

  await check(
    'POST /holds beyond the stock is a 409 stock_unavailable problem (alternatives, if any, have it)',
    async () => {
      const ok = pickupStores();
      const out = (state.entries ?? []).find(
        (e) => e.status === 'out_of_stock' && ok.has(e.storeId),
      );
      const some = (state.entries ?? []).find(
        (e) => typeof e.quantity === 'number' && e.quantity < 99 && ok.has(e.storeId),
      );
      const pair = out ?? some;
      if (!pair)
        throw new Skip('no out-of-stock pair or known quantity under 99 at a pickup store', {
          noProduct: Boolean(state.entries),
        });
      const res = await hold(pair, out ? 1 : pair.quantity + 1);
      const body = expect(res, '/holds', 'POST', 409, 'stock_unavailable');
      // Optional in the contract; when given, each must be another store that has it.
      const alternatives = body.alternatives ?? [];
      assert(
        alternatives.every((a) => a.storeId !== pair.storeId && a.status !== 'out_of_stock'),
        'an alternative has no stock',
      );
      return body.alternatives ? `${alternatives.length} alternatives` : 'no alternatives given';
    },
  );

  await check(
    'an unconfirmed hold expires: confirm is a 410 hold_expired problem, stock comes back',
    async () => {
      if (!advanceClock && !waitForExpiry)
        throw new Skip('run with --wait-for-expiry to wait a hold out', { optional: true });
      const pair = working(holdable());
      const before = await stockOf(pair.sku, pair.storeId);
      const h = expect(await hold(pair), '/holds', 'POST', 201);
      const ms = Math.max(0, Date.parse(h.expiresAt) - Date.now()) + 1000;
      if (advanceClock) await advanceClock(ms);
      else await new Promise((r) => setTimeout(r, ms));
      const res = await request('POST', `/holds/${encodeURIComponent(h.id)}/confirm`, {
        body: { customer, consent },
        key: newKey(),
      });
      expect(res, '/holds/{holdId}/confirm', 'POST', 410, 'hold_expired');
      const after = await stockOf(pair.sku, pair.storeId);
      assertStock(before, after, (q) => q, 'after expiry');
      return `waited ${Math.round(ms / 1000)} s`;
    },
  );

  if (apiKey) {
    await check('without the API key: 401 unauthorized problem', async () => {
      expect(
        await request('GET', '/stores', { query: { limit: 1 }, auth: false }),
        '/stores',
        'GET',
        401,
        'unauthorized',
      );
    });
  }
}
