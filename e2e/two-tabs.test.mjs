// Two real tabs of one shop, on the built `dist/` and one API server (the mock over HTTP, as
// `npm run serve-mock` runs it): the shopper holds the same product in both, then presses
// "Confirm" in both at once. One reservation is made, and both tabs show it.
import assert from 'node:assert/strict';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { loadMockModule, serve } from '../scripts/mock-server.mjs';
import {
  allProblems,
  holdAndFill,
  requireBuilt,
  ROOT,
  tempDir,
  useSite,
  watchProblems,
} from './helpers.mjs';

requireBuilt('dist/aisle.js');

const SKU = 'AISLE-0065';
const STORE = 'lyon-part-dieu';
let api;
let mock;
after(() => api?.close());

const site = useSite(async () => {
  ({ mockApi: mock } = await loadMockModule());
  api = await serve(mock.handlers);
  const pages = await tempDir('aisle-two-tabs-');
  await writeFile(
    join(pages, 'product.html'),
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Oak chair</title>
<script type="module" src="/dist/aisle.js"></script></head><body>
<aisle-config api="${api.origin}${mock.base}"></aisle-config>
<aisle-reserve-button sku="${SKU}" store="${STORE}" product-name="Oak chair"></aisle-reserve-button>
</body></html>`,
  );
  return { '/dist/': join(ROOT, 'dist'), '/': pages };
});

/** Opens the product page in a new tab of `context` and holds the product, form filled. */
async function holdInTab(context) {
  const page = await context.newPage();
  const problems = await watchProblems(page);
  await page.goto(`${site.server.url}/product.html`);
  await page.getByRole('button', { name: 'Reserve in store' }).click();
  const dialog = page.getByRole('dialog', { name: /Reserve/ });
  await holdAndFill(dialog);
  return { page, dialog, problems };
}

describe('two tabs of the shop', () => {
  it('confirming the same product at once make one reservation, shown in both', async () => {
    mock.setStock(SKU, STORE, { status: 'in_stock', quantity: 5 });
    const before = mock.stats();
    const context = await site.browser.newContext();
    try {
      const tabs = [await holdInTab(context), await holdInTab(context)];
      assert.equal(mock.stats().holdsCreated - before.holdsCreated, 2, 'one hold in each tab');
      await Promise.all(
        tabs.map(({ dialog }) =>
          dialog.getByRole('button', { name: 'Confirm reservation' }).click(),
        ),
      );
      const codes = await Promise.all(
        tabs.map(async ({ page }) => {
          const code = page.locator('aisle-reserve-button [part~="code"]');
          await code.waitFor();
          return code.innerText();
        }),
      );
      const after = mock.stats();
      assert.equal(
        after.reservationsConfirmed - before.reservationsConfirmed,
        1,
        'one reservation',
      );
      assert.equal(codes[0], codes[1], 'both tabs show it');
      // The tab that gave way gave its hold back.
      for (let i = 0; i < 50 && mock.stats().holdsReleased === before.holdsReleased; i++)
        await new Promise((r) => setTimeout(r, 100));
      assert.equal(mock.stats().holdsReleased - before.holdsReleased, 1, 'the other hold released');
      for (const { problems } of tabs) assert.deepEqual(allProblems(problems), []);
    } finally {
      await context.close();
    }
  });
});
