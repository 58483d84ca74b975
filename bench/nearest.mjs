#!/usr/bin/env node
/**
 * Nearest-10 stores: the real `createStoreIndex` (src/geo/store-index.ts, kdbush + geokdbush)
 * versus a naive haversine sort of every store, at 10,000 and 100,000 stores, in one run.
 * Each figure is the median of repeated runs (ms per query). Loads the TypeScript source through
 * Vite's SSR loader, so it measures the shipped code, not a copy.
 *
 *   npm run bench:nearest            (ROUNDS=9 npm run bench:nearest for more rounds)
 *   node bench/nearest.mjs --json    (one JSON object on stdout, for bench/run-all.mjs)
 */
import os from 'node:os';
import { performance } from 'node:perf_hooks';
import { loadSource } from './lib/load-source.mjs';

const [{ createStoreIndex }, { distanceKm }] = await loadSource(
  '/src/geo/store-index.ts',
  '/src/geo/distance.ts',
);

const ROUNDS = Number(process.env.ROUNDS ?? 7);
const K = 10;

function seeded(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Stores spread over mainland France, as a retailer's list would be. */
function makeStores(n, rand) {
  return Array.from({ length: n }, (_, i) => ({
    id: `s${i}`,
    location: { lat: 42.3 + rand() * 8.8, lng: -4.8 + rand() * 13 },
  }));
}

function naiveNearest(stores, point, k) {
  return stores
    .map((store) => ({ store, distanceKm: distanceKm(point, store.location) }))
    .sort((a, b) => a.distanceKm - b.distanceKm)
    .slice(0, k);
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

/** Median over ROUNDS of the mean time per query (ms). */
function measure(fn, points) {
  const perRound = [];
  for (let r = 0; r < ROUNDS; r++) {
    const t0 = performance.now();
    for (const p of points) fn(p);
    perRound.push((performance.now() - t0) / points.length);
  }
  return median(perRound);
}

const rows = [];
for (const n of [10_000, 100_000]) {
  const rand = seeded(n);
  const stores = makeStores(n, rand);
  const point = () => ({ lat: 42.3 + rand() * 8.8, lng: -4.8 + rand() * 13 });
  const indexPoints = Array.from({ length: 2000 }, point);
  const naivePoints = Array.from({ length: n >= 100_000 ? 10 : 50 }, point);

  const builds = [];
  let index;
  for (let r = 0; r < ROUNDS; r++) {
    const t0 = performance.now();
    index = createStoreIndex(stores);
    builds.push(performance.now() - t0);
  }
  // The two must agree before their speed means anything.
  for (const p of naivePoints) {
    const a = index
      .nearest(p, { limit: K })
      .map((h) => h.store.id)
      .join();
    const b = naiveNearest(stores, p, K)
      .map((h) => h.store.id)
      .join();
    if (a !== b) throw new Error(`index and naive sort disagree at ${JSON.stringify(p)}`);
  }
  measure((p) => index.nearest(p, { limit: K }), indexPoints.slice(0, 200)); // warm-up
  const indexed = measure((p) => index.nearest(p, { limit: K }), indexPoints);
  const naive = measure((p) => naiveNearest(stores, p, K), naivePoints);
  rows.push({ n, build: median(builds), indexed, naive });
}

const cpus = os.cpus();
if (process.argv.includes('--json')) {
  console.log(
    JSON.stringify({
      bench: 'nearest',
      k: K,
      rounds: ROUNDS,
      unit: 'ms',
      rows: rows.map((r) => ({ ...r, ratio: r.naive / r.indexed })),
    }),
  );
  process.exit(0);
}
console.log(`nearest-${K} stores, median of ${ROUNDS} rounds`);
console.log(
  `machine: ${cpus[0]?.model ?? 'unknown CPU'} (${cpus.length} cores), ${os.type()} ${os.release()} ${os.arch()}, Node ${process.version}`,
);
console.log('');
const table = [
  ['stores', 'index build (ms)', 'index (ms/query)', 'naive sort (ms/query)', 'naive / index'],
  ...rows.map((r) => [
    r.n.toLocaleString('en-US'),
    r.build.toFixed(1),
    r.indexed.toFixed(4),
    r.naive.toFixed(2),
    `${Math.round(r.naive / r.indexed).toLocaleString('en-US')}x`,
  ]),
];
const widths = table[0].map((_, c) => Math.max(...table.map((row) => row[c].length)));
const line = (row) => `| ${row.map((cell, c) => cell.padStart(widths[c])).join(' | ')} |`;
console.log(line(table[0]));
console.log(`|${widths.map((w) => '-'.repeat(w + 1) + ':').join('|')}|`);
for (const row of table.slice(1)) console.log(line(row));
