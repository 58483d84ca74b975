#!/usr/bin/env node
/**
 * `npm run size` (after `npm run build`; part of `npm run check` and .ci/run): what a page
 * downloads and executes from the built dist/, brotli-compressed (Node's zlib, quality 11, each
 * file on its own as a server sends it), against the budgets:
 *
 *  - a page with only badges and reserve buttons executes at most 15 KB of Aisle JavaScript
 *    before the shopper interacts: dist/aisle.js, its static imports, and the chunks it loads for
 *    the tags on the page (what a click loads is not counted);
 *  - a page with the locator downloads at most 55 KB in all: the above for `<aisle-store-locator>`
 *    plus everything it loads as the shopper uses it (the map chunk with Leaflet, supercluster
 *    and leaflet.css; the place search), the mock aside. Measured twice: with default attributes
 *    (the budget, enforced) and with every opt-in (structured-data, an online geocoder, `.stores`;
 *    reported, with a ratchet).
 *
 * Floors, measured in the same run with the same minifier: Lit alone (LitElement, html, css,
 * nothing, decorators) and Lit + Leaflet + leaflet.css + supercluster + kdbush + geokdbush.
 * Also checks that neither the mock (msw) nor the map (Leaflet) is statically imported by
 * dist/aisle.js or an element entry. Exits 1 when a budget or a check fails.
 * `--json` prints the figures as one JSON object instead (for `npm run bench`).
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants } from 'node:zlib';
import { build } from 'vite';
import { TERSER } from './build.mjs';
import { ENTRIES, PUBLIC_ELEMENTS } from './build-entries.mjs';
import { steadyNames } from './release-names.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = join(root, 'dist');
const KB = 1024;

const BUDGET_BADGES = 15 * KB;
const BUDGET_LOCATOR = 55 * KB;

function brotli(buffer) {
  return brotliCompressSync(buffer, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: 11,
      [constants.BROTLI_PARAM_SIZE_HINT]: buffer.length,
    },
  }).length;
}

const kb = (bytes) => `${(bytes / KB).toFixed(1)} KB`;

if (!existsSync(join(dist, 'aisle.js'))) {
  console.error('size: dist/aisle.js is missing; run `npm run build` first');
  process.exit(1);
}

/** Static and dynamic imports of one built ES file (relative specifiers only). */
const graph = new Map();
function importsOf(file) {
  let found = graph.get(file);
  if (found) return found;
  const code = readFileSync(file, 'utf8');
  const at = (spec) => resolve(dirname(file), spec);
  found = {
    code,
    static: [...code.matchAll(/(?:\bfrom|\bimport)\s*["'](\.{1,2}\/[^"']+)["']/g)].map((m) =>
      at(m[1]),
    ),
    // `import("./x.js")`, or the retrying helper's `f("./x.js", import.meta.url)` (retry-imports.mjs).
    dynamic: [
      ...code.matchAll(
        /(?:\bimport|[\w$]+)\(\s*["'](\.{1,2}\/[^"']+)["']\s*(?:,\s*import\.meta\.url\s*)?\)/g,
      ),
    ]
      .filter((m) => m[0].startsWith('import') || m[0].includes('import.meta.url'))
      .map((m) => at(m[1])),
  };
  graph.set(file, found);
  return found;
}

/** Files executed when `files` run: their static import closure. */
function staticClosure(files, into = new Set()) {
  for (const file of files) {
    if (into.has(file)) continue;
    into.add(file);
    staticClosure(importsOf(file).static, into);
  }
  return into;
}

/** Everything `files` can load, dynamic imports included, except files matching `skip`. */
function fullClosure(files, skip, into = new Set()) {
  for (const file of files) {
    if (into.has(file) || skip(file)) continue;
    into.add(file);
    const { static: s, dynamic: d } = importsOf(file);
    fullClosure([...s, ...d], skip, into);
  }
  return into;
}

const isMock = (file) => /\[MSW\]/.test(importsOf(file).code);
const isMap = (file) => /leaflet-container/.test(importsOf(file).code);

