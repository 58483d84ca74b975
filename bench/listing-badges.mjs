#!/usr/bin/env node
/**
 * The demo's listing page: 100 `<aisle-stock-badge>` on the shopper's store, from being added to
 * the page until every one shows its answer, for the code of this tree against the same page
 * built from the code of BASELINE (extracted by `git archive` into bench/.baseline/), in one
 * headless Chromium run at 1x and 4x CPU (CDP `Emulation.setCPUThrottlingRate`). The mock API's
 * answers are recorded once and replayed (bench/listing-badges-page.ts), so the mock's own work is
 * not counted. Per build: main-thread ms (all tasks: script, style, layout, GC; thread ticks),
 * style recalcs and layouts, the longest task, availability requests, the JS heap after a GC, and
 * one minute tick of a shown page (every badge updated again, as TickerController asks).
 * Medians over RUNS page loads (default 3) of 5 runs each, the two builds alternating.
 *
 *   npm run bench:listing         (RUNS=5 for more runs, PORT for the dev server's,
 *                                  BASELINE=<commit> to compare with another commit)
 *   node bench/listing-badges.mjs --json    (one JSON object on stdout, for bench/run-all.mjs)
 */
import { chromium } from 'playwright-core';
import { CHROME_ARGS, findChrome } from '../scripts/browsers.mjs';
import { benchServer, extractBaseline } from './lib/baseline.mjs';

/**
 * The code to compare with: the commit this bench was written at (before the ticker stopped in
 * hidden tabs, which changes nothing on a shown page). Move it, or set BASELINE in the
 * environment, to measure a change.
 */
export const BASELINE = process.env.BASELINE ?? 'd58172cd59a7';
const RATES = [1, 4];
const RUNS = Math.max(1, Number(process.env.RUNS ?? 3));
/** Measured runs per page load (each with its own client, so nothing cached). */
const REPEATS = 5;
const PORT = Number(process.env.PORT ?? 8110);
const STORE = 'paris-chatelet';

const removeBaseline = extractBaseline(BASELINE, 'listing-badges');
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const { server, urls: URLS } = await benchServer(PORT, 'listing-badges');
const browser = await chromium.launch({ executablePath: findChrome(), args: CHROME_ARGS });

/** One page load: REPEATS measured runs after an unmeasured one; the figures of each run. */
async function measure(impl, rate) {
  const page = await browser.newPage({ viewport: { width: 1100, height: 900 } });
  page.setDefaultTimeout(300_000);
  const cdp = await page.context().newCDPSession(page);
  // Thread ticks: the main thread's CPU time, less moved by other processes than wall time.
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
  await page.goto(URLS[impl]);
  await page.waitForFunction('window.benchReady === true', null, { timeout: 120_000 });
  await page.evaluate(`window.prepare(${JSON.stringify(STORE)})`);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  const read = async () =>
    Object.fromEntries(
      (await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value]),
    );
  const out = [];
  for (let i = 0; i < REPEATS; i++) {
    await cdp.send('HeapProfiler.collectGarbage');
    const since = await page.evaluate('performance.now()');
    const m0 = await read();
    const got = await page.evaluate('window.run()');
    const m1 = await read();
    await page.waitForTimeout(200); // long tasks are reported a little later
    const tasks = await page.evaluate(`window.longTasks(${since})`);
    await cdp.send('HeapProfiler.collectGarbage');
    const heap = (await read()).JSHeapUsedSize;
    const t0 = await read();
    await page.evaluate('window.tick()');
    const t1 = await read();
    const d = (k) => m1[k] - m0[k];
    out.push({
      mainMs: d('TaskDuration') * 1000,
      tickMs: (t1.TaskDuration - t0.TaskDuration) * 1000,
      styleRecalcs: d('RecalcStyleCount'),
      layouts: d('LayoutCount'),
      longestMs: Math.max(0, ...tasks.map((t) => t.ms)),
      heapMB: heap / 2 ** 20,
      availabilityRequests: got.requests.filter((r) => r.startsWith('/availability')).length,
      requests: got.requests.length,
      statuses: got.statuses,
    });
  }
  await page.close();
  return out;
}

const rows = [];
try {
  for (const rate of RATES) {
    const got = { before: [], after: [] };
    for (let i = 0; i < RUNS; i++) {
      for (const impl of ['before', 'after']) {
        process.stderr.write(`  listing ${rate}x ${impl}, run ${i + 1}/${RUNS}\n`);
        got[impl].push(...(await measure(impl, rate)));
      }
    }
    const fig = (impl) => {
      const runs = got[impl];
      const out = {};
      for (const k of ['mainMs', 'tickMs', 'styleRecalcs', 'layouts', 'longestMs', 'heapMB'])
        out[k] = median(runs.map((r) => r[k]));
      out.availabilityRequests = Math.max(...runs.map((r) => r.availabilityRequests));
      out.requests = Math.max(...runs.map((r) => r.requests));
      out.statuses = runs[0].statuses;
      return out;
    };
    rows.push({ rate, before: fig('before'), after: fig('after') });
  }
} finally {
  await browser.close();
  await server.close();
  removeBaseline();
}

if (process.argv.includes('--json')) {
  console.log(
    JSON.stringify({ bench: 'listing-badges', baseline: BASELINE, runs: RUNS, unit: 'ms', rows }),
  );
  process.exit(0);
}
const ms = (v) => `${Math.round(v).toLocaleString('en-US')} ms`;
console.log(
  `\n100 badges, added to the page until all settled, headless Chromium, median of ${RUNS * REPEATS} runs; before = ${BASELINE}\n`,
);
console.log(
  '| CPU | 100 badges settled, main thread before / after | longest task before / after | one minute tick (100 updates) before / after | style recalcs / layouts (after) | availability requests (all requests) | heap after GC before / after |',
);
console.log('|---|---:|---:|---:|---:|---:|---:|');
for (const { rate, before: b, after: a } of rows)
  console.log(
    `| ${rate}x | ${ms(b.mainMs)} / ${ms(a.mainMs)} (${(b.mainMs / a.mainMs).toFixed(2)}x) | ${ms(b.longestMs)} / ${ms(a.longestMs)} | ${ms(b.tickMs)} / ${ms(a.tickMs)} | ${a.styleRecalcs} / ${a.layouts} | ${a.availabilityRequests} (${a.requests}) | ${b.heapMB.toFixed(1)} / ${a.heapMB.toFixed(1)} MB |`,
  );
console.log(`statuses: ${JSON.stringify(rows[0].after.statuses)}`);
