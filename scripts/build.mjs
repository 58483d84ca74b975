#!/usr/bin/env node
/**
 * The library build (`npm run build`; `node scripts/build.mjs es iife mock npm types exports manifest`
 * runs only the steps named):
 *  es        ES modules for pages (a CDN, the retailer's server; Vite lib mode, Rollup, terser):
 *            dist/aisle.js (the one script a page needs), dist/all.js and one entry per element;
 *            shared and lazily imported code (each element, the map, the mock API) in
 *            dist/chunks/. Self-contained: Lit is inside.
 *  iife      dist/aisle.iife.js: one self-contained classic script, every element registered
 *            eagerly. Its only external file is the mock, dist/aisle-mock.js, fetched (dynamic
 *            import() from the script's own URL) only when `mock` is on.
 *  mock      dist/aisle-mock.js: the mock API as one standalone ES module (for the IIFE).
 *  npm       dist/npm/: the same entries for apps' bundlers, what package.json's exports name
 *            (Lit left as bare imports, plain dynamic imports; see buildNpm).
 *  types     TypeScript declarations in dist/types.
 *  exports   package.json's exports name every entry, and their files exist.
 *  manifest  custom-elements.json from the JSDoc, then scripts/check-docs.mjs.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { ENTRIES } from './build-entries.mjs';
import { checkVersion } from './sync-version.mjs';
import { libraryUnused } from './library-unused.mjs';
import { leafletUnused } from './leaflet-unused.mjs';
import { LOCATOR_COPY, locatorOwnCopy } from './locator-own-copy.mjs';
import { mangleLeafletPrivates } from './mangle-leaflet.mjs';
import { minifyLitCss } from './minify-css.mjs';
import { minifyLitHtml } from './minify-html.mjs';
import { releaseNames } from './release-names.mjs';
import { retryImports } from './retry-imports.mjs';
import { SHARED_DECORATE_ID, sharedDecorate } from './shared-decorate.mjs';
import { stripAnnotations } from './strip-annotations.mjs';
import { thirdPartyNotices } from './third-party-notices.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));

/** Terser for every output: Vite's lib mode leaves ES output unminified otherwise. */
export const TERSER = {
  module: true,
  ecma: 2022,
  compress: { passes: 3 },
  format: { comments: false },
};

export const MOCK_FILE = 'aisle-mock.js';

function common() {
  return {
    root,
    configFile: false,
    logLevel: 'warn',
    mode: 'production',
    plugins: [minifyLitCss(), minifyLitHtml(), leafletUnused(), libraryUnused(), sharedDecorate()],
    // Lit's production build (no dev-mode warnings).
    define: { 'process.env.NODE_ENV': JSON.stringify('production') },
    resolve: { conditions: ['browser', 'production', 'module', 'import', 'default'] },
  };
}

function output(extra) {
  return {
    outDir: 'dist',
    emptyOutDir: false,
    target: 'es2022',
    minify: 'terser',
    // Maps are written next to each file, without the sourceMappingURL comment in the file
    // shoppers download (about 35 bytes brotli a file): upload them to an error tracker, or
    // load them in the browser's devtools when debugging.
    sourcemap: 'hidden',
    reportCompressedSize: false,
    ...extra,
  };
}

/** Every entry of build-entries.mjs as an ES module, `<name>.js`. */
function entriesLib() {
  return {
    entry: Object.fromEntries(ENTRIES.map((e) => [e.name, `${root}${e.source}`])),
    formats: ['es'],
    fileName: (_format, name) => `${name}.js`,
  };
}

