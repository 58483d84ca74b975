import { startDemo } from './shell.js';

await startDemo();

const log = document.querySelector('#log')!;
document.addEventListener('aisle-store-change', (e) => {
  log.textContent = `aisle-store-change: ${e.detail.store?.name ?? e.detail.storeId}`;
});
document.addEventListener('aisle-error', (e) => {
  log.textContent = `aisle-error: ${e.detail.code}`;
});
