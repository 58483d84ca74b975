/**
 * The report sections of the benchmarks that measure a whole page in the browser, before and
 * after a change (bench/locator-keystroke.mjs, bench/listing-badges.mjs, bench/listing-shift.mjs)
 * or as it is (bench/locator-pan-zoom.mjs). Same shape as bench/report.mjs's: { headline, markdown, panel }.
 */
import { ms, ratio, table } from './lib/report-format.mjs';

export const PAGE_SECTIONS = {
  'locator-keystroke'(bench) {
    const r = bench.runs[0];
    const at4 = r.rows.filter((x) => x.rate === 4);
    const time = (v) => (v > 0 ? ms(v) : 'none');
    return {
      headline: at4.map((x) => [
        `a keystroke in the locator's search box (${x.label}) at 4x CPU, main thread: now vs ${r.baseline.slice(0, 7)}`,
        ms(x.after.keyMs),
        ms(x.before.keyMs),
        `${ratio(x.before.keyMs / x.after.keyMs)} less`,
      ]),
      markdown: [
        "One keystroke in the locator's search box: main-thread CPU time (thread ticks; script,",
        'style, layout, paint, GC) from the key until its suggestions show and 300 ms more, for this',
        `tree against the same page built from commit ${r.baseline} (extracted by \`git archive\`),`,
        'in the same run, in Chromium with CPU throttling; idle = the same window with no key.',
        `Medians of ${r.runs * r.keystrokes} keystrokes. Ratio = before / after.`,
        '',
        table(
          [
            'page',
            'CPU',
            'before: key / idle',
            'after: key / idle',
            'ratio',
            'longest task before / after',
          ],
          r.rows.map((x) => [
            x.label,
            `${x.rate}x`,
            `${ms(x.before.keyMs)} / ${ms(x.before.idleMs)}`,
            `${ms(x.after.keyMs)} / ${ms(x.after.idleMs)}`,
            ratio(x.before.keyMs / x.after.keyMs),
            `${time(x.before.longestMs)} / ${time(x.after.longestMs)}`,
          ]),
          2,
        ),
      ].join('\n'),
      panel: {
        title: 'Locator keystroke: before ÷ after, main thread',
        note: `(now vs ${r.baseline.slice(0, 7)}), by page and CPU slowdown`,
        rows: r.rows.map((x) => ({
          label: `${x.page} ${x.rate}x`,
          value: x.before.keyMs / x.after.keyMs,
          text: `${ratio(x.before.keyMs / x.after.keyMs)}  (${ms(x.after.keyMs)} vs ${ms(x.before.keyMs)})`,
          series: 0,
        })),
      },
    };
  },

  'listing-badges'(bench) {
    const r = bench.runs[0];
    const at4 = r.rows.find((x) => x.rate === 4) ?? r.rows[r.rows.length - 1];
    return {
      headline: [
        [
          `a listing of 100 badges, added until all settled, at ${at4.rate}x CPU, main thread: now vs ${r.baseline.slice(0, 7)}`,
          ms(at4.after.mainMs),
          ms(at4.before.mainMs),
          ratio(at4.before.mainMs / at4.after.mainMs),
        ],
      ],
      markdown: [
        "The demo's listing page: 100 badges on the shopper's store, from being added to the page",
        'until each shows its answer; main-thread CPU time (thread ticks: script, style, layout, GC),',
        `for this tree against the same page built from commit ${r.baseline} (extracted by \`git`,
        "archive`), in the same run, in Chromium with CPU throttling. The mock's answers are recorded",
        "once and replayed, so the mock's own work is not counted. A minute tick is every badge",
        `updated again. Medians of ${r.runs * 5} runs. Ratio = before / after.`,
        '',
        table(
          [
            'CPU',
            'settled: before / after',
            'ratio',
            'longest task before / after',
            'minute tick before / after',
            'style recalcs / layouts',
            'availability requests (all)',
            'JS heap after GC',
          ],
          r.rows.map((x) => [
            `${x.rate}x`,
            `${ms(x.before.mainMs)} / ${ms(x.after.mainMs)}`,
            ratio(x.before.mainMs / x.after.mainMs),
            `${ms(x.before.longestMs)} / ${ms(x.after.longestMs)}`,
            `${ms(x.before.tickMs)} / ${ms(x.after.tickMs)}`,
            `${x.after.styleRecalcs} / ${x.after.layouts}`,
            `${x.after.availabilityRequests} (${x.after.requests})`,
            `${x.after.heapMB.toFixed(1)} MB`,
          ]),
        ),
      ].join('\n'),
      panel: {
        title: 'Listing of 100 badges: before ÷ after, main thread',
        note: `(now vs ${r.baseline.slice(0, 7)}), by CPU slowdown`,
        rows: r.rows.map((x) => ({
          label: `${x.rate}x`,
          value: x.before.mainMs / x.after.mainMs,
          text: `${ratio(x.before.mainMs / x.after.mainMs)}  (${ms(x.after.mainMs)} vs ${ms(x.before.mainMs)})`,
          series: 0,
        })),
      },
    };
  },

  'listing-shift'(bench) {
    const r = bench.runs[0];
    const cls = (v) => v.toFixed(3);
    // A shift of 0 has no ratio: "none left".
    const cut = (x) => (x.after.cls > 0 ? ratio(x.before.cls / x.after.cls) : 'none left');
    return {
      headline: r.rows
        .filter((x) => x.width === 390 || x.width === 1280)
        .map((x) => [
          `a listing of 100 badges (${x.label}, ${x.width} px), layout shift as the answers arrive: now vs ${r.baseline.slice(0, 7)}`,
          cls(x.after.cls),
          cls(x.before.cls),
          x.after.cls > 0 ? `${cut(x)} less` : cut(x),
        ]),
      markdown: [
        "A product listing's grid of cards, 100 badges on the shopper's store: the layout shift",
        "(CLS, the sum of Chromium's layout-shift entries) from adding the listing until every badge",
        `shows its answer, for this tree against the same page built from commit ${r.baseline}`,
        '(extracted by `git archive`), in the same run, with the same mock answers given 300 ms',
        'after they are asked. Google counts a CLS up to 0.1 as good. Ratio = before / after.',
        '',
        table(
          [
            'layout',
            'width',
            'CLS before',
            'CLS after',
            'ratio',
            'badge heights after (px: count)',
          ],
          r.rows.map((x) => [
            x.label,
            `${x.width} px`,
            cls(x.before.cls),
            cls(x.after.cls),
            cut(x),
            Object.entries(x.after.heights)
              .map(([h, n]) => `${h}: ${n}`)
              .join(', '),
          ]),
        ),
      ].join('\n'),
      panel: {
        title: 'Listing of 100 badges: layout shift before ÷ after',
        note: `(now vs ${r.baseline.slice(0, 7)}), by layout; capped at 100x`,
        rows: r.rows.map((x) => ({
          label: `${x.width} px, ${x.columns || 'auto'} col.`,
          value: Math.min(100, x.before.cls / Math.max(x.after.cls, 1e-6)),
          text: `${cut(x)}  (${cls(x.after.cls)} vs ${cls(x.before.cls)})`,
          series: 0,
        })),
      },
    };
  },

  'locator-pan-zoom'(bench) {
    const r = bench.runs[0];
    const at4 = r.rows.find((x) => x.rate === 4) ?? r.rows[r.rows.length - 1];
    return {
      headline: [
        [
          `50,000-store map at ${at4.rate}x CPU: longest task of a search vs of a pan or zoom (median)`,
          ms(at4.longestSearchMs),
          ms(at4.longestGestureMs),
          ratio(at4.longestGestureMs / Math.max(at4.longestSearchMs, 1)),
        ],
      ],
      markdown: [
        'The 50,000-store locator with tiles (served locally): main-thread CPU time of each gesture',
        'until the page has settled, a pan, a zoom step and a search (the list and the map fitted to',
        'it), in Chromium with CPU throttling; idle = the same window with no gesture. Since the map',
        'follows the list a frame later, a search is two tasks: the list paints first. Medians of',
        `${r.runs} page loads. The ratio is the longest task of a pan or zoom / of a search.`,
        '',
        table(
          [
            'CPU',
            'pan',
            'zoom step',
            'search',
            'idle',
            'longest task, pan/zoom',
            'long tasks per pan/zoom',
            'longest task, search',
          ],
          r.rows.map((x) => [
            `${x.rate}x`,
            ms(x.panMs),
            ms(x.zoomMs),
            ms(x.searchMs),
            ms(x.idleMs),
            ms(x.longestGestureMs),
            x.longTasksPerGesture.toFixed(1),
            ms(x.longestSearchMs),
          ]),
        ),
      ].join('\n'),
      panel: {
        title: '50,000-store map: longest task, pan/zoom ÷ search',
        note: '(search vs pan/zoom), by CPU slowdown',
        rows: r.rows.map((x) => ({
          label: `${x.rate}x`,
          value: x.longestGestureMs / Math.max(x.longestSearchMs, 1),
          text: `${ratio(x.longestGestureMs / Math.max(x.longestSearchMs, 1))}  (${ms(x.longestSearchMs)} vs ${ms(x.longestGestureMs)})`,
          series: 0,
        })),
      },
    };
  },
};
