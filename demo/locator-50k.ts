import { startMockWorker } from './mock-worker.js';
import { generateStores } from '../src/mocks/data/stores.js';

await startMockWorker();

const started = performance.now();
const stores = generateStores(50_000, 7);
const generated = performance.now();
// Set before the element upgrades, so its first search already uses the in-page stores.
const el = document.querySelector('aisle-store-locator')!;
el.stores = stores;
await import('../src/index.js');
await el.updateComplete;
const indexed = performance.now();
document.querySelector('#timing')!.textContent =
  `Generated ${stores.length.toLocaleString()} stores in ${Math.round(generated - started)} ms; ` +
  `SDK loaded, stores indexed and first list shown in ${Math.round(indexed - generated)} ms.`;
