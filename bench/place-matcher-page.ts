/**
 * The page bench/place-matcher.mjs drives: the search box's local matcher over n stores given
 * from JavaScript (src/geo/local-geocoder.ts) against the matcher before it was built in idle
 * slices (bench/lib/place-matcher-before.ts), and a whole locator handed the stores.
 */
import '../src/components/store-locator/define.js';
import type { Store } from '../src/client/types.js';
import type { Geocoder, Suggestion } from '../src/geo/geocoder.js';
import { createLocalGeocoder } from '../src/geo/local-geocoder.js';
import { generateStores } from '../src/mocks/data/stores.js';
import { createLocalGeocoderBefore } from './lib/place-matcher-before.js';
import { exposeLongTasks } from './lib/long-tasks.js';

/** What a shopper types in turn (accents, case, "St", postcodes, store names, an address). */
export const QUERIES = [
  'ly',
  'lyo',
  'lyon',
  'LYON',
  'saint',
  'st eti',
  'ste foy',
  'Sainte-Foy-lès',
  'évry',
  'evry',
  '69',
  '6900',
  '75001',
  'aisle par',
  'bobigny',
  '12 rue de la République, 69002 Lyon',
  '3 rue Victor Hugo, 42000 Saint-Étienne',
  'SAINT-ÉTIENNE',
  'etienne',
  'orleans',
  'Aisle Orléans 1',
  'zzzz',
];

const made = new Map<number, Store[]>();
const storesOf = (n: number) => {
  let stores = made.get(n);
  if (!stores) made.set(n, (stores = generateStores(n, 7)));
  return stores;
};
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const page = window as unknown as Record<string, unknown>;

exposeLongTasks(page); // window.longTasks(since), for the driver

/**
 * One matcher over n stores: the first keystroke when it is made and asked in the same task
 * (before: the whole index is built then), a keystroke once it is built, later keystrokes, and
 * every answer (the driver checks that both matchers give the same).
 */
page.prepare = (n: number) => void storesOf(n);
page.matcher = async (impl: 'before' | 'after', n: number) => {
  const stores = storesOf(n);
  const make = impl === 'before' ? createLocalGeocoderBefore : createLocalGeocoder;
  // From a task of the page's own: the long-task API does not see the driver's evaluate.
  await new Promise((resolve) => setTimeout(resolve));
  const t0 = performance.now();
  const atOnce = make(stores);
  await atOnce.suggest(QUERIES[0]!, { limit: 6 });
  const atOnceMs = performance.now() - t0;

  const atOnceEnd = performance.now();
  await new Promise((resolve) => setTimeout(resolve));

  const ahead: Geocoder = make(stores);
  await ahead.suggest('zz', { limit: 6 }); // built (after: in idle slices)
  const builtMs = performance.now() - t0 - atOnceMs;
  const t1 = performance.now();
  await ahead.suggest(QUERIES[0]!, { limit: 6 });
  const firstMs = performance.now() - t1;
  const laterMs: number[] = [];
  const answers: Suggestion[][] = [];
  for (const q of QUERIES) {
    await new Promise((resolve) => setTimeout(resolve)); // each keystroke a task of its own
    const t = performance.now();
    answers.push(await ahead.suggest(q, { limit: 6 }));
    laterMs.push(performance.now() - t);
  }
  page.kept = ahead; // held for the driver's heap figure
  return { t0, atOnceEnd, atOnceMs, builtMs, firstMs, laterMs: median(laterMs), answers };
};

/** A locator handed n stores, as the demo's 50,000-store page does; resolves at its first list. */
page.locator = async (n: number) => {
  const stores = storesOf(n);
  document.body.replaceChildren();
  const el = document.createElement('aisle-store-locator');
  el.setAttribute('near', '45.764,4.8357');
  el.setAttribute('radius', '10');
  el.setAttribute('limit', '20');
  el.setAttribute('tiles', '');
  const t0 = performance.now();
  (el as unknown as { stores: Store[] }).stores = stores;
  document.body.append(el);
  while (!el.shadowRoot?.querySelector('article[data-store-id]'))
    await new Promise((resolve) => requestAnimationFrame(resolve));
  return { t0, firstListMs: performance.now() - t0 };
};
page.benchReady = true;
