// A page that enforces Trusted Types (`require-trusted-types-for 'script'`), as large retailers'
// pages increasingly do, on the built output: the locator's map draws its stores and origin,
// the JSON-LD is written through the `aisle-jsonld` policy, a reservation goes through, and the
// browser reports no violation.
import assert from 'node:assert/strict';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import {
  allProblems,
  cspViolations,
  requireBuilt,
  ROOT,
  tempDir,
  useSite,
  watchProblems,
} from './helpers.mjs';

requireBuilt('dist/aisle.js');

const page = (trustedTypes) => `<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="script-src 'self'; require-trusted-types-for 'script'${trustedTypes}">
<title>Trusted Types</title><script type="module" src="/dist/aisle.js"></script></head><body>
<aisle-config mock persist="none"></aisle-config>
<aisle-reserve-button sku="AISLE-0065" store="lyon-part-dieu"></aisle-reserve-button>
<aisle-store-locator near="48.8566,2.3522" limit="5" tiles="" structured-data></aisle-store-locator>
</body></html>`;

const site = useSite(async () => {
  const pages = await tempDir('aisle-tt-');
  await writeFile(join(pages, 'tt.html'), page(''));
  await writeFile(join(pages, 'listed.html'), page('; trusted-types lit-html aisle-jsonld'));
  await writeFile(join(pages, 'unlisted.html'), page('; trusted-types lit-html'));
  return { '/dist/': join(ROOT, 'dist'), '/': pages };
});

/** Stores drawn on the map, and the JSON-LD's text. */
async function locatorOutput(p) {
  const locator = p.locator('aisle-store-locator');
  await locator.locator('.aisle-origin').waitFor({ state: 'attached' });
  await p.waitForFunction(
    () =>
      document
        .querySelector('aisle-store-locator')
        .shadowRoot.querySelectorAll('.aisle-marker, .aisle-cluster').length > 0,
  );
  return {
    stores: await locator.locator('.aisle-marker, .aisle-cluster').count(),
    jsonLd: await p.evaluate(
      () => document.querySelector('aisle-store-locator > script')?.textContent ?? null,
    ),
  };
}

describe('a page enforcing Trusted Types (built)', { timeout: 90_000 }, () => {
  for (const name of ['tt', 'listed']) {
    it(`works with no violation (${name === 'tt' ? 'any policy' : 'policies listed'})`, async () => {
      const p = await site.browser.newPage();
      const problems = await watchProblems(p);
      await p.goto(`${site.server.url}/${name}.html`);
      const { stores, jsonLd } = await locatorOutput(p);
      assert.ok(stores > 0, 'stores on the map');
      assert.equal(JSON.parse(jsonLd).length, 5);
      await p.getByRole('button', { name: 'Reserve in store' }).click();
      await p.getByRole('button', { name: 'Hold it for me' }).click();
      await p.getByRole('textbox', { name: 'Full name' }).waitFor();
      assert.deepEqual(await cspViolations(p), []);
      assert.deepEqual(allProblems(problems), []);
      await p.close();
    });
  }

  it('without "aisle-jsonld" in the list: the map still works, the JSON-LD is left out with a warning', async () => {
    const p = await site.browser.newPage();
    const problems = await watchProblems(p);
    await p.goto(`${site.server.url}/unlisted.html`);
    const { stores, jsonLd } = await locatorOutput(p);
    assert.ok(stores > 0);
    assert.equal(jsonLd, null, 'no JSON-LD script at all, not an empty one');
    assert.deepEqual(problems.errors, []);
    assert.ok(problems.console.some((line) => line.includes('aisle-jsonld')));
    await p.close();
  });
});
