/**
 * What the listing benches' pages share (bench/listing-badges-page.ts, bench/listing-shift-page.ts):
 * the cards of the mock catalogue's first products, each a name over its `<aisle-stock-badge>`,
 * and the wait until every badge has answered.
 */
import { PRODUCTS } from '../../src/mocks/data/products.js';

/** `count` list items: the product's name, then its badge (no store: the shopper's). */
export function productCards(count: number): HTMLLIElement[] {
  return PRODUCTS.slice(0, count).map((product) => {
    const item = document.createElement('li');
    const name = document.createElement('h2');
    name.textContent = product.name;
    const badge = document.createElement('aisle-stock-badge');
    badge.setAttribute('sku', product.sku);
    item.append(name, badge);
    return item;
  });
}

/** Resolves once every badge shows something other than "loading". */
export async function badgesSettled(): Promise<void> {
  const done = () =>
    [...document.querySelectorAll('aisle-stock-badge')].every((b) => {
      const status = b.getAttribute('status');
      return status && status !== 'loading';
    });
  while (!done()) await new Promise((resolve) => setTimeout(resolve, 10));
}
