import { generateStores } from '../src/mocks/data/stores.js';
import { startDemo } from './shell.js';

let started = 0;
let generated = 0;
let count = 0;
const el = document.querySelector('aisle-store-locator')!;
await startDemo({
  beforeRegister: () => {
    started = performance.now();
    const stores = generateStores(50_000, 7);
    count = stores.length;
    generated = performance.now();
    // Set before the element upgrades, so its first search already uses the in-page stores.
    el.stores = stores;
  },
});
await el.updateComplete;
const indexed = performance.now();
document.querySelector('#timing')!.textContent =
  `Generated ${count.toLocaleString()} stores in ${Math.round(generated - started)} ms; ` +
  `SDK loaded, stores indexed and first list shown in ${Math.round(indexed - generated)} ms.`;
