#!/usr/bin/env node
/**
 * Availability requests made for 1 to 200 badges on one page, by the real client
 * (src/client: same-task batching, de-duplication, caps) against the real mock API, compared with
 * the naive baseline of one request per badge. Request counts are deterministic: no timing here.
 *
 *   npm run bench:batching
 *   node bench/batching.mjs --json   (one JSON object on stdout, for bench/run-all.mjs)
 */
import os from 'node:os';
import { getResponse } from 'msw';
import { loadSource } from './lib/load-source.mjs';

const [{ AisleClient }, { createMockApi }] = await loadSource(
  '/src/client/client.ts',
  '/src/mocks/mock-api.ts',
);

const mock = createMockApi({ base: 'http://bench.local/aisle-api/v1' });
const [store, ...others] = mock.stores;

/** Runs one page: `badges` lookups started in the same task; returns the requests and URLs. */
async function page(lookups) {
  const urls = [];
  const fetch = async (input, init) => {
    const request = new Request(input, init);
    urls.push(request.url);
    return (await getResponse(mock.handlers, request)) ?? new Response(null, { status: 599 });
  };
  const client = new AisleClient({ api: 'http://bench.local/aisle-api/v1', fetch });
  await Promise.all(lookups.map(([sku, storeId]) => client.availability(sku, storeId)));
  return { requests: urls.length, longestUrl: Math.max(...urls.map((u) => u.length)) };
}

const sku = (i) => mock.products[i % mock.products.length].sku;
const rows = [];
for (const badges of [1, 10, 50, 100, 200]) {
  const distinct = Array.from({ length: badges }, (_, i) => [sku(i), store.id]);
  const repeated = Array.from({ length: badges }, (_, i) => [sku(i % 10), store.id]);
  const twoStores = Array.from({ length: badges }, (_, i) => [
    sku(i),
    i % 2 ? store.id : others[0].id,
  ]);
  const a = await page(distinct);
  const b = await page(repeated);
  const c = await page(twoStores);
  rows.push({ badges, distinct: a, repeated: b, twoStores: c });
}

if (process.argv.includes('--json')) {
  console.log(JSON.stringify({ bench: 'batching', rows }));
  process.exit(0);
}

const pad = (v, n) => String(v).padStart(n);
console.log(
  `\nAvailability requests per page (${os.cpus()[0]?.model ?? 'unknown CPU'}, Node ${process.version})`,
);
console.log('Baseline: one request per badge. Ratio = baseline / Aisle.\n');
console.log(
  '| badges | distinct products | ratio | 10 products repeated | ratio | two stores | ratio | longest URL |',
);
console.log(
  '|-------:|------------------:|------:|---------------------:|------:|-----------:|------:|------------:|',
);
for (const r of rows) {
  console.log(
    `| ${pad(r.badges, 6)} | ${pad(r.distinct.requests, 17)} | ${pad(`${r.badges / r.distinct.requests}x`, 5)} | ${pad(r.repeated.requests, 20)} | ${pad(`${r.badges / r.repeated.requests}x`, 5)} | ${pad(r.twoStores.requests, 10)} | ${pad(`${r.badges / r.twoStores.requests}x`, 5)} | ${pad(Math.max(r.distinct.longestUrl, r.twoStores.longestUrl), 11)} |`,
  );
}
