// The locator's map from the built dist/aisle.js (the ES build a retailer's page loads): its map
// chunk ships a subset of Leaflet with its private names shortened (scripts/mangle-leaflet.mjs),
// so this drives it the way a shopper does: zoom buttons, keyboard, dragging, the wheel, a
// marker, a cluster. The mock API runs in MSW's service worker, started before Aisle loads.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  allProblems,
  blankTiles,
  buildMockBundle,
  requireBuilt,
  ROOT,
  tempDir,
  useSite,
  watchProblems,
} from './helpers.mjs';

requireBuilt('dist/aisle.js');

const PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Map</title>
<script type="module">import { startMockWorker } from '/e2e-mock.js';
await startMockWorker();
await import('/dist/aisle.js');
</script></head><body>
<aisle-config api="/aisle-api/v1"></aisle-config>
<aisle-store-locator near="45.764,4.8357" radius="50" limit="20"></aisle-store-locator>
</body></html>`;

/** Polls `check` (sync or async) every 50 ms until it holds; fails after 10 s. */
async function until(check, what) {
  const end = Date.now() + 10_000;
  while (Date.now() < end) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  assert.fail(`timed out waiting for ${what}`);
}

const site = useSite(async () => {
  const mock = await buildMockBundle();
  const pages = await tempDir('aisle-map-');
  await writeFile(join(pages, 'map.html'), PAGE);
  return { '/dist/': join(ROOT, 'dist'), '/': [pages, mock] };
});

describe('the built locator map (dist/)', { timeout: 90_000 }, () => {
  it('zooms, pans by keyboard and mouse, and follows a marker and a cluster', async () => {
    const context = await site.browser.newContext({ viewport: { width: 1200, height: 900 } });
    /** Zoom levels of the tiles requested, in order. */
    const zooms = [];
    await blankTiles(context, (url) => zooms.push(Number(url.pathname.split('/')[1])));
    const page = await context.newPage();
    const problems = await watchProblems(page);
    await page.goto(`${site.server.url}/map.html`);
    const locator = page.locator('aisle-store-locator');
    await locator.getByRole('article').first().waitFor();
    const map = locator.locator('.leaflet-container');
    await map.scrollIntoViewIfNeeded();
    await locator.locator('.leaflet-marker-pane > *').first().waitFor();

    /** The map pane's offset (Leaflet moves it to pan). */
    const offset = () =>
      locator.locator('.leaflet-map-pane').evaluate((pane) => getComputedStyle(pane).transform);
    /** Leaflet's zoom and pan animations are over: the pane and the tiles asked for stay put. */
    const settle = async () => {
      let last = '';
      let same = 0;
      await until(async () => {
        const now = `${await offset()} ${zooms.length}`;
        same = now === last ? same + 1 : 0;
        last = now;
        return same >= 6;
      }, 'the map to settle');
    };

    // Zoom buttons: tiles one level deeper are asked for.
    await until(() => zooms.length > 0, 'the first tiles');
    await settle();
    const before = Math.max(...zooms);
    await locator.getByRole('button', { name: 'Zoom in', exact: true }).click();
    await until(
      () => Math.max(...zooms) === before + 1,
      `tiles at zoom ${before + 1} (asked: ${[...new Set(zooms)]})`,
    );
    await settle();

    // Keyboard: the pins are one Tab stop, after the map's; the arrow keys move between them.
    const pins = locator.locator('.leaflet-marker-pane [role="button"]');
    assert.ok((await pins.count()) > 1, 'several pins');
    assert.equal(await pins.evaluateAll((els) => els.filter((el) => el.tabIndex === 0).length), 1);
    /** The focused element inside the locator, marked `data-was` when `mark` says so. */
    const focused = (mark) =>
      locator.evaluate((el, mark) => {
        const now = el.shadowRoot.activeElement;
        if (mark) now?.setAttribute('data-was', '');
        return now
          ? `${now.getAttribute('role')} ${now.tabIndex} ${now.hasAttribute('data-was')}`
          : '';
      }, mark);
    await map.focus();
    await page.keyboard.press('Tab');
    assert.equal(await focused(true), 'button 0 true');
    await page.keyboard.press('ArrowDown');
    assert.equal(await focused(false), 'button 0 false', 'ArrowDown moved to another pin');
    await settle();

    // Keyboard: the focused map pans with the arrow keys.
    let start = await offset();
    await map.focus();
    await page.keyboard.press('ArrowRight');
    await until(async () => (await offset()) !== start, 'the arrow key to pan');
    await settle();

    // Mouse: dragging pans.
    start = await offset();
    const box = await map.boundingBox();
    assert.ok(box);
    await page.mouse.move(box.x + box.width * 0.3, box.y + box.height * 0.8);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width * 0.3 + 60, box.y + box.height * 0.8, { steps: 4 });
    await page.mouse.move(box.x + box.width * 0.3 + 120, box.y + box.height * 0.8, { steps: 4 });
    await page.mouse.up();
    await until(async () => (await offset()) !== start, 'dragging to pan');
    await settle();

    // The wheel zooms out: tiles one level up.
    const count = zooms.length;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.wheel(0, 400);
    await until(() => zooms.slice(count).some((z) => z < before + 1), 'tiles after the wheel');
    await settle();

    // A store's marker selects its card in the list (zoomed in until stores stand alone).
    const marker = locator.locator('.leaflet-marker-pane [data-store-id]');
    for (let i = 0; i < 6 && !(await marker.count()); i++) {
      await locator.getByRole('button', { name: 'Zoom in', exact: true }).click();
      await settle();
    }
    const name = await marker.first().getAttribute('aria-label');
    await marker.first().click();
    const selected = locator.locator('[part~="store-selected"]');
    await selected.waitFor();
    assert.ok(name && ((await selected.textContent()) ?? '').includes(name), `selected ${name}`);

    // A cluster (zoomed out far enough) zooms in when pressed.
    const cluster = locator.locator('.aisle-cluster').first();
    for (let i = 0; i < 8 && !(await cluster.count()); i++) {
      await locator.getByRole('button', { name: 'Zoom out', exact: true }).click();
      await settle();
    }
    /** What the map shows: the names of its markers and clusters. */
    const shown = () =>
      locator
        .locator('.leaflet-marker-pane [role="button"]')
        .evaluateAll((els) => els.map((el) => el.getAttribute('aria-label')).join('|'));
    const label = await cluster.getAttribute('aria-label');
    const was = await shown();
    await cluster.click();
    await until(async () => {
      const now = await shown();
      return now !== was && !now.split('|').includes(label);
    }, 'the cluster to open up');

    assert.deepEqual(allProblems(problems), []);
    await context.close();
  });

  it('in forced colours, the selected store and the chosen view keep an outline', async () => {
    const context = await site.browser.newContext({ viewport: { width: 1200, height: 900 } });
    await blankTiles(context, () => {});
    const page = await context.newPage();
    const problems = await watchProblems(page);
    await page.goto(`${site.server.url}/map.html`);
    const locator = page.locator('aisle-store-locator');
    await locator.getByRole('article').first().waitFor();
    await locator.locator('[part~="store-select"]').first().click();
    const card = locator.locator('article.selected');
    await card.waitFor();
    const outline = () => card.evaluate((el) => getComputedStyle(el).outlineStyle);
    assert.equal(await outline(), 'none'); // its border and inset shadow show it
    await page.emulateMedia({ forcedColors: 'active' }); // which drops shadows: an outline
    assert.equal(await outline(), 'solid');
    assert.deepEqual(allProblems(problems), []);
    await context.close();
  });
});