const entry = join(dist, 'aisle.js');
const loaderCode = importsOf(entry).code;
/** tag -> the file its loader imports, read from dist/aisle.js itself. */
const loaders = new Map(
  [
    ...loaderCode.matchAll(
      /["']?(aisle-[\w-]+)["']?\s*:\s*\(\)\s*=>\s*[\w$]+\(\s*["']([^"']+)["']/g,
    ),
  ].map((m) => [m[1], resolve(dist, m[2])]),
);

const problems = [];
/** Public tags (build-entries.mjs): the loader must load each. Private ones (the store picker,
 * only rendered inside another element's shadow root) are not loaded by tag. */
const componentTags = PUBLIC_ELEMENTS.map((e) => e.tag);
for (const tag of componentTags) {
  if (!loaders.has(tag)) problems.push(`dist/aisle.js does not load <${tag}>`);
}

function pageFiles(tags) {
  const starts = [entry, ...tags.filter((t) => loaders.has(t)).map((t) => loaders.get(t))];
  return staticClosure(starts);
}

/*
 * Each page is also measured with the release id steadied (scripts/release-names.mjs): the
 * chunks' folder is named by a hash of their code, and a new id's random characters move a
 * page's compressed size by a few bytes (±16 measured). The ratchets below compare this steady
 * figure, so only a change of code moves them; the budgets and every figure printed are the
 * real bytes.
 */

function measure(files) {
  let raw = 0;
  let compressed = 0;
  let steady = 0;
  for (const file of files) {
    const buffer = readFileSync(file);
    raw += buffer.length;
    compressed += brotli(buffer);
    steady += brotli(Buffer.from(steadyNames(buffer.toString('utf8'))));
  }
  return { raw, compressed, steady, files: [...files].map((f) => relative(dist, f)) };
}

// Checks: the mock and the map never in a static closure of an entry.
for (const { name } of ENTRIES) {
  const file = join(dist, `${name}.js`);
  for (const f of staticClosure([file])) {
    if (isMock(f))
      problems.push(`dist/${name}.js statically imports the mock (${relative(dist, f)})`);
    if (isMap(f))
      problems.push(`dist/${name}.js statically imports the map (${relative(dist, f)})`);
  }
}
const mockChunks = [...fullClosure([entry, ...loaders.values()], () => false)].filter(isMock);
if (mockChunks.length === 0) problems.push('no lazily loaded mock chunk found from dist/aisle.js');

// The pages.
const badgeTags = ['aisle-config', 'aisle-stock-badge', 'aisle-reserve-button'];
const badges = measure(pageFiles(badgeTags));
const locatorStart = pageFiles(['aisle-config', 'aisle-store-locator']);
const locatorTags = new Set(['aisle-config', 'aisle-store-locator']);

/** A built chunk by the name Rollup gives it (its first module's): `chunks/<release id>/<name>[-n].js`. */
const chunkNamed = (file, name) =>
  new RegExp(`^chunks/[\\w-]{6}/${name}(-\\d+)?\\.js$`).test(relative(dist, file));
/**
 * What a locator page loads only when it asks for it (each behind a dynamic import taken only
 * in that case), and what only another element asks for. The default page counts neither; the
 * "every option" row counts the opt-ins.
 */
const OPT_IN = [
  ['structured-data', 'the structured-data attribute'],
  ['online', 'geocoder="ban" or "photon"'],
  ['ban-geocoder', 'geocoder="ban"'],
  ['photon-geocoder', 'geocoder="photon"'],
  ['store-index', 'stores given from JavaScript (.stores)'],
];
const OTHER_ELEMENTS = [['rest-reservations', 'the reserve button (holds, reservations)']];
const isOptIn = (file) => OPT_IN.some(([name]) => chunkNamed(file, name));
const isOtherElements = (file) => OTHER_ELEMENTS.some(([name]) => chunkNamed(file, name));

/** The mock, and other tags' chunks (the loader could import them, but no such tag is here). */
const notOnLocatorPage = (file) =>
  isMock(file) ||
  isOtherElements(file) ||
  [...loaders].some(([tag, f]) => f === file && !locatorTags.has(tag));
const locatorFiles = fullClosure([...locatorStart], notOnLocatorPage);
const locator = measure(locatorFiles);
const locatorDefaultFiles = fullClosure(
  [...locatorStart],
  (f) => notOnLocatorPage(f) || isOptIn(f),
);
const locatorDefault = measure(locatorDefaultFiles);

const allChunks = readdirSync(join(dist, 'chunks'), { recursive: true }).map((f) =>
  join(dist, 'chunks', f),
);
for (const [name, when] of [...OPT_IN, ...OTHER_ELEMENTS]) {
  if (!allChunks.some((f) => chunkNamed(f, name)))
    problems.push(`no chunk named ${name} (${when}): the build's chunks changed, update size.mjs`);
}
// An opt-in chunk imported statically by the default page would be loaded by every page.
for (const f of locatorDefaultFiles) {
  for (const imported of importsOf(f).static) {
    if (isOptIn(imported) || isOtherElements(imported))
      problems.push(`${relative(dist, f)} statically imports ${relative(dist, imported)}`);
  }
}
const locatorHasMap = [...locatorDefaultFiles].some(isMap);
if (loaders.has('aisle-store-locator') && !locatorHasMap) {
  problems.push('the locator page never loads a map chunk (Leaflet): measurement would be wrong');
}
for (const f of pageFiles(badgeTags)) {
  if (isMap(f)) problems.push(`the badge page executes the map (${relative(dist, f)})`);
}

// Floors: the libraries alone, bundled and minified like dist/.
async function floor(name, source) {
  const dir = join(root, 'node_modules', '.cache', 'aisle-size-floor');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `${name}.js`);
  writeFileSync(file, source);
  await build({
    root,
    configFile: false,
    logLevel: 'silent',
    mode: 'production',
    define: { 'process.env.NODE_ENV': JSON.stringify('production') },
    resolve: { conditions: ['browser', 'production', 'module', 'import', 'default'] },
    build: {
      outDir: join(dir, 'out'),
      emptyOutDir: false,
      target: 'es2022',
      minify: 'terser',
      terserOptions: TERSER,
      reportCompressedSize: false,
      lib: { entry: file, formats: ['es'], fileName: () => `${name}.js` },
      rollupOptions: { output: { inlineDynamicImports: true } },
    },
  });
  return brotli(readFileSync(join(dir, 'out', `${name}.js`)));
}

const LIT = `export { LitElement, html, css, nothing, unsafeCSS } from 'lit';
export { customElement, property, state, query } from 'lit/decorators.js';\n`;
const litFloor = await floor('lit', LIT);
let mapFloor;
try {
  const leafletCss = readFileSync(join(root, 'node_modules/leaflet/dist/leaflet.css'), 'utf8')
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ');
  const MAP = `${LIT}export * as L from 'leaflet/dist/leaflet-src.esm.js';
export { default as Supercluster } from 'supercluster';
export { default as KDBush } from 'kdbush';
export * as geokdbush from 'geokdbush';
export   const leafletCss = ${JSON.stringify(leafletCss)};\n`;

  mapFloor = await floor('lit-map', MAP);
} catch (error) {
  problems.push(`could not bundle the map floor: ${error.message.split('\n')[0]}`);
}
rmSync(join(root, 'node_modules', '.cache', 'aisle-size-floor'), { recursive: true, force: true });

const mapFloorLabel = mapFloor ? `${kb(mapFloor)} (Lit + Leaflet + clustering)` : 'n/a';
const row = (label, page, budget, floorBytes, floorLabel) => [
  label,
  kb(page.compressed),
  kb(budget),
  floorLabel,
  floorBytes ? kb(page.compressed - floorBytes) : 'n/a',
  page.compressed <= budget ? 'ok' : `OVER by ${kb(page.compressed - budget)}`,
];
const rows = [
  ['page', 'Aisle JS (brotli)', 'budget', 'floor', 'above floor', 'result'],
  row(
    'badges + reserve buttons, before interaction',
    badges,
    BUDGET_BADGES,
    litFloor,
    `${kb(litFloor)} (Lit)`,
  ),
  row(
    'locator, in all (default attributes)',
    locatorDefault,
    BUDGET_LOCATOR,
    mapFloor,
    mapFloorLabel,
  ),
  row('locator, in all (every option)', locator, BUDGET_LOCATOR, mapFloor, mapFloorLabel),
];
// The default locator page meets its budget: going over it fails the check. The badge page and
// the locator with every option do not meet theirs yet (see the README's "Size" section): for
// them the check fails on growth past a ratchet a little above today's size, and reports the gap.
if (locatorDefault.compressed > BUDGET_LOCATOR)
  problems.push(
    `the default locator page is over its 55 KB budget (${kb(locatorDefault.compressed)})`,
  );
const CEILINGS = [
  ['the badge page', badges, 26 * KB],
  ['the locator page with every option', locator, 59 * KB],
];
const gaps = [];
if (badges.compressed > BUDGET_BADGES) gaps.push('the badge page is over its 15 KB budget');
if (locator.compressed > BUDGET_LOCATOR)
  gaps.push('the locator page with every option is over its 55 KB budget');
for (const [label, page, ceiling] of CEILINGS) {
  if (page.steady > ceiling)
    problems.push(
      `${label} grew past its ratchet (${page.steady} bytes with chunk names steadied, ratchet ${Math.floor(ceiling)})`,
    );
}

if (process.argv.includes('--json')) {
  // For npm run bench (bench/run-all.mjs): the same figures, machine-readable.
  const locatorPage = (id, label, short, page) => ({
    id,
    label,
    short,
    compressed: page.compressed,
    steady: page.steady,
    raw: page.raw,
    budget: BUDGET_LOCATOR,
    floor: mapFloor,
    floorLabel: 'Lit + Leaflet + supercluster + kdbush/geokdbush',
  });
  console.log(
    JSON.stringify({
      bench: 'sizes',
      pages: [
        {
          id: 'badges',
          label: 'badges + reserve buttons, before interaction',
          short: 'badge page',
          compressed: badges.compressed,
          steady: badges.steady,
          raw: badges.raw,
          budget: BUDGET_BADGES,
          floor: litFloor,
          floorLabel: 'Lit',
        },
        locatorPage(
          'locator',
          'locator, in all (default attributes)',
          'locator page',
          locatorDefault,
        ),
        locatorPage(
          'locator-every-option',
          'locator, in all (every option)',
          'locator page, every option',
          locator,
        ),
      ],
      problems,
    }),
  );
  process.exit(problems.length ? 1 : 0);
}

const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
const line = (r) => `| ${r.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`;
console.log(line(rows[0]));
console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
for (const r of rows.slice(1)) console.log(line(r));
const fileLine = (file, note = '') => {
  const buffer = readFileSync(join(dist, file));
  return `  ${file.padEnd(44)} ${kb(buffer.length).padStart(9)} min ${kb(brotli(buffer)).padStart(8)} brotli${note}`;
};
for (const [label, page] of [
  ['badge page', badges],
  ['locator page (default attributes)', locatorDefault],
]) {
  console.log(`\n${label}: ${page.files.length} files`);
  for (const file of page.files) console.log(fileLine(file));
}
// What a click on the badge page loads (the store picker, the reserve dialog…): not counted in
// its budget, listed so that their figures are measured here too.
const onClick = fullClosure(
  ['aisle-stock-badge', 'aisle-reserve-button'].map((tag) => loaders.get(tag)),
  (f) => f === entry || isMock(f) || isMap(f),
);
/** What each chunk a click loads is (the store picker's is a `define` chunk: named by its code). */
const CLICKED = [
  ['reserve-dialog', 'the reserve dialog'],
  ['rest-reservations', 'the reservation requests'],
  ['validate-reservations', 'their response guards'],
  ['idempotency-key', 'their idempotency keys'],
  ['stores', 'store search, shared by the picker and the dialog'],
  ['qrcode', 'the QR code, on confirmation'],
  ...OPT_IN,
];
console.log('\nbadge page, loaded on a click (not counted):');
for (const f of onClick) {
  const file = relative(dist, f);
  if (badges.files.includes(file)) continue;
  const what = /aisle-store-picker/.test(importsOf(f).code)
    ? 'the store picker'
    : CLICKED.find(([name]) => chunkNamed(f, name))?.[1];
  console.log(fileLine(file, what ? `  (${what})` : ''));
}
console.log('\nlocator page, every option, adds:');
for (const file of locator.files.filter((f) => !locatorDefault.files.includes(f))) {
  const when = OPT_IN.find(([name]) => chunkNamed(join(dist, file), name))?.[1];
  console.log(fileLine(file, when ? `  (${when})` : ''));
}
for (const file of ['aisle.iife.js', 'aisle-mock.js']) {
  const buffer = readFileSync(join(dist, file));
  console.log(`${file}: ${kb(buffer.length)} minified, ${kb(brotli(buffer))} brotli`);
}
for (const f of mockChunks) {
  console.log(
    `mock chunk (mock mode only): ${relative(dist, f)} ${kb(brotli(readFileSync(f)))} brotli`,
  );
}

if (problems.length) {
  console.error(`\nsize: FAILED\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
if (gaps.length) {
  console.warn(
    `\nsize: the default locator page meets its budget; NOT MET (issue #8; the check fails only past the ratchet):\n  ${gaps.join('\n  ')}`,
  );
} else {
  console.log('\nsize: every budget met');
}