export async function buildEs() {
  const shared = common();
  await build({
    ...shared,
    plugins: [locatorOwnCopy(root), ...shared.plugins],
    build: output({
      terserOptions: TERSER,
      lib: entriesLib(),
      rollupOptions: {
        output: {
          // Rollup's hash keeps names unique until releaseNames() (below) ends every chunk's
          // name with the one release id instead: see scripts/release-names.mjs.
          chunkFileNames: 'chunks/[name]-[hash:6].js',
          manualChunks: coreChunk,
          plugins: [
            mangleLeafletPrivates(),
            retryImports(),
            stripAnnotations(),
            // Covers the IIFE and aisle-mock.js too: the same code, in other files.
            thirdPartyNotices(),
            // Last: it renames the finished chunks.
            releaseNames(),
          ],
        },
      },
    }),
  });
}

/** Lit's packages: bare imports in the npm build, so an app that uses Lit has one copy. */
const LIT = /^(lit|lit-html|lit-element|@lit\/[\w-]+)(\/|$)/;

/**
 * The npm build, dist/npm/: the same entries for an app's bundler (Vite, webpack, esbuild…),
 * which differs from the files a page loads straight from a CDN in two ways. Lit stays a bare
 * import (`lit`, `@lit/task`), resolved by the app with its own Lit. Lazy chunks are plain
 * `import("./x.js")`, which a bundler follows and emits (the retrying helper of the CDN build
 * hides them from it). Leaflet, the clustering, the QR code and the mock stay inside: nothing
 * else needs them, and the CDN build's trimming of Leaflet applies. Checked by e2e/npm.test.mjs.
 */
export async function buildNpm() {
  await build({
    ...common(),
    build: output({
      outDir: 'dist/npm',
      sourcemap: true,
      // Class names kept (`AisleReserveButton`, `AisleApiError`), for the app's developers: in
      // errors, the console and devtools during development. The app's own minifier decides
      // for its production build. About 1 KB more in the package, nothing on the CDN pages.
      terserOptions: { ...TERSER, keep_classnames: true },
      lib: entriesLib(),
      rollupOptions: {
        external: (id) => LIT.test(id),
        output: {
          chunkFileNames: 'chunks/[name]-[hash].js',
          manualChunks: coreChunk,
          // No annotations either: an app's bundler has nothing left to remove in these
          // tree-shaken files, and Rollup warns about those it cannot read (the mock's).
          plugins: [mangleLeafletPrivates(), stripAnnotations(), thirdPartyNotices()],
        },
      },
    }),
  });
}

/**
 * One shared chunk, `core`, for what every element needs before the shopper does anything: Lit,
 * the base element, configuration, the client, the shopper's store, hours and the shared message
 * parts. Brotli compresses one file better than eight small ones (each is sent on its own), and
 * the loader starts downloading it at once instead of after the first tag's chunk.
 */
const CORE = [
  /\/node_modules\/(lit-element|@lit\/reactive-element|@lit\/task)\//,
  /\/node_modules\/lit\/(index|decorators)\.js$/,
  /\/node_modules\/lit-html\/(lit-html|is-server)\.js$/,
  /\/src\/(internal|config|client|state|hours|components\/config)\//,
  /\/src\/i18n\/(locale|plural|format)\.ts$/,
  /\/src\/i18n\/messages\/(common|stock|pickup|localized)\.ts$/,
  /\/src\/geo\/distance\.ts$/,
  /\/src\/version\.ts$/,
];
/**
 * Not in core: the weekly hours table and open/closed status (the locator, the picker and the
 * reserve dialog; the barrel src/hours/index.ts would pull them in), the pickup promise (the
 * badge and the reserve dialog only, not the locator), the client's reservation requests
 * (loaded with the first of them, see rest-provider.ts), the client's reservation side and the
 * idempotency keys (the reserve dialog's), and the network follower.
 */
const NOT_CORE =
  /\/src\/(hours\/(table|status|index|pickup)|client\/(rest-reservations|validate-reservations|reservations|idempotency-key)|internal\/online-controller)\.ts$/;
