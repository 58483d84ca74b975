// A dropped request for one of Aisle's lazily loaded files, on the built output: some browsers
// keep a failed module load for the life of the page, so "Try again" asks again under a new URL
// where the plain one fails again (scripts/retry-imports.mjs). The shopper sees the failure,
// presses again, and it works.
import assert from 'node:assert/strict';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { requireBuilt, ROOT, tempDir, useSite, watchProblems } from './helpers.mjs';

requireBuilt('dist/aisle.js');

// Mock mode (the mock API inside the page): no service worker, whose own requests Playwright
// could not route.
const PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Retry</title>
<script type="module" src="/dist/aisle.js"></script></head><body>
<aisle-config mock persist="none"></aisle-config>
<aisle-stock-badge sku="AISLE-0065"></aisle-stock-badge>
<aisle-reserve-button sku="AISLE-0065" store="lyon-part-dieu"></aisle-reserve-button>
</body></html>`;

const LOCATOR = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Retry</title>
<script type="module" src="/dist/aisle.js"></script></head><body>
<aisle-config mock persist="none"></aisle-config>
<aisle-store-locator near="45.7640,4.8357" limit="5" tiles=""></aisle-store-locator>
</body></html>`;

const BADGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Retry</title>
<script type="module" src="/dist/aisle.js"></script></head><body>
<aisle-config mock persist="none"></aisle-config>
<aisle-stock-badge sku="AISLE-0065" store="lyon-part-dieu"></aisle-stock-badge>
</body></html>`;

const site = useSite(async () => {
  const pages = await tempDir('aisle-retry-');
  await writeFile(join(pages, 'retry.html'), PAGE);
  await writeFile(join(pages, 'locator.html'), LOCATOR);
  await writeFile(join(pages, 'badge.html'), BADGE);
  return { '/dist/': join(ROOT, 'dist'), '/': pages };
});

/**
 * Makes the first request for a file matching `pattern` fail, as a dropped connection does;
 * returns the paths (with query) of every request for it.
 */
async function dropFirst(page, pattern) {
  const asked = [];
  await page.route(pattern, (route) => {
    const url = new URL(route.request().url());
    asked.push(url.pathname + url.search);
    return asked.length === 1 ? route.abort('connectionreset') : route.continue();
  });
  return asked;
}

/**
 * The file was asked for twice: the second time at its own URL where the browser no longer keeps
 * a failed module load (Chromium 156.0.8078.114 and later ask again), else as `?retry=1`, the
 * helper's new URL for browsers that keep the failure.
 */
function assertAskedAgain(asked) {
  assert.equal(asked.length, 2, asked.join(' '));
  assert.ok([asked[0], `${asked[0]}?retry=1`].includes(asked[1]), asked.join(' '));
}

describe('the lazy-load helper', { timeout: 60_000 }, () => {
  it('is not taken over by an element named like it (DOM clobbering)', async () => {
    const page = await site.browser.newPage();
    const problems = await watchProblems(page);
    await page.route('**/retry.html', (route) =>
      route.fulfill({
        contentType: 'text/html',
        body: PAGE.replace('<body>', '<body><p id="__aisleImport">An editor’s paragraph</p>'),
      }),
    );
    await page.goto(`${site.server.url}/retry.html`);
    await page.locator('aisle-stock-badge[status]').waitFor();
    await page.getByRole('button', { name: 'Reserve in store' }).click();
    await page.getByRole('dialog').waitFor();
    assert.deepEqual(problems.errors, []);
    await page.close();
  });
});

describe('a release', { timeout: 60_000 }, () => {
  it('a page loads aisle.js and its own release’s folder only: a later release changes nothing it loads', async () => {
    // A retailer deploys while shoppers browse. Were an element's file loaded from outside the
    // release's folder (dist/stock-badge.js), an open page would take the new release's, and with
    // it a second core that ignores the page's configure().
    for (const [path, act] of [
      ['/retry.html', (page) => page.getByRole('button', { name: 'Reserve in store' }).click()],
      ['/locator.html', (page) => page.locator('aisle-store-locator article').first().waitFor()],
    ]) {
      const page = await site.browser.newPage();
      const problems = await watchProblems(page);
      const loaded = [];
      page.on('request', (r) => {
        const { pathname } = new URL(r.url());
        if (pathname.startsWith('/dist/')) loaded.push(pathname);
      });
      await page.goto(`${site.server.url}${path}`);
      await act(page);
      await page.waitForLoadState('networkidle');
      const outside = loaded.filter(
        (p) => p !== '/dist/aisle.js' && !/^\/dist\/chunks\/[\w-]{6}\//.test(p),
      );
      assert.deepEqual(outside, [], path);
      const folders = new Set(loaded.map((p) => /^\/dist\/chunks\/([\w-]{6})\//.exec(p)?.[1]));
      folders.delete(undefined);
      assert.equal(folders.size, 1, loaded.join(' '));
      assert.deepEqual(problems.errors, []);
      await page.close();
    }
  });
});

describe('a lazily loaded file that fails once', { timeout: 60_000 }, () => {
  it('the reserve dialog: the next click loads it', async () => {
    const page = await site.browser.newPage();
    const problems = await watchProblems(page);
    const asked = await dropFirst(page, '**/dist/chunks/*/reserve-dialog.js*');
    await page.goto(`${site.server.url}/retry.html`);
    const button = page.getByRole('button', { name: 'Reserve in store' });
    await button.click();
    await page.getByRole('alert').filter({ hasText: 'Reservation could not be loaded' }).waitFor();
    await button.click();
    await page.getByRole('dialog').waitFor();
    assertAskedAgain(asked);
    assert.deepEqual(problems.errors, []);
    await page.close();
  });

  it('the reserve dialog, its own URL still failing: the next click loads it as ?retry=1', async () => {
    const page = await site.browser.newPage();
    const problems = await watchProblems(page);
    const asked = [];
    await page.route('**/dist/chunks/*/reserve-dialog.js*', (route) => {
      const url = new URL(route.request().url());
      asked.push(url.pathname + url.search);
      return url.search ? route.continue() : route.abort('connectionreset');
    });
    await page.goto(`${site.server.url}/retry.html`);
    const button = page.getByRole('button', { name: 'Reserve in store' });
    await button.click();
    await page.getByRole('alert').filter({ hasText: 'Reservation could not be loaded' }).waitFor();
    await button.click();
    await page.getByRole('dialog').waitFor();
    // The plain URL was asked again (or not, where the browser keeps the failure), then ?retry=1.
    assert.match(asked.at(-1), /\?retry=1$/, asked.join(' '));
    assert.equal(asked.filter((a) => a.includes('?')).length, 1, asked.join(' '));
    assert.deepEqual(problems.errors, []);
    await page.close();
  });

  it('an element’s own file: aisle-error once, then loaded again when the browser is back online', async () => {
    const page = await site.browser.newPage();
    const problems = await watchProblems(page);
    // The chunk the loader imports for it, in the release's folder: the one that defines the tag.
    const asked = [];
    await page.route('**/dist/chunks/*/*.js*', async (route) => {
      const response = await route.fetch();
      const body = await response.text();
      if (!body.includes('("aisle-reserve-button",')) return route.fulfill({ response, body });
      const url = new URL(route.request().url());
      asked.push(url.pathname + url.search);
      return asked.length === 1
        ? route.abort('connectionreset')
        : route.fulfill({ response, body });
    });
    // What a page's analytics hears.
    await page.addInitScript(() => {
      window.heard = [];
      addEventListener('aisle-error', (e) =>
        window.heard.push([e.target.localName, e.detail.code, e.detail.element === e.target]),
      );
    });
    await page.goto(`${site.server.url}/retry.html`);
    // The badge works meanwhile; the button's tag is not defined yet.
    await page.locator('aisle-stock-badge[status]').waitFor();
    await page.waitForFunction(() => !customElements.get('aisle-reserve-button') && true);
    assert.equal(asked.length, 1);
    await page.waitForFunction(() => window.heard.length > 0);
    assert.deepEqual(await page.evaluate(() => window.heard), [
      ['aisle-reserve-button', 'load_failed', true],
    ]);
    await page.evaluate(() => dispatchEvent(new Event('online')));
    await page.getByRole('button', { name: 'Reserve in store' }).waitFor();
    assertAskedAgain(asked);
    assert.equal(await page.evaluate(() => window.heard.length), 1);
    assert.deepEqual(problems.errors, []);
    await page.close();
  });

  it('the reservation requests’ code: aisle-error says load_failed, and the next hold loads it', async () => {
    const page = await site.browser.newPage();
    const problems = await watchProblems(page);
    const asked = await dropFirst(page, '**/dist/chunks/*/rest-reservations.js*');
    await page.addInitScript(() => {
      window.heard = [];
      addEventListener('aisle-error', (e) => window.heard.push(e.detail.code));
    });
    await page.goto(`${site.server.url}/retry.html`);
    await page.getByRole('button', { name: 'Reserve in store' }).click();
    const dialog = page.getByRole('dialog');
    const hold = dialog.getByRole('button', { name: 'Hold it for me' });
    await hold.click();
    await dialog.getByRole('alert').filter({ hasText: 'We could not hold the item.' }).waitFor();
    assert.deepEqual(await page.evaluate(() => window.heard), ['load_failed']);
    await hold.click();
    await dialog.getByText('Step 2 of 3').waitFor();
    assertAskedAgain(asked);
    assert.deepEqual(await page.evaluate(() => window.heard), ['load_failed']);
    assert.deepEqual(problems.errors, []);
    await page.close();
  });

  it('the mock API’s code (a CMS preview): the next request loads it', async () => {
    const page = await site.browser.newPage();
    const problems = await watchProblems(page);
    const asked = await dropFirst(page, '**/dist/chunks/*/mock-fetch.js*');
    await page.goto(`${site.server.url}/badge.html`);
    // The client asks again by itself (a GET with no answer is retried), and gets the stock.
    await page.locator('aisle-stock-badge[status$="stock"]').waitFor({ state: 'attached' });
    assertAskedAgain(asked);
    assert.deepEqual(problems.errors, []);
    await page.close();
  });

  it('the badge’s store picker: "Try again" loads it', async () => {
    const page = await site.browser.newPage();
    const problems = await watchProblems(page);
    // The picker's entry chunk is the one that defines <aisle-store-picker>.
    const asked = [];
    await page.route('**/dist/chunks/*/*.js*', async (route) => {
      const url = new URL(route.request().url());
      const response = await route.fetch();
      const body = await response.text();
      if (!body.includes('"aisle-store-picker"')) return route.fulfill({ response, body });
      asked.push(url.pathname + url.search);
      return asked.length === 1
        ? route.abort('connectionreset')
        : route.fulfill({ response, body });
    });
    await page.goto(`${site.server.url}/retry.html`);
    const badge = page.locator('aisle-stock-badge');
    await badge.getByRole('button', { name: 'Check availability near you' }).click();
    await badge.getByRole('alert').filter({ hasText: 'could not be loaded' }).waitFor();
    await badge.getByRole('button', { name: 'Try again' }).click();
    await badge.getByRole('searchbox').waitFor();
    assertAskedAgain(asked);
    assert.deepEqual(problems.errors, []);
    await page.close();
  });

  it('the locator’s map: its place says so, aisle-error once, and "Try again" loads it', async () => {
    const page = await site.browser.newPage();
    const problems = await watchProblems(page);
    const asked = await dropFirst(page, '**/dist/chunks/*/locator-map.js*');
    await page.addInitScript(() => {
      window.heard = [];
      addEventListener('aisle-error', (e) => window.heard.push(e.detail.code));
    });
    await page.goto(`${site.server.url}/locator.html`);
    const locator = page.locator('aisle-store-locator');
    await locator.getByRole('alert').filter({ hasText: 'We could not load the map.' }).waitFor();
    assert.equal(await locator.getByRole('region', { name: 'Map of stores' }).count(), 0);
    await locator.locator('[part~="store"]').first().waitFor(); // the list works meanwhile
    assert.deepEqual(await page.evaluate(() => window.heard), ['load_failed']);
    await locator.getByRole('button', { name: 'Try again' }).click();
    await locator.locator('.leaflet-container').waitFor();
    assert.equal(await locator.getByRole('alert').count(), 0);
    assertAskedAgain(asked);
    assert.deepEqual(await page.evaluate(() => window.heard), ['load_failed']);
    assert.deepEqual(problems.errors, []);
    await page.close();
  });
});
