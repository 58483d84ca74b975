import { startDemo } from './shell.js';

await startDemo();

// A variant picker as a retailer's page would have one: it only changes the badge's `sku`.
// The mock's hiking shoe: sizes 38 to 46 are AISLE-0065 to AISLE-0073.
const sizes = ['38', '39', '40', '41', '42', '43', '44', '45', '46'];
const variants = document.querySelector('#variants')!;
const badge = document.querySelector('aisle-stock-badge')!;
sizes.forEach((size, i) => {
  const sku = `AISLE-${String(65 + i).padStart(4, '0')}`;
  const label = document.createElement('label');
  const input = document.createElement('input');
  input.type = 'radio';
  input.name = 'size';
  input.value = sku;
  input.checked = i === 0;
  input.addEventListener('change', () => badge.setAttribute('sku', sku));
  label.append(input, ` ${size}`);
  variants.append(label);
});

// Analytics-style listener: Aisle fires events, the page decides what to do with them.
const log = document.querySelector('#events')!;
for (const name of ['aisle-store-change', 'aisle-error'] as const) {
  document.addEventListener(name, (event) => {
    const item = document.createElement('li');
    const skip = new Set(['element', 'store']);
    item.textContent = `${name} ${JSON.stringify(event.detail, (k, v) => (skip.has(k) ? undefined : v))}`;
    log.prepend(item);
  });
}

// The reserve button sits next to the badge and follows the same variant.
const reserve = document.querySelector('aisle-reserve-button')!;
variants.addEventListener('change', (event) => {
  reserve.setAttribute('sku', (event.target as HTMLInputElement).value);
});
const reserveEvents = [
  'aisle-hold-created',
  'aisle-hold-expired',
  'aisle-hold-released',
  'aisle-reservation-confirmed',
  'aisle-reservation-cancelled',
] as const;
for (const name of reserveEvents) {
  document.addEventListener(name, (event) => {
    const item = document.createElement('li');
    item.textContent = `${name} ${JSON.stringify(event.detail, (k, v) => (k === 'element' ? undefined : v))}`;
    log.prepend(item);
  });
}
