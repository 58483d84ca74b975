/**
 * The page bench/locator-keystroke.mjs drives: a locator handed generated stores, as the demo's
 * 50,000-store page has it (`.stores`, 20 listed, a map with no tiles), or as the demo's locator
 * page lists them (10, with structured data). The element is whichever the HTML page defined:
 * the code of this tree (bench/locator-keystroke.html) or of the baseline commit
 * (bench/.baseline/, written by the driver).
 */
import type { Store } from '../src/client/types.js';
import { generateStores } from '../src/mocks/data/stores.js';
import { exposeLongTasks } from './lib/long-tasks.js';

const page = window as unknown as Record<string, unknown>;

exposeLongTasks(page); // window.longTasks(since), for the driver

/** Resolves once the locator lists its stores. */
page.locator = async (n: number, limit: number, structuredData: boolean) => {
  const stores: Store[] = generateStores(n, 7);
  document.body.replaceChildren();
  const el = document.createElement('aisle-store-locator');
  el.setAttribute('near', '45.764,4.8357');
  el.setAttribute('radius', '20');
  el.setAttribute('limit', String(limit));
  el.setAttribute('tiles', '');
  if (structuredData) el.setAttribute('structured-data', '');
  (el as unknown as { stores: Store[] }).stores = stores;
  document.body.append(el);
  while (el.shadowRoot?.querySelectorAll('article[data-store-id]').length !== limit)
    await new Promise((resolve) => requestAnimationFrame(resolve));
  await (el as unknown as { mapReady(): Promise<void> }).mapReady();
};
/**
 * Resolves when the search box's aria-expanded becomes `value`: a MutationObserver on it, where
 * a driver's polling (Playwright's waitFor) would cost the page main-thread time of its own.
 */
page.expanded = (value: boolean) =>
  new Promise<void>((resolve) => {
    const input = document
      .querySelector('aisle-store-locator')!
      .shadowRoot!.querySelector('input[role=combobox]')!;
    const done = () => input.getAttribute('aria-expanded') === String(value);
    if (done()) return resolve();
    const observer = new MutationObserver(() => {
      if (!done()) return;
      observer.disconnect();
      resolve();
    });
    observer.observe(input, { attributes: true, attributeFilter: ['aria-expanded'] });
  });
page.benchReady = true;
