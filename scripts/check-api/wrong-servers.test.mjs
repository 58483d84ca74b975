/**
 * check-api against servers that get the contract wrong (node --test): an integrator must see
 * every problem in one run, each saying what was sent and what the contract expects, and a
 * summary that agrees with the lines above it.
 */
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { after, before, test } from 'node:test';
import { checkApi, loadContract } from '../check-api.mjs';

/** Serves `answer(url, method, body)` -> [status, body] as JSON on a free port. */
function serve(answer) {
  const server = createServer((req, res) => {
    let sent = '';
    req.on('data', (chunk) => (sent += chunk));
    req.on('end', () => {
      const url = new URL(req.url, 'http://x');
      const [status, body, type = 'application/json'] = answer(url, req.method, sent);
      res.writeHead(status, { 'content-type': type }).end(JSON.stringify(body));
    });
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve({ base: `http://127.0.0.1:${server.address().port}/v1`, server }),
    ),
  );
}

// The QA pass's wrong server: snake_case, a made-up status, a bare array, plain JSON errors.
const snakeStore = {
  id: 'paris-1',
  name: 'Paris 1',
  address: { line1: '1 rue X', postal_code: '75001', city: 'Paris', country: 'FR' },
  location: { latitude: 48.86, longitude: 2.35 },
  timezone: 'Europe/Paris',
  services: [],
  hours: { weekly: [] },
  pickup: { enabled: true },
};
let holds = 0;
const wrong = (url, method) => {
  const p = url.pathname;
  if (p.endsWith('/stores')) return [200, [snakeStore]];
  if (/\/stores\/[^/]+$/.test(p))
    return p.endsWith('paris-1') ? [200, snakeStore] : [404, { error: 'not found' }];
  if (p.endsWith('/availability')) {
    return [
      200,
      { availability: [{ sku: 'AISLE-0001', store_id: 'paris-1', status: 'available', qty: 3 }] },
    ];
  }
  if (p.endsWith('/holds') && method === 'POST')
    return [200, { hold_id: `h${++holds}`, status: 'ok' }];
  return [500, { error: 'oops' }];
};

// A server whose answers are valid (the contract's own example stores) but nothing is in stock;
// with `bare`, its lists are bare arrays.
const { doc } = loadContract();
const exampleStores = doc.components.examples.StoreList.value.stores;
const notFound = [
  404,
  { title: 'Not found', status: 404, code: 'not_found' },
  'application/problem+json',
];
const soldOut =
  ({ bare = false } = {}) =>
  (url) => {
    const list = (key, items) => [200, bare ? items : { [key]: items }];
    if (url.pathname.endsWith('/stores')) return list('stores', exampleStores);
    if (url.pathname.endsWith('/availability')) {
      const skus = (url.searchParams.get('skus') ?? '').split(',').filter(Boolean);
      const stores = (url.searchParams.get('stores') ?? '').split(',').filter(Boolean);
      const updatedAt = new Date().toISOString();
      return list(
        'availability',
        skus.flatMap((sku) =>
          stores.map((storeId) => ({
            sku,
            storeId,
            status: 'out_of_stock',
            quantity: 0,
            updatedAt,
          })),
        ),
      );
    }
    return notFound;
  };

// A server whose availability answers break the contract in one detail (local times, no zone);
// with `inStock`, they say SKU-2 is in stock (at the one store). Every hold is refused with a
// 409; the pairs asked for are kept in `tried`.
const localTimes = ({ inStock, tried }) => {
  const answer = soldOut();
  return (url, method, sent) => {
    if (url.pathname.endsWith('/holds') && method === 'POST') {
      tried.push(JSON.parse(sent));
      return [409, { title: 'Out of stock', status: 409, code: 'stock_unavailable' }];
    }
    const [status, body, type] = answer(url);
    if (url.pathname.endsWith('/availability')) {
      for (const e of body.availability) e.updatedAt = e.updatedAt.replace('Z', '');
      for (const e of body.availability) {
        if (inStock && e.sku === 'SKU-2') Object.assign(e, { status: 'in_stock', quantity: 5 });
      }
    }
    return [status, body, type];
  };
};
const tried = { said: [], guessed: [] };

const servers = {};
before(async () => {
  servers.wrong = await serve(wrong);
  servers.soldOut = await serve(soldOut());
  servers.bare = await serve(soldOut({ bare: true }));
  servers.said = await serve(localTimes({ inStock: true, tried: tried.said }));
  servers.guessed = await serve(localTimes({ inStock: false, tried: tried.guessed }));
});
after(() => Object.values(servers).forEach(({ server }) => server.close()));

