// A CMS editor's path on the built demo: make a snippet in the configurator by keyboard alone,
// copy it with the button (the real clipboard), paste it into a plain page that loads the built
// dist/, and the element works there.
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

requireBuilt('dist-demo/configurator.html', 'dist/aisle.js');

/** Where the test writes the page it pastes the snippet into. */
let pages = '';
const site = useSite(async () => {
  pages = await tempDir('aisle-cms-');
  const mock = await buildMockBundle();
  return {
    '/dist/': join(ROOT, 'dist'),
    '/cms/': [pages, mock],
    '/': join(ROOT, 'dist-demo'),
  };
});

describe('configurator (built demo)', { timeout: 60_000 }, () => {
  it('keyboard only: choose, fill, copy; the pasted snippet works on a plain page', async () => {
    const context = await site.browser.newContext();
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], {
      origin: site.server.url,
    });
    const page = await context.newPage();
    const problems = await watchProblems(page);
    await page.goto(`${site.server.url}/configurator.html`);
    await page.locator('#cfg-element-aisle-stock-badge').waitFor();

    // Reach the element picker with Tab from the top of the page, then arrows.
    await page.keyboard.press('Tab');
    for (let i = 0; i < 40; i += 1) {
      if (await page.evaluate(() => document.activeElement?.name === 'cfg-element')) break;
      await page.keyboard.press('Tab');
    }
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    assert.equal(
      await page.evaluate(() => document.activeElement?.id),
      'cfg-element-aisle-reserve-button',
    );

    // Into the fields: SKU first; replace it, then the product name, then the script address.
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'cfg-sku');
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type('AISLE-0066');
    const focusField = async (id) => {
      for (let i = 0; i < 10; i += 1) {
        if (await page.evaluate(() => document.activeElement?.id).then((a) => a === id)) return;
        await page.keyboard.press('Tab');
      }
      throw new Error(`Tab never reached #${id}`);
    };
    await focusField('cfg-product-name');
    await page.keyboard.type('Chaise "Chêne" <b>');
    await focusField('cfg-script');
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type('/dist/aisle.js');
    await focusField('cfg-copy');
    await page.keyboard.press('Enter');
    await page.locator('#cfg-copy-status', { hasText: 'Snippet copied.' }).waitFor();

    const snippet = await page.evaluate(() => navigator.clipboard.readText());
    assert.equal(snippet, await page.locator('#cfg-snippet').inputValue());
    assert.match(snippet, /^<script type="module" src="\/dist\/aisle\.js"><\/script>\n/);
    assert.match(snippet, /<aisle-reserve-button sku="AISLE-0066" product-name="Chaise &quot;/);
    // The live preview shows the same element on the mock.
    await page.locator('#cfg-preview').getByRole('button', { name: 'Reserve in store' }).waitFor();
    assert.deepEqual(allProblems(problems), []);

    // Pasted as is into a plain page, which starts the mock as a CMS preview would. The reserve
    // button calls the API only when pressed, after the mock is up.
    await writeFile(
      join(pages, 'page.html'),
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>CMS page</title>
<script type="module">import { startMockWorker } from '/cms/e2e-mock.js';
await startMockWorker(); document.body.dataset.mock = 'up';</script></head>
<body><h1>A CMS page</h1>\n${snippet}\n</body></html>`,
    );
    const cms = await context.newPage();
    const cmsProblems = await watchProblems(cms);
    await cms.goto(`${site.server.url}/cms/page.html`);
    await cms.locator('body[data-mock="up"]').waitFor();
    await cms.getByRole('button', { name: 'Reserve in store' }).click();
    await cms.getByRole('dialog', { name: 'Reserve Chaise "Chêne" <b>' }).waitFor();
    assert.deepEqual(allProblems(cmsProblems), []);
    await context.close();
  });
});
