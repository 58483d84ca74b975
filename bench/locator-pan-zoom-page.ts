/**
 * The page bench/locator-pan-zoom.mjs drives: the demo's 50,000-store locator (`.stores`, 20
 * listed, near Lyon, 10 km) with a tile layer served by the bench's dev server (one small PNG for
 * every tile), as a retailer's page has tiles.
 */
import type { Store } from '../src/client/types.js';
import { generateStores } from '../src/mocks/data/stores.js';
import { exposeLongTasks } from './lib/long-tasks.js';

const page = window as unknown as Record<string, unknown>;
exposeLongTasks(page); // window.longTasks(since), for the driver

/** Resolves once the list shows its stores and the map its markers; answers the map's box. */
page.locator = async () => {
  const el = document.createElement('aisle-store-locator');
  el.setAttribute('near', '45.764,4.8357');
  el.setAttribute('radius', '10');
  el.setAttribute('limit', '20');
  el.setAttribute('tiles', `${location.origin}/bench-tiles/{z}/{x}/{y}.png`);
  (el as unknown as { stores: Store[] }).stores = generateStores(50_000, 7);
  document.body.replaceChildren(el);
  const root = () => el.shadowRoot;
  while (
    root()?.querySelectorAll('article[data-store-id]').length !== 20 ||
    !root()?.querySelector('.leaflet-marker-icon')
  )
    await new Promise((resolve) => requestAnimationFrame(resolve));
  const map = root()!.querySelector('.leaflet-container')!;
  map.scrollIntoView({ block: 'center' });
  const r = map.getBoundingClientRect();
  return { x: r.x + r.width / 2, y: r.y + r.height / 2 };
};

const cards = () =>
  document
    .querySelector('aisle-store-locator')!
    .shadowRoot!.querySelectorAll<HTMLElement>('article[data-store-id]');
/** The stores listed now, and the first of them. */
page.cards = () => cards().length;
page.firstCard = () => cards()[0]?.dataset['storeId'] ?? null;
page.benchReady = true;
