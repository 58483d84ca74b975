#!/usr/bin/env node
/**
 * The locator's search box over 50,000 stores given from JavaScript (`.stores`): the local
 * matcher (src/geo/local-geocoder.ts) against the matcher before its index was built in idle
 * slices (bench/lib/place-matcher-before.ts), in one headless Chromium run at 1x and 4x CPU
 * (CDP `Emulation.setCPUThrottlingRate`). Both must give the same suggestions for every query
 * before any time counts. Then a whole locator handed the stores: its first list, when the page
 * is interactive (the end of its last long task), and the main-thread work of a keystroke typed
 * at once, the first keystroke typed later, and the next one. Medians of RUNS runs (default 3).
 *
 *   npm run bench:matcher              (RUNS=5 for more runs, PORT for the dev server's port)
 *   node bench/place-matcher.mjs --json   (one JSON object on stdout, for bench/run-all.mjs)
 */
import { isDeepStrictEqual } from 'node:util';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { createServer } from 'vite';
import { CHROME_ARGS, findChrome } from '../scripts/browsers.mjs';
import { mainThreadMeter } from './lib/main-thread.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const N = 50_000;
const RATES = [1, 4];
const RUNS = Math.max(1, Number(process.env.RUNS ?? 3));
const PORT = Number(process.env.PORT ?? 8106);

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const server = await createServer({
  root,
  configFile: false,
  logLevel: 'silent',
  server: { port: PORT, strictPort: false, host: '127.0.0.1' },
});
await server.listen();
const url = `http://127.0.0.1:${server.config.server.port}/bench/place-matcher.html`;
const browser = await chromium.launch({ executablePath: findChrome(), args: CHROME_ARGS });

async function open(rate) {
  const page = await browser.newPage({ viewport: { width: 1100, height: 900 } });
  page.setDefaultTimeout(300_000);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  await page.goto(url);
  await page.waitForFunction('window.benchReady === true', null, { timeout: 120_000 });
  await page.evaluate(`window.matcher('after', 200)`); // compile the code before timing it
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  /** Main-thread work (ms, all tasks: script, style, layout, paint, GC) since the last call. */
  const work = mainThreadMeter(cdp);
  const heap = async () => {
    await cdp.send('HeapProfiler.collectGarbage');
    const { metrics } = await cdp.send('Performance.getMetrics');
    return metrics.find((m) => m.name === 'JSHeapUsedSize').value;
  };
  /** The longest task that ended after `since` and began before `until`. */
  const longest = async (since, until = Infinity) => {
    await page.waitForTimeout(200); // long tasks are reported a little later
    const tasks = await page.evaluate(`window.longTasks(${since})`);
    return Math.max(0, ...tasks.filter((t) => t.start < until).map((t) => t.ms));
  };
  return { page, work, heap, longest };
}

/** The matchers alone: each made and asked at once, asked once built, and asked again. */
async function matchers(rate) {
  const out = {};
  for (const impl of ['before', 'after']) {
    const { page, work, heap, longest } = await open(rate);
    await page.evaluate(`window.prepare(${N})`);
    const bare = await heap();
    await work();
    const r = await page.evaluate(`window.matcher(${JSON.stringify(impl)}, ${N})`);
    const mainMs = await work();
    const kept = await heap();
    out[impl] = {
      atOnceMs: r.atOnceMs,
      atOnceLongestMs: await longest(r.t0, r.atOnceEnd),
      builtMs: r.builtMs,
      firstMs: r.firstMs,
      laterMs: r.laterMs,
      mainMs,
      heapMB: (kept - bare) / 2 ** 20,
      answers: r.answers,
    };
    await page.close();
  }
  if (!isDeepStrictEqual(out.before.answers, out.after.answers))
    throw new Error('the matcher and its baseline disagree: see the answers of the queries');
  for (const impl of ['before', 'after']) delete out[impl].answers;
  return out;
}

const input = 'aisle-store-locator input[role=combobox]';
const expanded = (v) => `${input}[aria-expanded="${v}"]`;

/** One keystroke in the search box: its main-thread work and longest task until it is answered. */
async function keystroke({ page, work, longest }, text) {
  // Suggestions shown: Escape hides them (and keeps the text), so their return is the answer.
  if (await page.locator(expanded(true)).count()) await page.keyboard.press('Escape');
  await page.locator(expanded(false)).waitFor();
  const since = await page.evaluate('performance.now()');
  await work();
  await page.keyboard.type(text);
  await page.locator(expanded(true)).waitFor();
  await page.waitForTimeout(300);
  return { mainMs: await work(), longestMs: await longest(since) };
}

