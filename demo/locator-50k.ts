import { startMockWorker } from './mock-worker.js';
import '../src/index.js';
import '../src/components/store-locator/define.js';
import { generateStores } from '../src/mocks/data/stores.js';

await startMockWorker();

const started = performance.now();
const stores = generateStores(50_000, 7);
const generated = performance.now();
const el = document.querySelector('aisle-store-locator')!;
el.stores = stores;
await el.updateComplete;
const indexed = performance.now();
document.querySelector('#timing')!.textContent =
  `Generated ${stores.length.toLocaleString()} stores in ${Math.round(generated - started)} ms; ` +
  `indexed and first list in ${Math.round(indexed - generated)} ms.`;
