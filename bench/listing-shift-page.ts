/**
 * The page bench/listing-shift.mjs drives: a product listing as retailers lay one out (a heading,
 * a line of text, then a grid of cards: a product name over its `<aisle-stock-badge>`), 100
 * products on the shopper's store, measured for layout shift (CLS) as the badges' answers arrive.
 * The badge and `configure()` are whichever the HTML page imported: this tree's
 * (bench/listing-shift.html) or the baseline commit's (bench/.baseline/). The answers are this
 * tree's mock API for both, given after `DELAY_MS` (a network's round trip) so that the loading
 * state is painted first, as on a real page.
 */
import { getResponse } from 'msw';
import { createMockApi } from '../src/mocks/mock-api.js';
import { badgesSettled, productCards } from './lib/listing.js';

type Configure = (values: { fetch?: typeof fetch }) => void;
type Shift = PerformanceEntry & { value: number; hadRecentInput: boolean };

const page = window as unknown as Record<string, unknown>;
const BADGES = 100;
const DELAY_MS = 300;
const mock = createMockApi();

async function delayed(input: RequestInfo | URL, init?: RequestInit): Promise<Response> {
  const request = new Request(input, init);
  const key = request.url.replace(/^.*?\/v1(?=[/?])/, '');
  await new Promise((resolve) => setTimeout(resolve, DELAY_MS));
  const mocked = new Request(`${location.origin}/aisle-api/v1${key}`, request);
  return (await getResponse(mock.handlers, mocked)) ?? new Response(null, { status: 599 });
}

/** Resolves once every badge has answered, and that has been painted. */
async function settled(): Promise<void> {
  await badgesSettled();
  for (let i = 0; i < 3; i++) await new Promise((resolve) => requestAnimationFrame(resolve));
  await new Promise((resolve) => setTimeout(resolve, 100)); // shifts are reported after paint
}

/** The page's layout: `columns` equal columns, or 0 for as many 16rem columns as fit. */
function listing(columns: number): HTMLElement {
  const style = document.createElement('style');
  style.textContent = `
    body { font-family: system-ui, sans-serif; line-height: 1.5; margin: 0 1rem; }
    main { max-width: 60rem; margin: 0 auto; }
    ul { list-style: none; padding: 0; display: grid; gap: 1rem;
      grid-template-columns: ${columns ? `repeat(${columns}, 1fr)` : 'repeat(auto-fill, minmax(16rem, 1fr))'}; }
    h2 { font-size: 1rem; margin: 0 0 0.25rem; }`;
  const main = document.createElement('main');
  const title = document.createElement('h1');
  title.textContent = 'Tools';
  const intro = document.createElement('p');
  intro.textContent = `${BADGES} products, each with its stock at your store.`;
  const list = document.createElement('ul');
  list.append(...productCards(BADGES));
  main.append(title, intro, list);
  document.head.append(style);
  return main;
}

export function listingShift(configure: Configure): void {
  /**
   * One measured load at the shopper's store `storeId`: the listing added to the page, then
   * the layout shift until every badge has answered (the sum of the layout-shift entries'
   * values, as CLS counts one burst), the number of shifts and the badges' heights.
   */
  page.run = async (storeId: string, columns: number) => {
    localStorage.setItem('aisle:my-store', storeId);
    configure({ fetch: delayed });
    const shifts: number[] = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries() as Shift[]) if (!e.hadRecentInput) shifts.push(e.value);
    }).observe({ type: 'layout-shift' });
    document.body.replaceChildren(listing(columns));
    await settled();
    const heights: Record<number, number> = {};
    for (const b of document.querySelectorAll('aisle-stock-badge')) {
      const h = Math.round(b.getBoundingClientRect().height);
      heights[h] = (heights[h] ?? 0) + 1;
    }
    return { cls: shifts.reduce((a, b) => a + b, 0), shifts: shifts.length, heights };
  };
  page.benchReady = true;
}
