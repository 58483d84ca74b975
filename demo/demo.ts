import { startMockWorker } from './mock-worker.js';
import '../src/index.js';
import './demo-card.js';

await startMockWorker();

const lang = document.querySelector<HTMLSelectElement>('#lang')!;
const theme = document.querySelector<HTMLSelectElement>('#theme')!;
const config = document.querySelector('aisle-config')!;

lang.value = document.documentElement.lang;
lang.addEventListener('change', () => (document.documentElement.lang = lang.value));
theme.addEventListener('change', () => {
  config.setAttribute('theme', theme.value);
  document.body.className = theme.value === 'auto' ? '' : theme.value;
});
