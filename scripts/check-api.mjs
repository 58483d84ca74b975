#!/usr/bin/env node
/**
 * Conformance checker for the Aisle availability API: exercises a live API and validates every
 * response against api/openapi.yaml, printing a pass/fail line per check.
 *
 *   npm run check-api -- https://api.example.com/aisle/v1 [--api-key KEY] [--skus A,B,C]
 *                        [--lang fr-FR] [--wait-for-expiry] [--strict]
 *
 * It creates holds and reservations and cancels or releases each one it made. Exit code 1 when
 * any check fails. `--strict` also rejects fields the contract does not name.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { parse } from 'yaml';

const CONTRACT = fileURLToPath(new URL('../api/openapi.yaml', import.meta.url));
const DEFAULT_SKUS = Array.from(
  { length: 12 },
  (_, i) => `AISLE-${String(i + 1).padStart(4, '0')}`,
);

class Skip extends Error {}
class Failure extends Error {}

const pointer = (...parts) =>
  parts.map((p) => String(p).replace(/~/g, '~0').replace(/\//g, '~1')).join('/');
const fold = (s) =>
  String(s)
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

/** Every object schema with properties gets `additionalProperties: false`. */
function tighten(node) {
  if (Array.isArray(node)) node.forEach(tighten);
  else if (node && typeof node === 'object') {
    if (node.type === 'object' && node.properties && !('additionalProperties' in node)) {
      node.additionalProperties = false;
    }
    Object.values(node).forEach(tighten);
  }
}

export function loadContract({ strict = false } = {}) {
  const doc = parse(readFileSync(CONTRACT, 'utf8'));
  if (strict) tighten(doc.components.schemas);
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats(ajv);
  ajv.addSchema(doc, 'openapi.json');
  const cache = new Map();
  const compile = (ref) => {
    if (!cache.has(ref)) cache.set(ref, ajv.compile({ $ref: `openapi.json#${ref}` }));
    return cache.get(ref);
  };
  /** Errors of a response against the operation's declared answer for its status. */
  function validate(path, method, res) {
    const op = doc.paths[path]?.[method.toLowerCase()];
    if (!op) return [`no operation ${method} ${path} in the contract`];
    let declared = op.responses[String(res.status)];
    let base = `/${pointer('paths', path, method.toLowerCase(), 'responses', String(res.status))}`;
    if (!declared) return [`status ${res.status} is not declared for ${method} ${path}`];
    if (declared.$ref) {
      base = declared.$ref.slice(1);
      declared = declared.$ref
        .slice(2)
        .split('/')
        .reduce((o, k) => o[k.replace(/~1/g, '/').replace(/~0/g, '~')], doc);
    }
    if (!declared.content) return res.text ? [`status ${res.status} must have no body`] : [];
    const type = (res.headers.get('content-type') ?? '').split(';')[0].trim();
    if (!declared.content[type]) {
      return [`content type "${type}" is not ${Object.keys(declared.content).join(' or ')}`];
    }
    if (res.body === undefined) return ['the body is not JSON'];
    const check = compile(`${base}/${pointer('content', type, 'schema')}`);
    if (check(res.body)) return [];
    return check.errors.slice(0, 5).map((e) => `${e.instancePath || '$'} ${e.message}`);
  }
  /** The contract's own examples against their schemas. */
  function selfCheck() {
    const errors = [];
    for (const [path, item] of Object.entries(doc.paths)) {
      for (const [method, op] of Object.entries(item)) {
        for (const [status, r] of Object.entries(op.responses ?? {})) {
          for (const [type, media] of Object.entries(r.content ?? {})) {
            const examples = [
              ...(media.example !== undefined ? [media.example] : []),
              ...Object.values(media.examples ?? {}).map((e) =>
                e.$ref ? doc.components.examples[e.$ref.split('/').pop()].value : e.value,
              ),
            ];
            const check = compile(
              `/${pointer('paths', path, method, 'responses', status, 'content', type, 'schema')}`,
            );
            for (const ex of examples) {
              if (!check(ex))
                errors.push(`${method} ${path} ${status}: ${ajv.errorsText(check.errors)}`);
            }
          }
        }
      }
    }
    return errors;
  }
  return { doc, validate, selfCheck };
}