/**
 * What only the badge and the reserve dialog use, not the locator: the pickup promise (and its time zone note),
 * the store read by its id held to that id, live-region announcements, the network follower,
 * the abort scope of their loads, the store picker's loader and the product attributes' checks
 * (sku, quantity, store), the " · " joining of a line's parts, in one chunk both load. (The
 * SKU and store-id rules, client/ids.ts, are core: the response guards and the shopper's-store
 * state use them.)
 */
const BADGE_AND_DIALOG =
  /\/src\/(hours\/(pickup|zone-note)|internal\/(abort-scope|announcement|online-controller|product-attributes)|client\/store-by-id|components\/store-picker\/picker-loader|i18n\/(join|messages\/picker-load))\.ts$/;
/**
 * What the store picker shares with the reserve dialog (and, in the npm build, the locator), in
 * one chunk rather than several small ones (each file is compressed on its own, so small files
 * cost more than their bytes): the place search (the local matcher, the geocoder switch, "use my
 * location" and their strings) and the table of a store's hours by day (the locator's cards, the
 * confirmation), with the opening hours' words (open, closed, closes at…), which a badge page
 * never shows. The CDN build's locator has its own copy (scripts/locator-own-copy.mjs).
 */
const STORES = [
  /\/src\/hours\/table\.ts$/,
  /\/src\/i18n\/messages\/hours\.ts$/,
  /\/src\/geo\/(create-geocoder|local-geocoder|geocoder|locate|stores-around|text)\.ts$/,
  /\/src\/i18n\/messages\/location\.ts$/,
];
function coreChunk(id) {
  // The locator's own copies go with the locator (scripts/locator-own-copy.mjs).
  if (id.endsWith(LOCATOR_COPY)) return undefined;
  // esbuild's decorator helper, once for every element (scripts/shared-decorate.mjs).
  if (id === SHARED_DECORATE_ID) return 'core';
  if (BADGE_AND_DIALOG.test(id)) return 'badge-dialog';
  if (CORE.some((re) => re.test(id)) && !NOT_CORE.test(id)) return 'core';
  if (STORES.some((re) => re.test(id))) return 'stores';
  return undefined;
}

/**
 * In the IIFE, `import('../mocks/mock-fetch.js')` becomes an import of dist/aisle-mock.js next
 * to the script (resolved from document.currentScript while the script runs), so the classic
 * script stays one file for production and never carries the mock.
 */
function externalMock() {
  const id = '\0aisle-external-mock';
  return {
    name: 'aisle-external-mock',
    enforce: 'pre',
    resolveId(source) {
      return source.endsWith('/mocks/mock-fetch.js') ? id : null;
    },
    load(loaded) {
      if (loaded !== id) return null;
      return `
const base = (typeof document !== 'undefined' && document.currentScript && document.currentScript.src) || location.href;
const url = new URL(${JSON.stringify(MOCK_FILE)}, base).href;
export async function mockFetch(input, init) {
  const mock = await import(/* @vite-ignore */ url);
  return mock.mockFetch(input, init);
}`;
    },
  };
}

export async function buildIife() {
  await build({
    ...common(),
    plugins: [
      minifyLitCss(),
      minifyLitHtml(),
      leafletUnused(),
      libraryUnused(),
      sharedDecorate(),
      externalMock(),
    ],
    build: output({
      // ASCII only: a classic script is decoded with the host page's charset when the server
      // does not name one, which would garble "·", "é" and the like.
      terserOptions: { ...TERSER, module: false, format: { ...TERSER.format, ascii_only: true } },
      lib: {
        entry: `${root}src/index.ts`,
        name: 'Aisle',
        formats: ['iife'],
        fileName: () => 'aisle.iife.js',
      },
    }),
  });
}

export async function buildMock() {
  await build({
    ...common(),
    build: output({
      terserOptions: TERSER,
      lib: {
        entry: `${root}src/mocks/mock-fetch.ts`,
        formats: ['es'],
        fileName: () => MOCK_FILE,
      },
      rollupOptions: { output: { inlineDynamicImports: true, plugins: [stripAnnotations()] } },
    }),
  });
}

