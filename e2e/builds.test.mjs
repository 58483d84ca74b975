// The built scripts on plain pages, as a retailer or a tag manager would load them: the classic
// IIFE build, and two copies of Aisle on one page (a merchant widget inside a retailer page).
// The mock API runs in MSW's service worker, started before Aisle loads.
import assert from 'node:assert/strict';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import {
  allProblems,
  buildMockBundle,
  requireBuilt,
  ROOT,
  tempDir,
  useSite,
  watchProblems,
} from './helpers.mjs';

requireBuilt('dist/aisle.js', 'dist/aisle.iife.js');

const MOCK_FIRST = `import { startMockWorker } from '/e2e-mock.js';
await startMockWorker();`;

const PAGES = {
  'iife.html': `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>IIFE</title>
<script type="module">${MOCK_FIRST}
const script = document.createElement('script');
script.src = '/dist/aisle.iife.js';
document.head.append(script);
</script></head><body>
<aisle-config api="/aisle-api/v1"></aisle-config>
<aisle-stock-badge sku="AISLE-0065" store="lyon-part-dieu"></aisle-stock-badge>
<aisle-reserve-button sku="AISLE-0065" product-name="Trek"></aisle-reserve-button>
<aisle-store-locator near="45.764,4.8357" limit="3" tiles=""></aisle-store-locator>
</body></html>`,
  'two-copies.html': `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Two copies</title>
<script type="module">${MOCK_FIRST}
await import('/dist/aisle.js');
// The merchant's widget brings its own copy of Aisle from another address.
await import('/widget/aisle.js');
</script></head><body>
<aisle-config api="/aisle-api/v1"></aisle-config>
<section id="retailer"><aisle-stock-badge sku="AISLE-0065"></aisle-stock-badge></section>
<section id="merchant"><aisle-stock-badge sku="AISLE-0066"></aisle-stock-badge>
<aisle-reserve-button sku="AISLE-0066"></aisle-reserve-button></section>
</body></html>`,
  // A single-page app's listing: its route changes while the badges still load.
  'route-change.html': `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Route</title>
<script type="module">${MOCK_FIRST}
await import('/dist/aisle.js');
</script></head><body>
<aisle-config api="/aisle-api/v1"></aisle-config>
<main><aisle-stock-badge sku="AISLE-0065" store="lyon-part-dieu"></aisle-stock-badge>
<aisle-stock-badge sku="AISLE-0066" store="lyon-part-dieu"></aisle-stock-badge></main>
</body></html>`,
};

const site = useSite(async () => {
  const mock = await buildMockBundle();
  const pages = await tempDir('aisle-pages-');
  for (const [name, html] of Object.entries(PAGES)) await writeFile(join(pages, name), html);
  return {
    '/dist/': join(ROOT, 'dist'),
    '/widget/': join(ROOT, 'dist'),
    '/': [pages, mock],
  };
});

/** The shadow text of the n-th match, once it has some (whitespace folded). */
async function textOf(page, selector, pattern) {
  await page.waitForFunction(
    ([sel, source]) =>
      new RegExp(source).test(
        document.querySelector(sel)?.shadowRoot?.textContent?.replace(/\s+/g, ' ') ?? '',
      ),
    [selector, pattern.source],
  );
  return page.$eval(selector, (el) => el.shadowRoot.textContent.replace(/\s+/g, ' ').trim());
}

describe('built scripts on plain pages', { timeout: 60_000 }, () => {
  it('the IIFE build registers every element from one classic script', async () => {
    const page = await site.browser.newPage();
    const problems = await watchProblems(page);
    await page.goto(`${site.server.url}/iife.html`);
    await page.waitForFunction(() => customElements.get('aisle-reserve-button'));
    const defined = await page.evaluate(() =>
      ['aisle-config', 'aisle-stock-badge', 'aisle-reserve-button', 'aisle-store-locator'].map(
        (tag) => !!customElements.get(tag),
      ),
    );
    assert.deepEqual(defined, [true, true, true, true]);
    assert.equal(await page.evaluate(() => typeof window.Aisle?.configure), 'function');
    // The badge asked the mock and shows the store it was given.
    const text = await textOf(page, 'aisle-stock-badge', /Aisle Lyon Part-Dieu/);
    assert.match(text, /Aisle Lyon Part-Dieu/);
    // The locator lists stores and draws its map (Leaflet is inside the classic script).
    await page.locator('aisle-store-locator').getByRole('article').first().waitFor();
    await page.waitForFunction(() =>
      document
        .querySelector('aisle-store-locator')
        ?.shadowRoot?.querySelector('.leaflet-container .leaflet-marker-pane > *'),
    );
    await page.getByRole('button', { name: 'Reserve in store' }).click();
    await page.getByRole('dialog').waitFor();
    // No module script of Aisle's was loaded: the IIFE is self-contained.
    const scripts = await page.evaluate(() =>
      performance
        .getEntriesByType('resource')
        .map((e) => new URL(e.name).pathname)
        .filter((p) => p.startsWith('/dist/')),
    );
    assert.deepEqual(scripts, ['/dist/aisle.iife.js']);
    assert.deepEqual(allProblems(problems), []);
    await page.close();
  });

  it('two copies on one page: no errors, the first copy serves every element, all work', async () => {
    const page = await site.browser.newPage();
    const problems = await watchProblems(page);
    await page.goto(`${site.server.url}/two-copies.html`);
    await page.waitForFunction(() =>
      performance.getEntriesByType('resource').some((e) => e.name.includes('/widget/aisle.js')),
    );
    await textOf(page, '#retailer aisle-stock-badge', /Check availability near you/);
    await textOf(page, '#merchant aisle-stock-badge', /Check availability near you/);

    // Choosing a store in the retailer's badge updates the merchant's badge too.
    const retailer = page.locator('#retailer aisle-stock-badge');
    await retailer.getByRole('button', { name: 'Check availability near you' }).click();
    await retailer.getByRole('searchbox').fill('Lyon');
    await retailer.getByRole('button', { name: 'Search' }).click();
    await retailer.getByRole('button', { name: /^Choose Aisle Lyon Part-Dieu/ }).click();
    await textOf(page, '#merchant aisle-stock-badge', /Aisle Lyon Part-Dieu/);

    await page.locator('#merchant').getByRole('button', { name: 'Reserve in store' }).click();
    await page.getByRole('dialog').getByText('Aisle Lyon Part-Dieu').waitFor();
    assert.deepEqual(allProblems(problems), []);
    await page.close();
  });

  it('a route change removes badges, loading or loaded: nothing thrown, and one put back loads', async () => {
    const page = await site.browser.newPage();
    const problems = await watchProblems(page);
    await page.goto(`${site.server.url}/route-change.html`);
    await page.locator('aisle-stock-badge[status]').first().waitFor();
    // The new route: the badges go (a removed badge gives up its lookup), a new one comes and goes
    // while it loads, and one comes back to stay.
    await page.evaluate(async () => {
      const main = document.querySelector('main');
      const badge = () => {
        const el = document.createElement('aisle-stock-badge');
        el.setAttribute('sku', 'AISLE-0067');
        el.setAttribute('store', 'lyon-part-dieu');
        return el;
      };
      main.replaceChildren(badge());
      await new Promise((resolve) => setTimeout(resolve));
      main.replaceChildren();
      await new Promise((resolve) => setTimeout(resolve, 100));
      main.replaceChildren(badge());
    });
    await page.locator('main aisle-stock-badge[status]').waitFor();
    assert.deepEqual(problems.errors, []);
    await page.close();
  });
});
