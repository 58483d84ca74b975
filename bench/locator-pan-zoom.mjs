#!/usr/bin/env node
/**
 * Panning and zooming the 50,000-store locator's map (demo/locator-50k.html, with tiles served
 * locally), with a real mouse: drags, and wheel steps out to the whole of France and back, at 1x
 * and 4x CPU (CDP `Emulation.setCPUThrottlingRate`), for the code of this tree. Per gesture: the
 * main thread's work (all tasks, thread ticks) from the gesture until 1.2 s after it, and the
 * long tasks (over 50 ms) in that window; then three searches (a town, Enter: the list of the 20
 * nearest stores and the map fitted to them). Medians over RUNS page loads (default 3).
 * bench/locator-map.mjs measures the marker layer alone; this one the whole element, tiles and
 * the list beside the map included.
 *
 *   npm run bench:pan-zoom        (RUNS=5 for more runs, PORT for the dev server's)
 *   node bench/locator-pan-zoom.mjs --json   (one JSON object on stdout, for bench/run-all.mjs)
 */
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { createServer } from 'vite';
import { CHROME_ARGS, findChrome } from '../scripts/browsers.mjs';
import { mainThreadMeter } from './lib/main-thread.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const RATES = [1, 4];
const RUNS = Math.max(1, Number(process.env.RUNS ?? 3));
const PORT = Number(process.env.PORT ?? 8112);
const SETTLE_MS = 1200;

// One 1x1 PNG for every tile: tiles load and fade in as they would from a tile server.
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==',
  'base64',
);
const tiles = {
  name: 'bench-tiles',
  configureServer(server) {
    server.middlewares.use('/bench-tiles', (_req, res) => {
      res.setHeader('content-type', 'image/png');
      res.setHeader('cache-control', 'no-store');
      res.end(PNG);
    });
  },
};

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const server = await createServer({
  root,
  configFile: false,
  logLevel: 'silent',
  plugins: [tiles],
  server: { port: PORT, strictPort: false, host: '127.0.0.1' },
  resolve: { conditions: ['module', 'browser', 'production'] },
});
await server.listen();
const base = `http://127.0.0.1:${server.config.server.port}`;
const PAGE = `${base}/bench/locator-pan-zoom.html`;
const browser = await chromium.launch({ executablePath: findChrome(), args: CHROME_ARGS });

/** Gestures, in order: each starts where the one before left the map. */
const GESTURES = [
  ['pan', 'drag 250 px'],
  ['pan', 'drag 250 px'],
  ['zoom', 'wheel out'],
  ['zoom', 'wheel out'],
  ['zoom', 'wheel out'],
  ['zoom', 'wheel out'],
  ['pan', 'drag 250 px, zoomed out'],
  ['zoom', 'wheel in'],
  ['zoom', 'wheel in'],
];

async function measure(rate) {
  const page = await browser.newPage({ viewport: { width: 1200, height: 1000 } });
  page.setDefaultTimeout(300_000);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
  await page.goto(PAGE);
  await page.waitForFunction('window.benchReady === true', null, { timeout: 120_000 });
  const { x, y } = await page.evaluate('window.locator()');
  // The search box indexes the stores in idle time: let it finish, and the tiles fade in.
  await page.waitForTimeout(4000);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  const work = mainThreadMeter(cdp);
  const out = { pan: [], zoom: [], idle: [], longest: [], longTasks: 0 };
  await work();
  await page.waitForTimeout(SETTLE_MS);
  out.idle.push(await work());
  let sign = 1;
  for (const [kind, label] of GESTURES) {
    const since = await page.evaluate('performance.now()');
    await work();
    await page.mouse.move(x, y);
    if (kind === 'pan') {
      await page.mouse.down();
      for (let k = 1; k <= 10; k++) await page.mouse.move(x - sign * k * 25, y - k * 10);
      await page.mouse.up();
      sign = -sign;
    } else {
      await page.mouse.wheel(0, label.includes('out') ? 300 : -300);
    }
    await page.waitForTimeout(SETTLE_MS);
    out[kind].push(await work());
    const tasks = await page.evaluate(`window.longTasks(${since})`);
    out.longest.push(Math.max(0, ...tasks.map((t) => t.ms)));
    out.longTasks += tasks.length;
  }
  // A search: the list of the 20 nearest stores to the place, and the map fitted to them.
  const input = page.locator('aisle-store-locator input[role=combobox]');
  out.search = [];
  out.searchLongest = [];
  for (const place of ['Lille', 'Marseille', 'Paris']) {
    await input.fill('');
    await input.focus();
    await page.keyboard.type(place);
    await page.waitForTimeout(SETTLE_MS);
    const first = await page.evaluate('window.firstCard()');
    const since = await page.evaluate('performance.now()');
    await work();
    await page.keyboard.press('Enter');
    await page.waitForFunction(`window.firstCard() !== ${JSON.stringify(first)}`);
    await page.waitForTimeout(SETTLE_MS);
    out.search.push(await work());
    const tasks = await page.evaluate(`window.longTasks(${since})`);
    out.searchLongest.push(Math.max(0, ...tasks.map((t) => t.ms)));
  }
  out.cards = await page.evaluate('window.cards()');
  await page.close();
  return out;
}

const rows = [];
try {
  for (const rate of RATES) {
    const runs = [];
    for (let i = 0; i < RUNS; i++) {
      process.stderr.write(`  pan/zoom ${rate}x, run ${i + 1}/${RUNS}\n`);
      runs.push(await measure(rate));
    }
    if (runs.some((r) => r.cards !== 20)) throw new Error('the list did not show 20 stores');
    rows.push({
      rate,
      panMs: median(runs.flatMap((r) => r.pan)),
      zoomMs: median(runs.flatMap((r) => r.zoom)),
      searchMs: median(runs.flatMap((r) => r.search)),
      idleMs: median(runs.flatMap((r) => r.idle)),
      longestGestureMs: median(runs.map((r) => Math.max(...r.longest))),
      longTasksPerGesture: median(runs.map((r) => r.longTasks / GESTURES.length)),
      longestSearchMs: median(runs.flatMap((r) => r.searchLongest)),
    });
  }
} finally {
  await browser.close();
  await server.close();
}

if (process.argv.includes('--json')) {
  console.log(JSON.stringify({ bench: 'locator-pan-zoom', runs: RUNS, unit: 'ms', rows }));
  process.exit(0);
}
const ms = (v) => `${Math.round(v).toLocaleString('en-US')} ms`;
console.log(
  `\n50,000-store locator with tiles: main thread per gesture (until ${SETTLE_MS} ms after it), headless Chromium, medians of ${RUNS} page loads\n`,
);
console.log(
  '| CPU | pan | zoom step | search (list + map) | idle (same window) | longest task, pan/zoom | long tasks per pan/zoom | longest task, search |',
);
console.log('|---|---:|---:|---:|---:|---:|---:|---:|');
for (const r of rows)
  console.log(
    `| ${r.rate}x | ${ms(r.panMs)} | ${ms(r.zoomMs)} | ${ms(r.searchMs)} | ${ms(r.idleMs)} | ${ms(r.longestGestureMs)} | ${r.longTasksPerGesture.toFixed(1)} | ${ms(r.longestSearchMs)} |`,
  );