async function run(name, options = {}) {
  const lines = [];
  const summary = await checkApi({
    base: servers[name].base,
    log: (line) => lines.push(...line.split('\n')),
    ...options,
  });
  const byName = (start) => summary.results.find((r) => r.name.startsWith(start));
  return { lines, summary, byName };
}

test('a failed store list does not stop the checks that can still run', async () => {
  const { byName } = await run('wrong');
  assert.equal(byName('GET /stores lists stores').result, 'fail');
  const batch = byName('GET /availability batches');
  assert.equal(batch.result, 'fail', batch.message);
  assert.match(batch.message, /"storeId"/);
  const hold = byName('POST /holds holds stock');
  assert.equal(hold.result, 'fail', hold.message);
  assert.match(hold.message, /expected 201, got 200/);
  assert.match(hold.message, /"id"/);
  const noKey = byName('POST without Idempotency-Key');
  assert.equal(noKey.result, 'fail', noKey.message);
  assert.match(noKey.message, /expected 400, got 200/);
});

test('a failure quotes the value sent and what the contract allows', async () => {
  const { byName } = await run('wrong', { strict: true });
  const batch = byName('GET /availability batches').message;
  assert.match(
    batch,
    /\/availability\/0\/status is "available"; expected one of in_stock, low_stock, out_of_stock/,
  );
  assert.match(batch, /\/availability\/0 has "store_id", "qty", which the contract does not name/);
  assert.match(byName('GET /stores/{storeId}').message, /\/location lacks "lat", "lng"/);
});

test('a bare array is named: a warning by default, a failure in strict mode', async () => {
  const envelope = /expected an envelope \{"stores": \[\.\.\.\]\}, got an array/;
  const lenient = await run('bare');
  const listed = lenient.byName('GET /stores lists stores');
  assert.equal(listed.result, 'pass');
  assert.ok(
    lenient.lines.some((l) => l.startsWith('WARN  GET /stores lists stores') && envelope.test(l)),
  );
  const strict = await run('bare', { strict: true });
  const failed = strict.byName('GET /stores lists stores');
  assert.equal(failed.result, 'fail');
  assert.match(failed.message, envelope);
  assert.equal(strict.byName('GET /stores/{storeId}').result, 'fail', 'the checks go on');
});

test('the --skus hint only when the answers were valid but no product could be held', async () => {
  const hint = /give --skus with a product in stock/;
  const broken = await run('wrong');
  assert.ok(!broken.lines.some((l) => hint.test(l)), broken.lines.join('\n'));
  const soldOutRun = await run('soldOut', { skus: ['SKU-1'] });
  assert.equal(soldOutRun.byName('POST /holds holds stock').result, 'skip');
  assert.ok(soldOutRun.lines.some((l) => hint.test(l)));
});

test('an availability answer that breaks the contract still names the pair to hold', async () => {
  const said = await run('said', { skus: ['SKU-1', 'SKU-2'] });
  assert.equal(said.byName('GET /availability batches').result, 'fail');
  const [first] = tried.said;
  assert.deepEqual([first.sku, first.storeId], ['SKU-2', exampleStores[0].id]);
  // A pair the server said it had: its 409 is the server's fault.
  assert.equal(said.byName('POST /holds holds stock').result, 'fail');
});

test('a guessed pair refused with a 409 is not run, not failed (and no --skus hint)', async () => {
  const { byName, lines } = await run('guessed', { skus: ['SKU-1', 'SKU-2'] });
  assert.deepEqual(
    [tried.guessed[0].sku, tried.guessed[0].storeId],
    ['SKU-1', exampleStores[0].id],
  );
  const hold = byName('POST /holds holds stock');
  assert.equal(hold.result, 'skip', hold.message);
  assert.match(hold.message, /is not in stock \(409\), and no availability answer could say/);
  assert.ok(!lines.some((l) => /give --skus/.test(l)), lines.join('\n'));
});

test('the lines and the summary count the same checks', async () => {
  for (const name of ['wrong', 'soldOut']) {
    const { lines, summary } = await run(name);
    const tally = (tag) => lines.filter((l) => l.startsWith(tag)).length;
    const line = lines.find((l) => l.startsWith('check-api: '));
    assert.equal(
      line,
      `check-api: ${tally('PASS') + tally('WARN')} passed, ${tally('FAIL')} failed, ${tally('NOT RUN')} not run`,
    );
    assert.equal(summary.notRun, tally('NOT RUN'));
    assert.ok(tally('NOT RUN') > 0, 'the expiry check is not run without --wait-for-expiry');
  }
});
