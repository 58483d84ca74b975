import { startMockWorker } from './mock-worker.js';
import '../src/index.js';

await startMockWorker();

const lang = document.querySelector<HTMLSelectElement>('#lang')!;
const theme = document.querySelector<HTMLSelectElement>('#theme')!;
const config = document.querySelector('aisle-config')!;
const log = document.querySelector<HTMLOListElement>('#events')!;

lang.value = document.documentElement.lang;
lang.addEventListener('change', () => (document.documentElement.lang = lang.value));
theme.addEventListener('change', () => {
  config.setAttribute('theme', theme.value);
  document.body.className = theme.value === 'auto' ? '' : theme.value;
});

const names = [
  'aisle-store-change',
  'aisle-hold-created',
  'aisle-hold-expired',
  'aisle-reservation-confirmed',
  'aisle-reservation-cancelled',
  'aisle-error',
] as const;
for (const name of names) {
  document.addEventListener(name, (event) => {
    // The detail without `element` (a DOM node does not serialise).
    const detail = JSON.stringify(event.detail, (key, value: unknown) =>
      key === 'element' ? undefined : value,
    );
    const item = document.createElement('li');
    item.textContent = `${name} ${detail}`;
    log.prepend(item);
  });
}
