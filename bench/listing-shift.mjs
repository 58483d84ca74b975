#!/usr/bin/env node
/**
 * Layout shift on a product listing: 100 `<aisle-stock-badge>` in a grid of cards on the
 * shopper's store (bench/listing-shift-page.ts), from being added to the page until every one
 * shows its answer, as Chromium's layout-shift entries count it (CLS: the sum of one burst), for
 * the code of this tree against the same page built from the code of BASELINE (extracted by
 * `git archive` into bench/.baseline/), in one headless Chromium run. Both get this tree's mock
 * API's answers, 300 ms after they are asked. Layouts: a phone in one and two columns, a small
 * phone in two, a tablet and a desktop with as many 16rem columns as fit. CLS does not depend on
 * timing here: one page load per layout and build is enough (RUNS for more; the median is kept).
 *
 *   npm run bench:shift          (PORT for the dev server's)
 *   node bench/listing-shift.mjs --json    (one JSON object on stdout, for bench/run-all.mjs)
 */
import { chromium } from 'playwright-core';
import { CHROME_ARGS, findChrome } from '../scripts/browsers.mjs';
import { benchServer, extractBaseline } from './lib/baseline.mjs';

/**
 * The code to compare with: the commit before the badge reserved its lines by its width and put
 * its details under the action. Move it to measure a change.
 */
export const BASELINE = '7b33e7c2afd3';
const RUNS = Math.max(1, Number(process.env.RUNS ?? 1));
const PORT = Number(process.env.PORT ?? 8112);
const STORE = 'lyon-part-dieu';
const LAYOUTS = [
  { label: 'phone, one column', width: 390, columns: 1 },
  { label: 'phone, two columns', width: 390, columns: 2 },
  { label: 'small phone, two columns', width: 320, columns: 2 },
  { label: 'tablet, 16rem columns', width: 800, columns: 0 },
  { label: 'desktop, 16rem columns', width: 1280, columns: 0 },
];

const removeBaseline = extractBaseline(BASELINE, 'listing-shift');
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const { server, urls: URLS } = await benchServer(PORT, 'listing-shift');
const browser = await chromium.launch({ executablePath: findChrome(), args: CHROME_ARGS });

async function measure(impl, { width, columns }) {
  const page = await browser.newPage({ viewport: { width, height: 900 } });
  page.setDefaultTimeout(120_000);
  await page.goto(URLS[impl]);
  await page.waitForFunction('window.benchReady === true');
  const got = await page.evaluate(`window.run(${JSON.stringify(STORE)}, ${columns})`);
  await page.close();
  return got;
}

const rows = [];
try {
  for (const layout of LAYOUTS) {
    const got = { before: [], after: [] };
    for (let i = 0; i < RUNS; i++) {
      for (const impl of ['before', 'after']) {
        process.stderr.write(`  shift ${layout.label} ${impl}, run ${i + 1}/${RUNS}\n`);
        got[impl].push(await measure(impl, layout));
      }
    }
    const fig = (impl) => {
      const runs = got[impl];
      return {
        cls: median(runs.map((r) => r.cls)),
        shifts: runs[0].shifts,
        heights: runs[0].heights,
      };
    };
    rows.push({ ...layout, before: fig('before'), after: fig('after') });
  }
} finally {
  await browser.close();
  await server.close();
  removeBaseline();
}

if (process.argv.includes('--json')) {
  console.log(JSON.stringify({ bench: 'listing-shift', baseline: BASELINE, runs: RUNS, rows }));
  process.exit(0);
}
const cls = (v) => v.toFixed(3);
console.log(
  `\n100 badges in a listing's cards, CLS until all answered, headless Chromium; before = ${BASELINE}\n`,
);
console.log(
  '| layout | width | CLS before | CLS after | before / after | badge heights after (px: count) |',
);
console.log('|---|---:|---:|---:|---:|---|');
for (const r of rows)
  console.log(
    `| ${r.label} | ${r.width} px | ${cls(r.before.cls)} | ${cls(r.after.cls)} | ${(r.before.cls / Math.max(r.after.cls, 1e-4)).toFixed(2)}x | ${Object.entries(
      r.after.heights,
    )
      .map(([h, n]) => `${h}: ${n}`)
      .join(', ')} |`,
  );
