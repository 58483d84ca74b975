import { PRODUCTS } from '../src/mocks/data/products.js';
import { startDemo } from './shell.js';

await startDemo();

const list = document.querySelector('#products')!;
// The first 100 products of the mock's catalogue (a listing page would render its own).
for (const product of PRODUCTS.slice(0, 100)) {
  const sku = product.sku;
  const item = document.createElement('li');
  const name = document.createElement('h2');
  name.textContent = product.name;
  const badge = document.createElement('aisle-stock-badge');
  badge.setAttribute('sku', sku);
  item.append(name, badge);
  list.append(item);
}