/**
 * Runs every check against `base`. `advanceClock(ms)` (in-process mocks) or `waitForExpiry`
 * (real servers: waits the hold out) enables the hold-expiry check; otherwise it is skipped.
 */
export async function checkApi(options) {
  const {
    base,
    apiKey,
    skus = DEFAULT_SKUS,
    lang = 'en',
    strict = false,
    advanceClock,
    waitForExpiry = false,
    log = console.log,
  } = options;
  const root = base.replace(/\/+$/, '');
  const contract = loadContract({ strict });
  const results = [];
  const cleanup = [];
  let keyN = 0;
  const newKey = () =>
    `check-api-${Date.now().toString(36)}-${++keyN}-${Math.random().toString(36).slice(2)}`;

  async function request(method, path, { query, body, key, headers = {}, auth = true } = {}) {
    const qs = query
      ? `?${Object.entries(query)
          .filter(([, v]) => v !== undefined)
          .map(
            ([k, v]) =>
              `${encodeURIComponent(k)}=${Array.isArray(v) ? v.map(encodeURIComponent).join(',') : encodeURIComponent(v)}`,
          )
          .join('&')}`
      : '';
    const res = await fetch(`${root}${path}${qs}`, {
      method,
      headers: {
        Accept: 'application/json',
        'Accept-Language': lang,
        ...(apiKey && auth ? { Authorization: `Bearer ${apiKey}` } : {}),
        ...(body !== undefined ? { 'Content-Type': 'application/json' } : {}),
        ...(key ? { 'Idempotency-Key': key } : {}),
        ...headers,
      },
      ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
    });
    const text = await res.text();
    let json;
    try {
      json = text ? JSON.parse(text) : undefined;
    } catch {
      json = undefined;
    }
    return { status: res.status, headers: res.headers, text, body: json };
  }

  /** Asserts the status, then the response against the contract. */
  function expect(res, path, method, status, code) {
    if (res.status !== status) {
      const why = res.body?.code ? ` (${res.body.code}: ${res.body.detail ?? res.body.title})` : '';
      throw new Failure(`expected ${status}, got ${res.status}${why}`);
    }
    const errors = contract.validate(path, method, res);
    if (errors.length) throw new Failure(`does not match the contract: ${errors.join('; ')}`);
    if (code !== undefined && res.body?.code !== code) {
      throw new Failure(`expected problem code "${code}", got "${res.body?.code}"`);
    }
    return res.body;
  }
  const assert = (ok, message) => {
    if (!ok) throw new Failure(message);
  };

  async function check(name, fn) {
    try {
      const note = await fn();
      results.push({ name, result: 'pass' });
      log(`PASS  ${name}${note ? `  (${note})` : ''}`);
    } catch (error) {
      const skip = error instanceof Skip;
      results.push({ name, result: skip ? 'skip' : 'fail', message: error.message });
      log(`${skip ? 'SKIP' : 'FAIL'}  ${name}: ${error.message}`);
    }
  }

  const state = {};
  const stockOf = async (sku, storeId) => {
    const res = await request('GET', '/availability', {
      query: { skus: [sku], stores: [storeId] },
    });
    return expect(res, '/availability', 'GET', 200).availability.find(
      (e) => e.sku === sku && e.storeId === storeId,
    );
  };
  const customer = { name: 'Aisle Check', email: 'check-api@example.com' };
  const consent = { terms: true, marketing: false };
  const need = (value, what) => {
    if (!value) throw new Skip(`needs ${what} from an earlier check`);
    return value;
  };

  await check('contract: api/openapi.yaml compiles; its examples match their schemas', () => {
    const errors = contract.selfCheck();
    assert(!errors.length, errors.join('; '));
  });

  await check('GET /stores lists stores', async () => {
    const body = expect(
      await request('GET', '/stores', { query: { limit: 50 } }),
      '/stores',
      'GET',
      200,
    );
    assert(
      body.stores.length > 0 && body.stores.length <= 50,
      `${body.stores.length} stores for limit=50`,
    );
    state.stores = body.stores;
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
    const origin = need(state.stores?.[0], 'a store');
    const { lat, lng } = origin.location;
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
    const city = need(state.stores?.[0], 'a store').address.city;
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
    const id = need(state.stores?.[0], 'a store').id;
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
    assert(body.availability.length > 0, 'no known pair: pass your skus with --skus');
    state.entries = body.availability;
    const byStatus = {};
    for (const e of body.availability) byStatus[e.status] = (byStatus[e.status] ?? 0) + 1;
    return `${skus.length} skus x ${stores.length} stores: ${pairs.size} known pairs ${JSON.stringify(byStatus)}`;
  });

  await check('GET /availability near a point', async () => {
    const { lat, lng } = need(state.stores?.[0], 'a store').location;
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
      (s) => s.pickup.enabled && s.pickup.slots,
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

  // A pair with stock to hold: in stock, quantity known, at a store with pickup.
  const pickupStores = () =>
    new Set((state.near ?? state.stores ?? []).filter((s) => s.pickup.enabled).map((s) => s.id));
  const holdable = () => {
    const ok = pickupStores();
    const e = (state.entries ?? []).find(
      (x) => x.status === 'in_stock' && (x.quantity ?? 0) >= 3 && ok.has(x.storeId),
    );
    if (!e) throw new Skip('no in-stock pair with a quantity of 3+ at a pickup store');
    return e;
  };
  const hold = async (pair, quantity = 1, key = newKey()) =>
    request('POST', '/holds', { body: { sku: pair.sku, storeId: pair.storeId, quantity }, key });

  await check('POST /holds holds stock (201), and available quantity goes down', async () => {
    const pair = holdable();
    const before = (await stockOf(pair.sku, pair.storeId))?.quantity;
    const body = expect(await hold(pair), '/holds', 'POST', 201);
    assert(
      body.status === 'held' && Date.parse(body.expiresAt) > Date.now(),
      'the hold is not held until later',
    );
    state.hold = body;
    cleanup.push(() => request('DELETE', `/holds/${encodeURIComponent(body.id)}`));
    const after = (await stockOf(pair.sku, pair.storeId))?.quantity;
    assert(after === before - 1, `quantity ${before} -> ${after} after holding 1`);
    return `${pair.sku} @ ${pair.storeId}: ${before} -> ${after}, expires ${body.expiresAt}`;
  });

  await check('POST /holds/{holdId}/confirm makes a reservation (201)', async () => {
    const h = need(state.hold, 'a hold');
    const res = await request('POST', `/holds/${encodeURIComponent(h.id)}/confirm`, {
      body: { customer, consent },
      key: newKey(),
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
    const before = (await stockOf(r.sku, r.storeId))?.quantity;
    const res = await request('DELETE', `/reservations/${encodeURIComponent(r.id)}`);
    const body = expect(res, '/reservations/{reservationId}', 'DELETE', 200);
    assert(body.status === 'cancelled', `status ${body.status}`);
    const after = (await stockOf(r.sku, r.storeId))?.quantity;
    assert(
      after === before + r.quantity,
      `quantity ${before} -> ${after} after cancelling ${r.quantity}`,
    );
  });

  await check('DELETE /holds/{holdId} releases a hold (204) and its stock', async () => {
    const pair = holdable();
    const before = (await stockOf(pair.sku, pair.storeId))?.quantity;
    const h = expect(await hold(pair, 2), '/holds', 'POST', 201);
    const res = await request('DELETE', `/holds/${encodeURIComponent(h.id)}`);
    expect(res, '/holds/{holdId}', 'DELETE', 204);
    const after = (await stockOf(pair.sku, pair.storeId))?.quantity;
    assert(after === before, `quantity ${before} -> ${after} after hold and release`);
    state.released = h;
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
      const pair = holdable();
      const before = (await stockOf(pair.sku, pair.storeId))?.quantity;
      const key = newKey();
      const first = await hold(pair, 1, key);
      const second = await hold(pair, 1, key);
      const a = expect(first, '/holds', 'POST', 201);
      const after = (await stockOf(pair.sku, pair.storeId))?.quantity;
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
      assert(after === before - 1, `quantity ${before} -> ${after}: held more than once`);
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
    'POST /holds beyond the stock is a 409 stock_unavailable problem with alternatives',
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
        throw new Skip('no out-of-stock pair or known quantity under 99 at a pickup store');
      const res = await hold(pair, out ? 1 : pair.quantity + 1);
      const body = expect(res, '/holds', 'POST', 409, 'stock_unavailable');
      assert(Array.isArray(body.alternatives), 'no alternatives list');
      assert(
        body.alternatives.every((a) => a.storeId !== pair.storeId && a.status !== 'out_of_stock'),
        'an alternative has no stock',
      );
      return `${body.alternatives.length} alternatives`;
    },
  );

  await check(
    'an unconfirmed hold expires: confirm is a 410 hold_expired problem, stock comes back',
    async () => {
      if (!advanceClock && !waitForExpiry)
        throw new Skip('run with --wait-for-expiry to wait a hold out');
      const pair = holdable();
      const before = (await stockOf(pair.sku, pair.storeId))?.quantity;
      const h = expect(await hold(pair), '/holds', 'POST', 201);
      const ms = Math.max(0, Date.parse(h.expiresAt) - Date.now()) + 1000;
      if (advanceClock) await advanceClock(ms);
      else await new Promise((r) => setTimeout(r, ms));
      const res = await request('POST', `/holds/${encodeURIComponent(h.id)}/confirm`, {
        body: { customer, consent },
        key: newKey(),
      });
      expect(res, '/holds/{holdId}/confirm', 'POST', 410, 'hold_expired');
      const after = (await stockOf(pair.sku, pair.storeId))?.quantity;
      assert(after === before, `quantity ${before} -> ${after} after expiry`);
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

  for (const undo of cleanup) await undo().catch(() => undefined);
  const count = (r) => results.filter((x) => x.result === r).length;
  const summary = { passed: count('pass'), failed: count('fail'), skipped: count('skip'), results };
  log(
    `\ncheck-api: ${summary.passed} passed, ${summary.failed} failed, ${summary.skipped} skipped`,
  );
  return summary;
}

function cli(argv) {
  const args = { skus: undefined, strict: false, waitForExpiry: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--api-key') args.apiKey = argv[++i];
    else if (a === '--skus') args.skus = argv[++i].split(',').filter(Boolean);
    else if (a === '--lang') args.lang = argv[++i];
    else if (a === '--strict') args.strict = true;
    else if (a === '--wait-for-expiry') args.waitForExpiry = true;
    else if (!a.startsWith('-') && !args.base) args.base = a;
    else throw new Error(`unknown argument ${a}`);
  }
  return args;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  let args;
  try {
    args = cli(process.argv.slice(2));
    if (!args.base) throw new Error('give the API base URL');
  } catch (e) {
    console.error(
      `${e.message}\nusage: npm run check-api -- <base-url> [--api-key KEY] [--skus A,B] [--lang fr-FR] [--wait-for-expiry] [--strict]`,
    );
    process.exit(2);
  }
  const started = Date.now();
  console.log(`Checking ${args.base} against api/openapi.yaml${args.strict ? ' (strict)' : ''}\n`);
  const { failed } = await checkApi(args);
  console.log(`(${((Date.now() - started) / 1000).toFixed(1)} s)`);
  process.exit(failed ? 1 : 0);
}
