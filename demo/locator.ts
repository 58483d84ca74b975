import { startMockWorker } from './mock-worker.js';
import '../src/index.js';
import '../src/components/store-locator/define.js';

await startMockWorker();

const lang = document.querySelector<HTMLSelectElement>('#lang')!;
lang.value = document.documentElement.lang;
lang.addEventListener('change', () => (document.documentElement.lang = lang.value));

const log = document.querySelector('#log')!;
document.addEventListener('aisle-store-change', (e) => {
  log.textContent = `aisle-store-change: ${e.detail.store?.name ?? e.detail.storeId}`;
});
document.addEventListener('aisle-error', (e) => {
  log.textContent = `aisle-error: ${e.detail.code}`;
});
