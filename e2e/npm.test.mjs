// The npm package as an app's bundler uses it: a small Vite app that has Lit of its own imports
// Aisle through package.json's exports (the lazy loader on one page, the per-element entries on
// another), is built for production, and runs in the system Chromium on the built-in mock.
// Checks that the app's bundle holds one copy of Lit, and that every chunk Aisle loads lazily
// (the mock, the reserve dialog, the store picker) was emitted by the app's build. Also checks
// the licence notices the builds ship (scripts/third-party-notices.mjs).
import assert from 'node:assert/strict';
import { mkdir, readdir, readFile, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { build } from 'vite';
import {
  allProblems,
  requireBuilt,
  ROOT,
  shows,
  tempDir,
  useSite,
  watchProblems,
} from './helpers.mjs';

requireBuilt('dist/npm/aisle.js', 'dist/npm/stock-badge.js');

const BODY = `<aisle-config mock></aisle-config>
<app-hello></app-hello>
<aisle-stock-badge sku="AISLE-0065" store="lyon-part-dieu"></aisle-stock-badge>
<aisle-reserve-button sku="AISLE-0065" store="lyon-part-dieu" product-name="Trek"></aisle-reserve-button>
<aisle-stock-badge sku="AISLE-0066"></aisle-stock-badge>`;

const page = (title, script) => `<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>${title}</title><script type="module" src="./${script}"></script></head>
<body>${BODY}</body></html>`;

// The app's own Lit element, next to Aisle's.
const APP_ELEMENT = `import { LitElement, html } from 'lit';
customElements.define('app-hello', class extends LitElement {
  render() { return html\`<p>Hello from the app</p>\`; }
});`;

const FILES = {
  'package.json': JSON.stringify({ name: 'aisle-npm-app', private: true, type: 'module' }),
  'loader.html': page('Lazy loader', 'loader.js'),
  'loader.js': `${APP_ELEMENT}
import { configure } from '@aisle/elements';
configure({ locale: 'en' });`,
  'elements.html': page('Per-element entries', 'elements.js'),
  'elements.js': `${APP_ELEMENT}
import '@aisle/elements/config';
import '@aisle/elements/stock-badge';
import '@aisle/elements/reserve-button';`,
};

/** Every file under `folder`, with its path relative to it. */
async function filesUnder(folder) {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));
}

let appOutput = '';
const site = useSite(async () => {
  const app = await tempDir('aisle-npm-app-');
  for (const [name, text] of Object.entries(FILES)) await writeFile(join(app, name), text);
  // The package and Lit, installed as npm links them: the app's `lit` and Aisle's are one.
  await mkdir(join(app, 'node_modules/@aisle'), { recursive: true });
  await symlink(ROOT, join(app, 'node_modules/@aisle/elements'), 'dir');
  await symlink(join(ROOT, 'node_modules/lit'), join(app, 'node_modules/lit'), 'dir');
  appOutput = join(app, 'out');
  await build({
    root: app,
    configFile: false,
    logLevel: 'error',
    build: {
      outDir: appOutput,
      rollupOptions: { input: [join(app, 'loader.html'), join(app, 'elements.html')] },
    },
  });
  return { '/': appOutput };
});

describe('the npm package in an app built by Vite', { timeout: 90_000 }, () => {
  it('the app ships one copy of Lit, shared by its own elements and Aisle', async () => {
    const scripts = (await filesUnder(appOutput)).filter((f) => f.endsWith('.js'));
    const code = (await Promise.all(scripts.map((f) => readFile(f, 'utf8')))).join('\n');
    // lit-html and ReactiveElement each register their version once per copy.
    assert.equal(code.match(/litHtmlVersions/g)?.length, 1, 'copies of lit-html');
    assert.equal(code.match(/reactiveElementVersions/g)?.length, 1, 'copies of ReactiveElement');
  });

  it("keeps Aisle's class names, for the app's developers (errors, devtools)", async () => {
    const files = (await filesUnder(join(ROOT, 'dist/npm'))).filter((f) => f.endsWith('.js'));
    const code = (await Promise.all(files.map((f) => readFile(f, 'utf8')))).join('\n');
    for (const name of [
      'AisleStockBadge',
      'AisleReserveButton',
      'AisleStoreLocator',
      'AisleApiError',
    ]) {
      assert.match(code, new RegExp(`class ${name} extends`), name);
    }
  });

  it('each build names the open-source packages it bundles, with their licences', async () => {
    for (const [folder, withLit] of [
      ['dist', true],
      ['dist/npm', false],
    ]) {
      const notices = await readFile(join(ROOT, folder, 'THIRD-PARTY-NOTICES.txt'), 'utf8');
      const listed = new Set([...notices.matchAll(/^(\S+) \S+ \([^)]+\)$/gm)].map((m) => m[1]));
      // Every package the build's own source maps name (found independently of the notices)…
      const inMaps = new Set();
      const maps = (await filesUnder(join(ROOT, folder))).filter((f) => f.endsWith('.js.map'));
      for (const map of maps) {
        for (const source of JSON.parse(await readFile(map, 'utf8')).sources) {
          const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(source)?.[1];
          if (pkg) inMaps.add(pkg);
        }
      }
      assert.ok(inMaps.has('leaflet') && inMaps.has('msw'), `${folder}: maps name the libraries`);
      for (const pkg of inMaps) assert.ok(listed.has(pkg), `${folder}: ${pkg} is not listed`);
      // …and what msw inlined into its own files (no map names them).
      for (const pkg of ['cookie', 'statuses']) assert.ok(listed.has(pkg), `${folder}: ${pkg}`);
      assert.match(notices, /Copyright \(c\) 2010-2023, Volodymyr Agafonkin/); // Leaflet's notice
      // The mock's towns are open data whose licences ask for attribution in every copy.
      assert.match(notices, /GeoNames[\s\S]*CC BY 4\.0/, `${folder}: GeoNames attribution`);
      assert.match(notices, /Licence Ouverte 2\.0/, `${folder}: Etalab attribution`);
      // Lit is the app's own dependency in the npm build: not bundled, not listed.
      assert.equal(listed.has('lit-html'), withLit, `${folder}: lit-html`);
    }
  });

  for (const [name, what] of [
    ['loader.html', 'the lazy loader (@aisle/elements)'],
    ['elements.html', 'the per-element entries'],
  ]) {
    it(`${what}: elements work on the mock; lazy chunks were bundled`, async () => {
      const tab = await site.browser.newPage();
      const problems = await watchProblems(tab);
      await tab.goto(`${site.server.url}/${name}`);
      await shows(tab.locator('app-hello'), /Hello from the app/);
      // The mock's chunk loaded (the badge has stock figures from it).
      await shows(tab.locator('aisle-stock-badge').first(), /Aisle Lyon Part-Dieu/);
      // The store picker's chunk.
      const badge = tab.locator('aisle-stock-badge').nth(1);
      await badge.getByRole('button', { name: 'Check availability near you' }).click();
      await badge.getByRole('searchbox').waitFor();
      // The reserve dialog's chunk.
      await tab.getByRole('button', { name: 'Reserve in store' }).click();
      await tab.getByRole('dialog').getByText('Aisle Lyon Part-Dieu').first().waitFor();
      assert.deepEqual(allProblems(problems), []);
      await tab.close();
    });
  }
});
