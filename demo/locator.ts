import { startMockWorker } from './mock-worker.js';

// The worker must answer before the first element asks the API for anything.
await startMockWorker();
await import('../src/index.js');

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
