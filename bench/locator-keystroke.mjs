#!/usr/bin/env node
/**
 * One keystroke in the locator's search box, in main-thread CPU milliseconds (all tasks: script,
 * style, layout, paint, GC, in thread ticks, from the key until its suggestions are shown and 300 ms more), for
 * the code of this tree against the same page built from the code of BASELINE (the commit before
 * the locator stopped re-rendering its store cards for each keystroke; extracted by `git archive`
 * into bench/.baseline/), in one headless Chromium run at 1x and 4x CPU (CDP
 * `Emulation.setCPUThrottlingRate`). The same window with no keystroke is measured too (idle).
 * Two pages: 50,000 stores with 20 listed and a map (demo/locator-50k.html), and 2,000 stores
 * with 10 listed and structured data. Medians over the keystrokes of RUNS runs (default 3).
 *
 *   node bench/locator-keystroke.mjs           (RUNS=5 for more runs, PORT for the dev server's)
 *   node bench/locator-keystroke.mjs --json    (one JSON object on stdout, for bench/run-all.mjs)
 */
import { chromium } from 'playwright-core';
import { CHROME_ARGS, findChrome } from '../scripts/browsers.mjs';
import { benchServer, extractBaseline } from './lib/baseline.mjs';
import { mainThreadMeter } from './lib/main-thread.mjs';

export const BASELINE = '322313b8a7fe';
const RATES = [1, 4];
const RUNS = Math.max(1, Number(process.env.RUNS ?? 3));
const PORT = Number(process.env.PORT ?? 8108);
const PAGES = [
  {
    id: '50k',
    label: '50,000 stores, 20 listed, map',
    n: 50_000,
    limit: 20,
    structuredData: false,
  },
  {
    id: '2k-jsonld',
    label: '2,000 stores, 10 listed, structured data',
    n: 2_000,
    limit: 10,
    structuredData: true,
  },
];
/** Keystrokes measured on each page load, after WARM_UP unmeasured ones at 1x. */
const KEYSTROKES = 7;
const WARM_UP = 3;

const removeBaseline = extractBaseline(BASELINE, 'locator-keystroke');
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const { server, urls: URLS } = await benchServer(PORT, 'locator-keystroke');
const browser = await chromium.launch({ executablePath: findChrome(), args: CHROME_ARGS });

const input = 'aisle-store-locator input[role=combobox]';

/** Keystrokes on one page with one build: main-thread ms of each, and of as long idle. */
async function measure(impl, spec, rate) {
  const page = await browser.newPage({ viewport: { width: 1100, height: 900 } });
  page.setDefaultTimeout(300_000);
  const cdp = await page.context().newCDPSession(page);
  // Thread ticks: the main thread's CPU time, less moved by other processes than wall time.
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
  await page.goto(URLS[impl]);
  await page.waitForFunction('window.benchReady === true', null, { timeout: 120_000 });
  await page.evaluate(`window.locator(${spec.n}, ${spec.limit}, ${spec.structuredData})`);
  await page.locator(input).focus();
  await page.keyboard.type('l');
  await page.waitForTimeout(3000); // the matcher indexes the stores in idle time
  const work = mainThreadMeter(cdp);
  const out = { keyMs: [], idleMs: [], longestMs: [], cards: 0 };
  /** "ly" (suggestions shown), then Backspace back to "l" (too short: they close). */
  const cycle = async (measured) => {
    await page.evaluate('window.expanded(false)');
    await page.waitForTimeout(300);
    const since = await page.evaluate('window.shown = window.expanded(true), performance.now()');
    const t0 = Date.now();
    await work();
    await page.keyboard.type('y');
    await page.evaluate('window.shown');
    await page.waitForTimeout(300);
    const keyMs = await work();
    const windowMs = Date.now() - t0;
    await page.waitForTimeout(200); // long tasks are reported a little later
    const tasks = await page.evaluate(`window.longTasks(${since})`);
    await work();
    await page.waitForTimeout(windowMs);
    const idleMs = await work();
    await page.keyboard.press('Backspace');
    if (!measured) return;
    out.keyMs.push(keyMs);
    out.idleMs.push(idleMs);
    out.longestMs.push(Math.max(0, ...tasks.map((t) => t.ms)));
  };
  for (let i = 0; i < WARM_UP; i++) await cycle(false);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  for (let i = 0; i < KEYSTROKES; i++) await cycle(true);
  out.cards = await page.evaluate(
    `document.querySelector('aisle-store-locator').shadowRoot.querySelectorAll('article').length`,
  );
  await page.close();
  return out;
}

const rows = [];
try {
  for (const spec of PAGES) {
    for (const rate of RATES) {
      const got = {
        before: { keyMs: [], idleMs: [], longestMs: [] },
        after: { keyMs: [], idleMs: [], longestMs: [] },
      };
      for (let i = 0; i < RUNS; i++) {
        for (const impl of ['before', 'after']) {
          process.stderr.write(
            `  locator keystroke ${spec.id} ${rate}x ${impl}, run ${i + 1}/${RUNS}\n`,
          );
          const r = await measure(impl, spec, rate);
          if (r.cards !== spec.limit)
            throw new Error(`${impl}: ${r.cards} cards, not ${spec.limit}`);
          for (const k of ['keyMs', 'idleMs', 'longestMs']) got[impl][k].push(...r[k]);
        }
      }
      const fig = (impl) => ({
        keyMs: median(got[impl].keyMs),
        idleMs: median(got[impl].idleMs),
        longestMs: Math.max(...got[impl].longestMs),
      });
      rows.push({
        page: spec.id,
        label: spec.label,
        rate,
        before: fig('before'),
        after: fig('after'),
      });
    }
  }
} finally {
  await browser.close();
  await server.close();
  removeBaseline();
}

if (process.argv.includes('--json')) {
  console.log(
    JSON.stringify({
      bench: 'locator-keystroke',
      baseline: BASELINE,
      runs: RUNS,
      keystrokes: KEYSTROKES,
      unit: 'ms',
      rows,
    }),
  );
  process.exit(0);
}
const ms = (v) => `${Math.round(v).toLocaleString('en-US')} ms`;
console.log(
  `\nOne keystroke in the locator's search box, main thread, headless Chromium, median of ${RUNS * KEYSTROKES} keystrokes; before = ${BASELINE}\n`,
);
console.log(
  '| page | CPU | before: keystroke / idle | after: keystroke / idle | before / after (keystroke) | longest task before / after |',
);
console.log('|---|---|---:|---:|---:|---:|');
for (const r of rows)
  console.log(
    `| ${r.label} | ${r.rate}x | ${ms(r.before.keyMs)} / ${ms(r.before.idleMs)} | ${ms(r.after.keyMs)} / ${ms(r.after.idleMs)} | ${(r.before.keyMs / r.after.keyMs).toFixed(1)}x | ${ms(r.before.longestMs)} / ${ms(r.after.longestMs)} |`,
  );