/** A locator handed the stores: first list, interactive, keystrokes at once and later. */
async function locator(rate) {
  const typedAtOnce = await open(rate);
  const { page } = typedAtOnce;
  await page.evaluate(`window.prepare(${N})`);
  await page.evaluate(`window.locator(${N})`);
  await page.locator(input).focus();
  const atOnce = await keystroke(typedAtOnce, 'ly');
  await page.close();

  const later = await open(rate);
  await later.page.evaluate(`window.prepare(${N})`);
  const r = await later.page.evaluate(`window.locator(${N})`);
  // Interactive: no long task for 3 s (at most 20 s after the stores were set).
  let quietFrom = r.t0 + r.firstListMs;
  for (let waited = 0; waited < 20_000; waited += 500) {
    const tasks = await later.page.evaluate(`window.longTasks(${r.t0})`);
    quietFrom = Math.max(quietFrom, ...tasks.map((t) => t.start + t.ms));
    if ((await later.page.evaluate('performance.now()')) - quietFrom > 3000) break;
    await later.page.waitForTimeout(500);
  }
  await later.page.locator(input).focus();
  const first = await keystroke(later, 'ly');
  const next = await keystroke(later, 'o');
  await later.page.close();
  return { firstListMs: r.firstListMs, interactiveMs: quietFrom - r.t0, atOnce, first, next };
}

const rows = [];
try {
  for (const rate of RATES) {
    const runs = [];
    for (let i = 0; i < RUNS; i++) {
      process.stderr.write(`  place matcher ${rate}x, run ${i + 1}/${RUNS}\n`);
      runs.push({ matchers: await matchers(rate), locator: await locator(rate) });
    }
    // The median of each figure over the runs.
    const pick = (f) => median(runs.map(f));
    const fig = (get) =>
      Object.fromEntries(Object.keys(get(runs[0])).map((k) => [k, pick((r) => get(r)[k])]));
    rows.push({
      rate,
      before: fig((r) => r.matchers.before),
      after: fig((r) => r.matchers.after),
      locator: {
        firstListMs: pick((r) => r.locator.firstListMs),
        interactiveMs: pick((r) => r.locator.interactiveMs),
        atOnce: fig((r) => r.locator.atOnce),
        first: fig((r) => r.locator.first),
        next: fig((r) => r.locator.next),
      },
    });
  }
} finally {
  await browser.close();
  await server.close();
}

if (process.argv.includes('--json')) {
  console.log(JSON.stringify({ bench: 'place-matcher', stores: N, runs: RUNS, unit: 'ms', rows }));
  process.exit(0);
}
const ms = (v) => `${Math.round(v).toLocaleString('en-US')} ms`;
const x = (a, b) => `${(a / b).toFixed(a / b >= 10 ? 0 : 1)}x`;
console.log(
  `\nSearch box over ${N.toLocaleString('en-US')} stores (.stores), headless Chromium, median of ${RUNS} runs\n`,
);
console.log('| CPU | figure | before | after | before / after |');
console.log('|---|---|---:|---:|---:|');
for (const { rate, before: b, after: a, locator: l } of rows) {
  const row = (name, vb, va) =>
    console.log(`| ${rate}x | ${name} | ${ms(vb)} | ${ms(va)} | ${x(vb, va)} |`);
  row(
    'first keystroke, longest task (matcher made and asked at once)',
    b.atOnceLongestMs,
    a.atOnceLongestMs,
  );
  row('first keystroke answered (matcher made and asked at once)', b.atOnceMs, a.atOnceMs);
  row('first keystroke once the matcher is built', b.firstMs, a.firstMs);
  row('a later keystroke (median of the queries)', b.laterMs, a.laterMs);
  console.log(`| ${rate}x | matcher built in idle slices (wall) | | ${ms(a.builtMs)} | |`);
  console.log(
    `| ${rate}x | matcher heap | ${b.heapMB.toFixed(1)} MB | ${a.heapMB.toFixed(1)} MB | |`,
  );
  console.log(`| ${rate}x | locator: first list after .stores is set | | ${ms(l.firstListMs)} | |`);
  console.log(
    `| ${rate}x | locator: interactive (end of its last long task) | | ${ms(l.interactiveMs)} | |`,
  );
  for (const [name, k] of [
    ['typed at the first list', 'atOnce'],
    ['first keystroke typed later', 'first'],
    ['next keystroke', 'next'],
  ])
    console.log(
      `| ${rate}x | locator: ${name}: main thread / longest task | | ${ms(l[k].mainMs)} / ${ms(l[k].longestMs)} | |`,
    );
  console.log(
    `| ${rate}x | locator: first keystroke typed later vs next (main thread) | | | ${x(l.first.mainMs, l.next.mainMs)} |`,
  );
}
