// The hostile host page of the built demo: aggressive global CSS and a strict CSP (no
// 'unsafe-inline', no 'unsafe-eval'). Aisle must raise no CSP violation, log no error, keep its
// text styles, and still work through a whole reservation.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import {
  allProblems,
  cspViolations,
  requireBuilt,
  ROOT,
  watchProblems,
  shows,
  useSite,
} from './helpers.mjs';

requireBuilt('dist-demo/hostile.html');

const site = useSite({ '/': join(ROOT, 'dist-demo') });

/** Computed text styles of every element with text in the shadow trees of `tag`. */
function shadowTextStyles(page, tag) {
  return page.evaluate((tag) => {
    const out = [];
    const walk = (root) => {
      for (const el of root.querySelectorAll('*')) {
        if (el.shadowRoot) walk(el.shadowRoot);
        const own = [...el.childNodes].some((n) => n.nodeType === 3 && n.textContent.trim());
        if (!own) continue;
        const s = getComputedStyle(el);
        out.push({
          text: el.textContent.trim().slice(0, 30),
          textTransform: s.textTransform,
          direction: s.direction,
          // The page's 0.3em, not a component's own small spacing (the reservation code has some).
          wideLetters: (parseFloat(s.letterSpacing) || 0) / parseFloat(s.fontSize) >= 0.25,
          lineHeightRatio: parseFloat(s.lineHeight) / parseFloat(s.fontSize),
        });
      }
    };
    for (const host of document.querySelectorAll(tag)) if (host.shadowRoot) walk(host.shadowRoot);
    return out;
  }, tag);
}

describe('hostile host page (built)', { timeout: 90_000 }, () => {
  it('declares a strict CSP without unsafe-inline or unsafe-eval', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.server.url}/hostile.html`);
    const policy = await page
      .locator('meta[http-equiv="Content-Security-Policy"]')
      .getAttribute('content');
    assert.match(policy, /script-src 'self'/);
    assert.match(policy, /style-src 'self'/);
    assert.doesNotMatch(policy, /unsafe-inline|unsafe-eval/);
    // The policy is enforced: an inline script is refused and reported.
    await page.evaluate(() => {
      const s = document.createElement('script');
      s.textContent = 'window.__inlineRan = true';
      document.body.append(s);
    });
    assert.equal(await page.evaluate(() => window.__inlineRan), undefined);
    await page.close();
  });

  it('zero CSP violations and no errors: reserve, then the locator map and search; text styles intact', async () => {
    const page = await site.browser.newPage();
    const problems = await watchProblems(page);
    await page.goto(`${site.server.url}/hostile.html`);

    const badge = page.locator('aisle-stock-badge');
    await badge.getByRole('button', { name: 'Check availability near you' }).click();
    await badge.getByRole('searchbox').fill('Lyon');
    await badge.getByRole('button', { name: 'Search' }).click();
    await badge.getByRole('button', { name: /^Choose Aisle Lyon Part-Dieu/ }).click();
    await page.waitForFunction(
      () => document.querySelector('aisle-stock-badge')?.getAttribute('status') === 'in-stock',
    );

    await page.getByRole('button', { name: 'Reserve in store' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('button', { name: 'Hold it for me' }).click();
    await dialog.getByRole('textbox', { name: 'Full name' }).fill('Camille Martin');
    await dialog.getByRole('textbox', { name: 'Email' }).fill('camille@example.com');
    await dialog.getByRole('checkbox', { name: 'I accept the reservation terms' }).check();
    await dialog.getByRole('button', { name: 'Confirm reservation' }).click();
    await dialog.getByText('Reservation confirmed').waitFor();
    await dialog.getByRole('button', { name: 'Close' }).click();

    // The locator: its map (Leaflet and its CSS, loaded on demand) comes into view; search a
    // town and make a store mine; the badge follows.
    const locator = page.locator('aisle-store-locator');
    await locator.scrollIntoViewIfNeeded();
    await page.waitForFunction(() =>
      document
        .querySelector('aisle-store-locator')
        ?.shadowRoot?.querySelector('.leaflet-container .leaflet-marker-pane > *'),
    );
    const search = locator.getByRole('combobox', { name: 'Postcode, city or address' });
    await search.fill('Marseille');
    await search.press('Enter');
    await locator
      .getByRole('article')
      .filter({ hasText: 'Marseille' })
      .first()
      .getByRole('button', { name: 'Make this my store' })
      .click();
    await shows(badge, /at Aisle Marseille/);
    // Leaflet positions its panes: the map keeps a real size under the page's CSS.
    const map = await page.evaluate(() => {
      const box = document
        .querySelector('aisle-store-locator')
        .shadowRoot.querySelector('.leaflet-container')
        .getBoundingClientRect();
      return { width: box.width, height: box.height };
    });
    assert.ok(map.width > 200 && map.height > 200, `map is ${map.width}x${map.height}`);

    const styles = [
      ...(await shadowTextStyles(page, 'aisle-stock-badge')),
      ...(await shadowTextStyles(page, 'aisle-reserve-button')),
      ...(await shadowTextStyles(page, 'aisle-store-locator')),
    ];
    assert.ok(styles.length > 10, 'no text found in the shadow trees');
    const damaged = styles.filter(
      (s) =>
        s.textTransform === 'uppercase' ||
        s.wideLetters ||
        s.lineHeightRatio > 2 ||
        s.direction !== 'ltr',
    );
    assert.deepEqual(damaged, []);

    assert.deepEqual(await cspViolations(page), []);
    assert.deepEqual(allProblems(problems), []);
    await page.close();
  });
});
