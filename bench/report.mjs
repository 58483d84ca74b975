#!/usr/bin/env node
/**
 * Writes bench/REPORT.md and bench/report.svg from the results bench/run-all.mjs collects
 * (bench/results/latest.json). Run on its own, it rewrites the report from that file:
 *
 *   node bench/report.mjs
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chartSvg } from './report-chart.mjs';

import { int, kb, median, ms, ratio, table } from './lib/report-format.mjs';
import { PAGE_SECTIONS } from './report-pages.mjs';

/**
 * Each section: the numbers behind one panel of the chart. Returns
 * { headline: [figure, aisle, baseline, ratio][], markdown, panel } for a measured bench.
 */
const SECTIONS = {
  sizes(bench) {
    const r = bench.runs[0];
    // A page whose floor could not be bundled has no ratio: left out, its reason in `problems`.
    const pages = (r.pages ?? []).filter((p) => p.floor > 0);
    return {
      headline: pages.map((p) => [
        `${p.label}: brotli size vs ${p.floorLabel}`,
        kb(p.compressed),
        kb(p.floor),
        `${ratio(p.compressed / p.floor)} the floor; ${p.compressed <= p.budget ? 'within' : 'OVER'} its ${kb(p.budget)} budget`,
      ]),
      markdown: [
        'What a page downloads from `dist/`, brotli quality 11, each file on its own, against the',
        'floor: the libraries Aisle cannot do without, bundled and minified the same way in the same',
        'run. Sizes are deterministic: one run. Ratio = Aisle / floor (1.0x would be nothing but the',
        'libraries).',
        '',
        table(
          ['page', 'Aisle (brotli)', 'floor', 'Aisle / floor', 'above floor', 'budget', 'result'],
          pages.map((p) => [
            p.label,
            kb(p.compressed),
            `${kb(p.floor)} (${p.floorLabel})`,
            ratio(p.compressed / p.floor),
            kb(p.compressed - p.floor),
            kb(p.budget),
            p.compressed <= p.budget ? 'within budget' : 'OVER budget',
          ]),
        ),
        ...(r.problems?.length ? ['', `Problems reported: ${r.problems.join('; ')}.`] : []),
      ].join('\n'),
      panel: {
        title: 'Bundle size ÷ its floor (brotli)',
        note: '(Aisle vs floor); closer to 1x is better: 1x = the libraries alone',
        rows: pages.map((p) => ({
          label: p.short ?? p.label,
          value: p.compressed / p.floor,
          text: `${ratio(p.compressed / p.floor)}  (${kb(p.compressed)} vs ${kb(p.floor)}, ${p.compressed <= p.budget ? 'within' : 'over'} budget)`,
          series: 0,
        })),
      },
    };
  },

  batching(bench) {
    const rows = bench.runs[0].rows;
    const at = (n) => rows.find((r) => r.badges === n) ?? rows[rows.length - 1];
    const top = at(200);
    const cells = (r, key) => [String(r[key].requests), ratio(r.badges / r[key].requests)];
    return {
      headline: [
        [
          `requests for ${top.badges} badges (distinct products) vs one per badge`,
          String(top.distinct.requests),
          String(top.badges),
          ratio(top.badges / top.distinct.requests),
        ],
      ],
      markdown: [
        'Requests the real client (`src/client`: same-task batching, de-duplication, URL caps)',
        'makes for N badges started in the same task, against the mock API, compared with one',
        'request per badge. Counts are deterministic: one run. Ratio = one-per-badge / Aisle.',
        '',
        table(
          [
            'badges',
            'distinct products',
            'ratio',
            '10 products repeated',
            'ratio',
            'two stores',
            'ratio',
            'longest URL',
          ],
          rows.map((r) => [
            String(r.badges),
            ...cells(r, 'distinct'),
            ...cells(r, 'repeated'),
            ...cells(r, 'twoStores'),
            `${Math.max(r.distinct.longestUrl, r.twoStores.longestUrl)} chars`,
          ]),
        ),
      ].join('\n'),
      panel: {
        title: 'Availability requests: one per badge ÷ Aisle',
        note: '(Aisle vs one per badge), distinct products, one store',
        rows: rows.map((r) => ({
          label: `${r.badges} badge${r.badges === 1 ? '' : 's'}`,
          value: r.badges / r.distinct.requests,
          text: `${ratio(r.badges / r.distinct.requests)}  (${r.distinct.requests} request${r.distinct.requests === 1 ? '' : 's'} vs ${r.badges})`,
          series: 0,
        })),
      },
    };
  },

  'place-matcher'(bench) {
    const r = bench.runs[0];
    const at4 = r.rows.find((x) => x.rate === 4) ?? r.rows[r.rows.length - 1];
    const figures = [
      ['matcher made and asked at once: longest task', (x) => x.atOnceLongestMs],
      ['first keystroke once built', (x) => x.firstMs],
      ['later keystroke (median)', (x) => x.laterMs],
      ['main thread in all (build and every query)', (x) => x.mainMs],
    ];
    // Long tasks are those over 50 ms: 0 is none, with no ratio.
    const cut = (b, a) => (a > 0 ? ratio(b / a) : 'no long task left');
    const time = (v) => (v > 0 ? ms(v) : 'none');
    return {
      headline: [1, 2].map((i) => [
        `search box over ${int(r.stores)} stores at ${at4.rate}x CPU, ${figures[i][0]}: new matcher vs its old self`,
        ms(figures[i][1](at4.after)),
        ms(figures[i][1](at4.before)),
        `${cut(figures[i][1](at4.before), figures[i][1](at4.after))} less`,
      ]),
      markdown: [
        `The locator's search box over ${int(r.stores)} stores given as \`.stores\`: the matcher`,
        '(src/geo/local-geocoder.ts, indexed in idle-time slices) against a copy of the one before',
        '(bench/lib/place-matcher-before.ts), in the same run, in Chromium with CPU throttling; the',
        `bench stops if their suggestions differ. Medians of ${r.runs} runs. Ratio = before / after.`,
        '',
        table(
          ['CPU', 'figure', 'before', 'after', 'ratio'],
          r.rows.flatMap((x) =>
            figures.map(([label, get]) => [
              `${x.rate}x`,
              label,
              time(get(x.before)),
              time(get(x.after)),
              cut(get(x.before), get(x.after)),
            ]),
          ),
          2,
        ),
        '',
        'The whole locator with the stores (after): ' +
          r.rows
            .map(
              (x) =>
                `at ${x.rate}x, first list ${ms(x.locator.firstListMs)}, interactive at ${ms(x.locator.interactiveMs)}, first keystroke ${ms(x.locator.first.mainMs)} of main thread (longest task ${time(x.locator.first.longestMs)}), next ${ms(x.locator.next.mainMs)}`,
            )
            .join('; ') +
          '.',
      ].join('\n'),
      panel: {
        title: 'Search box: old matcher ÷ new, later keystroke',
        note: `(new vs old), ${int(r.stores)} stores, by CPU slowdown`,
        rows: r.rows.map((x) => ({
          label: `${x.rate}x CPU`,
          value: x.before.laterMs / x.after.laterMs,
          text: `${ratio(x.before.laterMs / x.after.laterMs)}  (${ms(x.after.laterMs)} vs ${ms(x.before.laterMs)})`,
          series: 0,
        })),
      },
    };
  },

  nearest(bench) {
    const r = bench.runs[0];
    const top = r.rows[r.rows.length - 1];
    return {
      headline: [
        [
          `nearest-${r.k} query at ${int(top.n)} stores vs a naive sort (median ms)`,
          ms(top.indexed),
          ms(top.naive),
          ratio(top.ratio),
        ],
      ],
      markdown: [
        `Nearest ${r.k} stores to a point: the shipped \`createStoreIndex\` (kdbush + geokdbush)`,
        'against a haversine sort of every store, both checked to agree first. Each time is the',
        `median over ${r.rounds} rounds of the mean time per query. Ratio = naive / index.`,
        '',
        table(
          ['stores', 'index build', 'index (per query)', 'naive sort (per query)', 'naive / index'],
          r.rows.map((x) => [int(x.n), ms(x.build), ms(x.indexed), ms(x.naive), ratio(x.ratio)]),
        ),
      ].join('\n'),
      panel: {
        title: 'Nearest-store query: naive sort ÷ index',
        note: `(index vs naive sort), median of ${r.rounds} rounds`,
        rows: r.rows.map((x) => ({
          label: `${int(x.n)} stores`,
          value: x.ratio,
          text: `${ratio(x.ratio)}  (${ms(x.indexed)} vs ${ms(x.naive)})`,
          series: 0,
        })),
      },
    };
  },

  markers(bench) {
    const all = bench.runs.flatMap((run) => run.rows);
    const sizes = [...new Set(all.map((r) => r.n))].sort((a, b) => a - b);
    const cell = (n, mode) => {
      const got = all.filter((r) => r.n === n && r.mode === mode && !r.skipped);
      if (!got.length) return undefined;
      return {
        firstMs: median(got.map((r) => r.firstMs)),
        zoomMs: median(got.map((r) => r.zoomMs)),
        nodes: median(got.map((r) => r.nodes)),
        runs: got.length,
      };
    };
    const vs = (n, mode, key) => {
      const a = cell(n, 'aisle');
      const b = cell(n, mode);
      return a && b ? b[key] / a[key] : undefined;
    };
    const big = sizes[sizes.length - 1];
    const mcBig = vs(big, 'markercluster', 'firstMs');
    const domTop = [...sizes].reverse().find((n) => cell(n, 'dom'));
    const headline = [];
    if (mcBig !== undefined) {
      headline.push([
        `map first markers at ${int(big)} stores vs leaflet.markercluster (median)`,
        ms(cell(big, 'aisle').firstMs),
        ms(cell(big, 'markercluster').firstMs),
        ratio(mcBig),
      ]);
      headline.push([
        `map zoom step at ${int(big)} stores vs leaflet.markercluster (median)`,
        ms(cell(big, 'aisle').zoomMs),
        ms(cell(big, 'markercluster').zoomMs),
        ratio(vs(big, 'markercluster', 'zoomMs')),
      ]);
    }
    if (domTop !== undefined) {
      headline.push([
        `map first markers at ${int(domTop)} stores vs plain Leaflet markers (median)`,
        ms(cell(domTop, 'aisle').firstMs),
        ms(cell(domTop, 'dom').firstMs),
        ratio(vs(domTop, 'dom', 'firstMs')),
      ]);
    }
    const label = {
      aisle: 'Aisle (supercluster)',
      markercluster: 'leaflet.markercluster',
      dom: 'plain Leaflet markers',
    };
    const rows = sizes.flatMap((n) =>
      Object.keys(label).map((mode) => {
        const c = cell(n, mode);
        const head = [int(n), label[mode]];
        if (!c) return [...head, 'not measured', '', '', '', '', ''];
        const other = mode !== 'aisle';
        return [
          ...head,
          ms(c.firstMs),
          ms(c.zoomMs),
          int(c.nodes),
          other ? ratio(vs(n, mode, 'firstMs')) : '',
          other ? ratio(vs(n, mode, 'zoomMs')) : '',
          other ? ratio(vs(n, mode, 'nodes')) : '',
        ];
      }),
    );
    const skippedDom = sizes.filter((n) => !cell(n, 'dom'));
    return {
      headline,
      markdown: [
        'The locator map (supercluster, `src/components/store-locator/locator-map.ts`) against',
        'plain Leaflet DOM markers and leaflet.markercluster, in headless Chromium (1000x700 map',
        'over France at zoom 6, then one zoom step to 7, no tiles). Each figure is the median of',
        `${bench.runs.length} runs of \`bench/locator-map.mjs\`; ratios = other / Aisle of those medians: above`,
        '1x Aisle is faster (or keeps fewer marker nodes), below 1x it is slower (or keeps more).',
        '',
        table(
          [
            'stores',
            'renderer',
            'first markers',
            'zoom step',
            'marker nodes',
            'first: other / Aisle',
            'zoom: other / Aisle',
            'nodes: other / Aisle',
          ],
          rows,
          2,
        ),
        ...(skippedDom.length
          ? [
              '',
              `Plain DOM markers not measured at ${skippedDom.map(int).join(' and ')} stores: the bench`,
              `skips them above \`DOM_LIMIT\` (${int(bench.runs[0].domLimit ?? 10_000)} in this run). At 100,000`,
              "stores one draw of plain markers outlasts puppeteer's 180 s protocol timeout on this",
              'machine class, which fails the whole map bench, so `npm run bench` stops at 50,000.',
            ]
          : []),
      ].join('\n'),
      panels: [
        ['firstMs', 'Map, time to first markers: other ÷ Aisle', 'Aisle faster'],
        ['zoomMs', 'Map, one zoom step: other ÷ Aisle', 'Aisle faster'],
      ].map(([key, title, better]) => ({
        title,
        note: `right of 1x: ${better}; (Aisle vs other), median of ${bench.runs.length} runs`,
        legend: ['leaflet.markercluster', 'plain Leaflet markers'],
        rows: sizes.flatMap((n) =>
          [
            ['markercluster', 0],
            ['dom', 1],
          ].map(([mode, series]) => {
            const v = vs(n, mode, key);
            return {
              label: `${int(n)} stores`,
              value: v,
              text:
                v === undefined
                  ? 'not measured (see the report)'
                  : `${ratio(v)}  (${ms(cell(n, 'aisle')[key])} vs ${ms(cell(n, mode)[key])})`,
              series,
            };
          }),
        ),
      })),
    };
  },
  ...PAGE_SECTIONS,
};

