// The back/forward cache, on the built output: a shopper holds a product, follows a link, and comes
// back with "Back". Browsers restore such a page as it was (its countdown still running), so the
// hold must still be theirs and Confirm must work: on a page of the shop (the mock inside the page)
// and on the built demo (the mock in a service worker, which forgets a page on `beforeunload`).
import assert from 'node:assert/strict';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { chromium } from 'playwright-core';
import { CHROME_ARGS, findChrome } from '../scripts/browsers.mjs';
import {
  allProblems,
  requireBuilt,
  ROOT,
  serveStatic,
  tempDir,
  watchProblems,
} from './helpers.mjs';

requireBuilt('dist/aisle.js', 'dist-demo/product.html', 'dist-demo/mockServiceWorker.js');

const PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Shop</title>
<script type="module" src="/dist/aisle.js"></script></head><body>
<aisle-config mock></aisle-config>
<aisle-reserve-button sku="AISLE-0065" store="lyon-part-dieu"></aisle-reserve-button>
</body></html>`;
const OTHER = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Other</title>
</head><body><p>Another page of the shop</p></body></html>`;

let server;
let browser;
before(async () => {
  const pages = await tempDir('aisle-bfcache-');
  await writeFile(join(pages, 'shop.html'), PAGE);
  await writeFile(join(pages, 'other.html'), OTHER);
  server = await serveStatic({
    '/dist/': join(ROOT, 'dist'),
    '/demo/': join(ROOT, 'dist-demo'),
    '/': [join(ROOT, 'dist-demo'), pages],
  });
  // Playwright turns the back/forward cache off by default: this file needs it on.
  browser = await chromium.launch({
    executablePath: findChrome(),
    headless: true,
    args: CHROME_ARGS,
    ignoreDefaultArgs: ['--disable-back-forward-cache'],
  });
});
after(async () => {
  await browser?.close();
  await server?.close();
});

/** Holds on `url`, goes to another page and comes back with "Back"; returns the dialog. */
async function holdAwayAndBack(page, url, away) {
  await page.addInitScript(() => {
    window.__restored = false;
    addEventListener('pageshow', (event) => (window.__restored = event.persisted));
  });
  await page.goto(url);
  await page.getByRole('button', { name: 'Reserve in store' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('button', { name: 'Hold it for me' }).click();
  await dialog
    .getByText(/Held for you/)
    .first()
    .waitFor();
  await page.evaluate((href) => (location.href = href), away);
  await page.waitForURL(away);
  await page.goBack({ waitUntil: 'commit' });
  await page.waitForFunction(() => window.__restored === true);
  return dialog;
}

async function confirm(dialog) {
  await dialog.getByRole('textbox', { name: 'Full name' }).fill('Camille Martin');
  await dialog.getByRole('textbox', { name: 'Email' }).fill('camille@example.com');
  await dialog.getByRole('checkbox', { name: 'I accept the reservation terms' }).check();
  await dialog.getByRole('button', { name: 'Confirm reservation' }).click();
  await dialog
    .getByText(/Reservation confirmed|Hold expired|could not/)
    .first()
    .waitFor();
  return (await dialog.innerText()).replace(/\s+/g, ' ');
}

describe('back/forward cache on the built output', { timeout: 90_000 }, () => {
  it('a shop page brought back with "Back" still has its hold, and confirms it', async () => {
    const page = await browser.newPage();
    const problems = await watchProblems(page);
    const dialog = await holdAwayAndBack(
      page,
      `${server.url}/shop.html`,
      `${server.url}/other.html`,
    );
    assert.match(await confirm(dialog), /Reservation confirmed/);
    assert.deepEqual(allProblems(problems), []);
    await page.close();
  });

  it('the demo brought back with "Back" still answers from its mock', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}/demo/index.html`);
    await page.evaluate(() => localStorage.setItem('aisle:my-store', 'lyon-part-dieu'));
    const dialog = await holdAwayAndBack(
      page,
      `${server.url}/demo/product.html`,
      `${server.url}/demo/listing.html`,
    );
    assert.match(await confirm(dialog), /Reservation confirmed/);
    await page.close();
  });
});
