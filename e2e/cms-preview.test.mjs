// A CMS preview, on the built output: the editor's snippet rendered in a `srcdoc` frame (its
// address is "about:srcdoc", its base URL its parent's), with `<aisle-config mock>` as the
// configurator writes it. Every element works there as on a page of its own, a relative `api`
// included.
import assert from 'node:assert/strict';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import {
  allProblems,
  requireBuilt,
  ROOT,
  shows,
  tempDir,
  useSite,
  watchProblems,
} from './helpers.mjs';

requireBuilt('dist/aisle.js');

const SNIPPET = `<!doctype html><html lang="fr"><head><meta charset="utf-8">
<script type="module" src="/dist/aisle.js"></script></head><body>
<aisle-config mock persist="none" api="/shop-api/v1"></aisle-config>
<aisle-stock-badge sku="AISLE-0065" store="lyon-part-dieu"></aisle-stock-badge>
<aisle-store-locator no-map near="45.7640,4.8357" limit="3"></aisle-store-locator>
</body></html>`;

const site = useSite(async () => {
  const pages = await tempDir('aisle-cms-');
  const escaped = SNIPPET.replaceAll('&', '&amp;').replaceAll('"', '&quot;');
  await writeFile(
    join(pages, 'preview.html'),
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Preview</title></head>
<body><h1>Page preview</h1><iframe title="Preview" srcdoc="${escaped}" width="800" height="600"></iframe></body></html>`,
  );
  return { '/dist/': join(ROOT, 'dist'), '/': pages };
});

describe('a CMS preview in a srcdoc frame', { timeout: 60_000 }, () => {
  it('shows stock and stores on the mock, with no warning', async () => {
    const page = await site.browser.newPage();
    const problems = await watchProblems(page);
    await page.goto(`${site.server.url}/preview.html`);
    const frame = page.frameLocator('iframe');
    await shows(frame.locator('aisle-stock-badge'), /(En stock|Stock limité|Rupture)/);
    await shows(frame.locator('aisle-store-locator'), /Aisle Lyon/);
    assert.equal(
      await frame
        .locator('aisle-stock-badge')
        .getAttribute('status')
        .then((s) => s !== 'error'),
      true,
    );
    assert.deepEqual(allProblems(problems), []);
    await page.close();
  });
});