function render(results) {
  const { machine } = results;
  const headline = [];
  const body = [];
  const panels = [];
  for (const bench of results.benches) {
    const section = bench.status === 'measured' ? SECTIONS[bench.id]?.(bench) : undefined;
    body.push(`## ${bench.title}`, '');
    if (bench.status !== 'measured') {
      body.push(`Not measured: ${bench.reason}.`, '');
      headline.push([bench.title, '', '', `not measured: ${bench.reason}`]);
      panels.push({ title: bench.title, missing: `not measured: ${bench.reason}` });
      continue;
    }
    if (!section) {
      body.push(`From \`${bench.script} --json\` (no report section yet):`, '');
      body.push('```json', JSON.stringify(bench.runs, null, 2), '```', '');
      continue;
    }
    headline.push(...section.headline);
    body.push(section.markdown, '', `Command: \`node ${bench.script}\`.`, '');
    panels.push(...(section.panels ?? [section.panel]));
  }
  const md = [
    '# Aisle benchmark report',
    '',
    '<!-- Generated by `npm run bench` (bench/run-all.mjs, bench/report.mjs). Do not edit. -->',
    '',
    `Machine: ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGB} GB; ${machine.os};`,
    `Node ${machine.node}; ${machine.chromium}. Run ${machine.date.slice(0, 16).replace('T', ' ')} UTC.`,
    '',
    'Every figure is a ratio or a median over repeated runs on that machine; absolute times move',
    'with the machine and its load, ratios much less. Reproduce with `npm run bench`.',
    '',
    table(['figure', 'Aisle', 'baseline', 'ratio'], headline),
    '',
    '![Benchmark ratios](report.svg)',
    '',
    ...body,
  ].join('\n');
  return { md, svg: chartSvg(panels, machine) };
}

/** Writes REPORT.md and report.svg into `dir`; returns the names written. */
export function writeReport(results, dir) {
  const { md, svg } = render(results);
  writeFileSync(join(dir, 'REPORT.md'), md.replace(/\n*$/, '\n'));
  writeFileSync(join(dir, 'report.svg'), svg);
  return ['bench/REPORT.md', 'bench/report.svg'];
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const dir = fileURLToPath(new URL('.', import.meta.url));
  const results = JSON.parse(readFileSync(join(dir, 'results/latest.json'), 'utf8'));
  console.log(`wrote ${writeReport(results, dir).join(', ')}`);
}
