// The shopper's journey on the built demo site (dist-demo/, served as plain files): pick a store,
// the badge follows, reserve, confirm, and the reservation is shown with its code.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { join } from 'node:path';
import {
  allProblems,
  blankTiles,
  requireBuilt,
  ROOT,
  watchProblems,
  shows,
  useSite,
  holdAndFill,
} from './helpers.mjs';

requireBuilt('dist-demo/product.html', 'dist-demo/mockServiceWorker.js');

const site = useSite({ '/': join(ROOT, 'dist-demo') });

describe('journey on the built demo', { timeout: 90_000 }, () => {
  it('home links to every page, and every linked page exists', async () => {
    const page = await site.browser.newPage({ viewport: { width: 390, height: 844 } });
    const problems = await watchProblems(page);
    await page.addInitScript(() => {
      window.__shift = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) window.__shift += entry.value;
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await page.goto(`${site.server.url}/`);
    const links = await page
      .locator('main a[href$=".html"]')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    assert.ok(links.includes('./product.html') && links.includes('./configurator.html'));
    for (const href of links) {
      const response = await page.request.get(new URL(href, `${site.server.url}/`).href);
      assert.equal(response.status(), 200, `${href} is not in the static build`);
    }
    // The home page's own live badge ran on the mock.
    await page.getByRole('button', { name: 'Check availability near you' }).waitFor();
    // The page header is in the HTML: nothing moves as the scripts run (it was 0.3 on a phone).
    assert.equal(await page.evaluate('window.__shift'), 0, 'layout shift on the home page');
    assert.equal(await page.locator('header [aria-current="page"]').innerText(), 'Home');
    assert.deepEqual(allProblems(problems), []);
    await page.close();
  });

  it('find a store in the locator, make it mine, the badges follow, reserve and confirm', async () => {
    const context = await site.browser.newContext();
    await blankTiles(context);
    const page = await context.newPage();
    const problems = await watchProblems(page);

    // The locator: search a town, make one of its stores mine.
    await page.goto(`${site.server.url}/locator.html`);
    const locator = page.locator('aisle-store-locator');
    const search = locator.getByRole('combobox', { name: 'Postcode, city or address' });
    await search.fill('Lyon');
    await search.press('Enter');
    const card = locator.getByRole('article', { name: 'Aisle Lyon Part-Dieu' });
    await card.getByRole('button', { name: 'Make this my store' }).click();
    await page.locator('#log', { hasText: 'aisle-store-change: Aisle Lyon Part-Dieu' }).waitFor();
    // The map came with the list (Leaflet, loaded on demand) and shows the stores.
    await page.waitForFunction(() =>
      document
        .querySelector('aisle-store-locator')
        ?.shadowRoot?.querySelector('.leaflet-container'),
    );
    const stored = await page.evaluate(() => JSON.stringify({ ...localStorage }));
    assert.match(stored, /lyon-part-dieu/i);
    assert.doesNotMatch(stored, /@|customer|email|Lyon,|45\./i);

    // The product page: the badge shows stock at that store.
    await page.goto(`${site.server.url}/product.html`);
    const badge = page.locator('aisle-stock-badge');
    await shows(badge, /In stock: \d+ Change store at Aisle Lyon Part-Dieu/); // as read: status, action, details
    assert.equal(await badge.getAttribute('status'), 'in-stock');

    // Another variant: the badge follows the size picked, at the same store.
    await page.getByRole('radio', { name: '42' }).check();
    await page.waitForFunction(
      () => document.querySelector('aisle-stock-badge')?.getAttribute('sku') === 'AISLE-0069',
    );
    await shows(badge, /at Aisle Lyon Part-Dieu/);

    // Reserve: the dialog starts at the shopper's store.
    await page.getByRole('radio', { name: '38' }).check();
    await page.getByRole('button', { name: 'Reserve in store' }).click();
    const dialog = page.getByRole('dialog', { name: /Reserve/ });
    await dialog.getByText('Aisle Lyon Part-Dieu').waitFor();
    await holdAndFill(dialog);
    await dialog.getByRole('button', { name: 'Confirm reservation' }).click();

    // Confirmed: a code the shop can look up, and the events the page listened to.
    await dialog
      .getByText(/confirmed/i)
      .first()
      .waitFor();
    const text = await dialog.innerText();
    assert.match(text, /Reservation confirmed/);
    assert.match(text, /Aisle Lyon Part-Dieu/);
    const log = await page.locator('#events').innerText();
    const code = /"code":"([^"]+)"/.exec(log)?.[1];
    assert.ok(code, 'aisle-reservation-confirmed carried no code');
    assert.match(text, new RegExp(`Reservation code\\s+${code}`));
    assert.match(log, /aisle-hold-created/);
    assert.match(log, /aisle-reservation-confirmed/);
    // Personal details never reach storage; the session keeps only the reservation's id and code.
    const storage = await page.evaluate(() =>
      JSON.stringify({ local: { ...localStorage }, session: { ...sessionStorage } }),
    );
    assert.doesNotMatch(storage, /camille/i);

    // A reload shows the reservation again: the demo's mock still knows it, as a server would.
    await page.reload();
    await page.getByRole('button', { name: 'View your reservation' }).click();
    await dialog.getByText(new RegExp(`Reservation code\\s+${code}`)).waitFor();

    assert.deepEqual(allProblems(problems), []);
    await context.close();
  });

  it('or pick the store from a badge: every badge, here and in another tab, follows', async () => {
    const context = await site.browser.newContext();
    const page = await context.newPage();
    const problems = await watchProblems(page);
    await page.goto(`${site.server.url}/product.html`);

    // No store yet: the badge offers to check near the shopper.
    const badge = page.locator('aisle-stock-badge');
    await badge.getByRole('button', { name: 'Check availability near you' }).click();
    await badge.getByRole('searchbox', { name: 'Postcode, city or address' }).fill('Lyon');
    await badge.getByRole('button', { name: 'Search' }).click();
    await badge.getByRole('button', { name: /^Choose Aisle Lyon Part-Dieu/ }).click();
    await shows(badge, /In stock: \d+ Change store at Aisle Lyon Part-Dieu/); // as read: status, action, details
    assert.match(await page.locator('#events').innerText(), /aisle-store-change/);

    // A second tab of the same site: all 100 badges of the listing use the shopper's store.
    const other = await context.newPage();
    await other.goto(`${site.server.url}/listing.html`);
    await shows(other.locator('aisle-stock-badge').first(), /at Aisle Lyon Part-Dieu/);
    await shows(other.locator('aisle-stock-badge').last(), /at Aisle Lyon Part-Dieu/);
    assert.equal(await other.locator('aisle-stock-badge').count(), 100);
    await other.close();

    assert.deepEqual(allProblems(problems), []);
    await context.close();
  });
});