function run(cmd, args) {
  execFileSync(cmd, args, { cwd: root, stdio: 'inherit' });
}

/** package.json's `exports` (and `typesVersions`) must name every entry, with files the build made. */
function checkExports() {
  const pkg = JSON.parse(readFileSync(`${root}package.json`, 'utf8'));
  const problems = [];
  for (const entry of ENTRIES) {
    const expected = {
      types: `./dist/types/${entry.types}`,
      default: `./dist/npm/${entry.name}.js`,
    };
    const actual = pkg.exports?.[entry.export];
    if (JSON.stringify(actual) !== JSON.stringify(expected)) {
      problems.push(`exports["${entry.export}"] should be ${JSON.stringify(expected)}`);
    }
    for (const file of Object.values(expected)) {
      if (!existsSync(`${root}${file}`)) problems.push(`${file} was not built`);
    }
    // TypeScript's legacy `moduleResolution: "node"` reads typesVersions, not exports.
    const legacy = pkg.typesVersions?.['*']?.[entry.export.slice(2)];
    if (
      entry.export !== '.' &&
      JSON.stringify(legacy) !== JSON.stringify([expected.types.slice(2)])
    )
      problems.push(
        `typesVersions["*"]["${entry.export.slice(2)}"] should be ["${expected.types.slice(2)}"]`,
      );
  }
  if (problems.length) throw new Error(`package.json exports:\n  ${problems.join('\n  ')}`);
}

/**
 * Declarations in dist/types. tsc also emits the mock's (the loader's `import()` of it reaches
 * them); no public declaration refers to them, so they are removed rather than shipped, and the
 * step fails if one ever does. It also fails when a declaration names one of Lit's inner
 * packages (tsc writes `import("lit-html").TemplateResult<1>` for a `render()` with no return
 * type): the package depends on `lit` and `@lit/task` only, so a strict app may not resolve them.
 */
function buildTypes() {
  run('npx', ['tsc', '-p', 'tsconfig.build.json']);
  rmSync(`${root}dist/types/mocks`, { recursive: true, force: true });
  const declarations = readdirSync(`${root}dist/types`, { recursive: true })
    .filter((file) => file.endsWith('.d.ts'))
    .map((file) => [file, readFileSync(`${root}dist/types/${file}`, 'utf8')]);
  const users = declarations.filter(([, text]) => /['"](\.{1,2}\/)+mocks\//.test(text));
  if (users.length)
    throw new Error(`dist/types: ${users.map(([f]) => f).join(', ')} refer to src/mocks`);
  const inner = declarations.filter(([, text]) =>
    /lit-html|lit-element|@lit\/reactive-element/.test(text),
  );
  if (inner.length) {
    throw new Error(
      `dist/types: ${inner.map(([f]) => f).join(', ')} name lit-html, lit-element or ` +
        `@lit/reactive-element, which the package does not depend on (give the function a ` +
        `return type imported from 'lit')`,
    );
  }
}

const STEPS = {
  es: buildEs,
  iife: buildIife,
  mock: buildMock,
  npm: buildNpm,
  types: buildTypes,
  exports: checkExports,
  manifest: () => {
    run('npx', [
      'custom-elements-manifest',
      'analyze',
      '--config',
      'custom-elements-manifest.config.mjs',
    ]);
    run('node', ['scripts/check-docs.mjs']);
  },
};

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const asked = process.argv.slice(2);
  const steps = asked.length ? asked : Object.keys(STEPS);
  checkVersion();
  if (!asked.length) rmSync(`${root}dist`, { recursive: true, force: true });
  for (const step of steps) {
    if (!STEPS[step]) throw new Error(`Unknown build step "${step}"`);
    const started = Date.now();
    await STEPS[step]();
    console.log(`build: ${step} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  }
}
