#!/usr/bin/env node
/**
 * The locator's map at 1,000 / 10,000 / 50,000 / 100,000 stores: time to first markers, time of
 * one zoom step and marker DOM nodes, for the locator (supercluster, src/components/store-locator/
 * locator-map.ts) against plain Leaflet DOM markers and leaflet.markercluster, in one Chromium run
 * (headless, 1000x700 map over France at zoom 6, no tiles). Prints a table.
 *
 *   npm run bench:map          (DOM_LIMIT=100000 to also draw 50k/100k plain DOM markers: minutes)
 *   node bench/locator-map.mjs --json   (one JSON object on stdout, for bench/run-all.mjs)
 */
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { createServer } from 'vite';
import { CHROME_ARGS, findChrome } from '../scripts/browsers.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const SIZES = [1_000, 10_000, 50_000, 100_000];
const MODES = ['aisle', 'markercluster', 'dom'];
const DOM_LIMIT = Number(process.env.DOM_LIMIT ?? 10_000);
const PORT = Number(process.env.PORT ?? 8104);

const server = await createServer({
  root,
  configFile: false,
  logLevel: 'silent',
  server: { port: PORT, strictPort: false, host: '127.0.0.1' },
  optimizeDeps: { include: ['leaflet.markercluster'] },
});
await server.listen();
const url = `http://127.0.0.1:${server.config.server.port}/bench/locator-map.html`;
const browser = await puppeteer.launch({
  executablePath: findChrome(),
  headless: true,
  args: [...CHROME_ARGS, '--window-size=1100,800'],
});

const rows = [];
try {
  for (const n of SIZES) {
    for (const mode of MODES) {
      if (mode === 'dom' && n > DOM_LIMIT) {
        rows.push({ n, mode, skipped: true });
        continue;
      }
      const page = await browser.newPage();
      await page.setViewport({ width: 1100, height: 800 });
      await page.goto(url);
      await page.waitForFunction('window.benchReady === true', { timeout: 120_000 });
      page.setDefaultTimeout(600_000);
      // Warm-up at a small size so module compilation is not counted.
      await page.evaluate(`window.bench(${JSON.stringify(mode)}, 200)`);
      const r = await page.evaluate(`window.bench(${JSON.stringify(mode)}, ${n})`);
      rows.push({ n, mode, ...r });
      process.stderr.write(`  ${mode} ${n}: ${Math.round(r.firstMs)} ms\n`);
      await page.close();
    }
  }
} finally {
  await browser.close();
  await server.close();
}

if (process.argv.includes('--json')) {
  console.log(JSON.stringify({ bench: 'markers', domLimit: DOM_LIMIT, rows }));
  process.exit(0);
}

const fmt = (ms) => (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${Math.round(ms)} ms`);
const label = {
  aisle: 'Aisle (supercluster)',
  markercluster: 'leaflet.markercluster',
  dom: 'Leaflet DOM markers',
};
console.log(
  `\nLocator map, headless Chromium, ${os.cpus().length} cores, 1000x700 map, zoom 6 → 7\n`,
);
console.log('| stores | renderer | first markers | zoom step | marker nodes |');
console.log('|---:|---|---:|---:|---:|');
for (const r of rows) {
  const n = r.n.toLocaleString('en');
  if (r.skipped) console.log(`| ${n} | ${label[r.mode]} | not run (DOM_LIMIT) | | |`);
  else
    console.log(`| ${n} | ${label[r.mode]} | ${fmt(r.firstMs)} | ${fmt(r.zoomMs)} | ${r.nodes} |`);
}
