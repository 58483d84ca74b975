import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/store-locator/define.js';
import type { AisleStoreLocator } from '../../src/components/store-locator/store-locator.js';
import type { LocatorMap } from '../../src/components/store-locator/locator-map.js';
import { resetClientsForTests } from '../../src/client/shared.js';
import { waitUntil } from '../helpers/wait.js';
import { $, $$, cards, largeNetwork, parisLocator } from './store-locator-harness.js';

/**
 * The map's pins are one Tab stop (map-keys.ts): arrow keys, Home and End move between the pins
 * in view; the stop follows the focus, the selection and the view.
 */
beforeEach(() => resetClientsForTests());

const leafletOf = (el: AisleStoreLocator) =>
  (el as unknown as { mapController: { map: LocatorMap } }).mapController.map.map;
const pins = (el: AisleStoreLocator) => $$(el, '.aisle-marker, .aisle-cluster');
const stops = (el: AisleStoreLocator) => pins(el).filter((p) => p.tabIndex === 0);
/**
 * The one pin that takes Tab. Pins are compared by identity only: a deep comparison of two
 * Leaflet icons walks the whole map.
 */
const stop = (el: AisleStoreLocator) => {
  expect(stops(el).length, 'Tab stops among the pins').to.equal(1);
  return stops(el)[0]!;
};
/** What an element is, for messages (the elements themselves are too large to report). */
const label = (e: Element | null | undefined) =>
  e ? `${e.className.split(' ').at(-1)} "${e.getAttribute('aria-label')}"` : String(e);
const same = (a: Element | null | undefined, b: Element | null | undefined, what: string) =>
  expect(a === b, `${what}: ${label(a)}, not ${label(b)}`).to.equal(true);
const among = (e: Element | null | undefined, list: Element[], what: string) =>
  expect(!!e && list.includes(e), `${what}: ${label(e)}`).to.equal(true);
const focused = (el: AisleStoreLocator) => el.shadowRoot!.activeElement as HTMLElement | null;
const frames = async (n: number) => {
  for (let i = 0; i < n; i++) await new Promise((r) => requestAnimationFrame(r));
};
const centre = (p: Element) => {
  const r = p.getBoundingClientRect();
  return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
};
/** The pins whose centre is inside the map. */
const inView = (el: AisleStoreLocator) => {
  const box = $(el, '.leaflet-container')!.getBoundingClientRect();
  return pins(el).filter((p) => {
    const { x, y } = centre(p);
    return x >= box.left && x <= box.right && y >= box.top && y <= box.bottom;
  });
};

async function ready(el: AisleStoreLocator, selector = '.aisle-marker, .aisle-cluster') {
  await waitUntil(() => cards(el).length > 0, 'no stores', { timeout: 5000 });
  await el.mapReady();
  $(el, '.leaflet-container')!.scrollIntoView({ block: 'center' });
  await waitUntil(() => $(el, selector), 'no pins');
  await frames(2);
  return el;
}

async function paris() {
  return ready(await parisLocator(), '.aisle-marker');
}

describe('<aisle-store-locator>: the map’s pins are one Tab stop', () => {
  it('has one tabbable pin among many; Tab goes from the map to it, then past the pins', async () => {
    const el = await ready(await largeNetwork(5000, 3));
    expect(inView(el).length, 'pins in view').to.be.above(10);
    among(stop(el), inView(el), 'the stop is in view');
    expect(pins(el).filter((p) => p.tabIndex !== -1).length, 'pins in the Tab order').to.equal(1);
    $(el, '.leaflet-container')!.focus();
    await sendKeys({ press: 'Tab' });
    same(focused(el), stop(el), 'Tab from the map');
    await sendKeys({ press: 'Tab' });
    same(focused(el), $(el, '.leaflet-control-zoom-in'), 'Tab from the pins');
    stop(el);
    // Each pin keeps its name and says how to move on.
    const pin = stop(el);
    expect(pin.getAttribute('aria-label')).to.match(/\S/);
    const hint = el.shadowRoot!.getElementById(pin.getAttribute('aria-describedby')!);
    expect(hint?.textContent).to.contain('Arrow keys');
  });

  it('the first pin in reading order takes Tab; arrows, Home and End move the focus and the stop', async () => {
    const el = await ready(await largeNetwork(5000, 3));
    const byY = inView(el).sort((a, b) => centre(a).y - centre(b).y || centre(a).x - centre(b).x);
    const first = stop(el);
    same(first, byY[0], 'the stop is the first in reading order');
    first.focus();
    await sendKeys({ press: 'ArrowUp' }); // the start: no wrap
    same(focused(el), first, 'ArrowUp at the first pin');
    await sendKeys({ press: 'ArrowDown' });
    const second = focused(el)!;
    same(second, byY[1], 'ArrowDown: the next in reading order');
    same(stop(el), second, 'the stop follows the focus');
    await sendKeys({ press: 'ArrowRight' });
    const right = focused(el)!;
    among(right, pins(el), 'ArrowRight');
    expect(centre(right).x).to.be.at.least(centre(second).x);
    await sendKeys({ press: 'ArrowLeft' });
    same(focused(el), second, 'ArrowLeft');
    await sendKeys({ press: 'End' });
    same(focused(el), byY.at(-1), 'End');
    same(stop(el), byY.at(-1), 'the stop after End');
    await sendKeys({ press: 'Home' });
    same(focused(el), first, 'Home');
    // Keys that are not the pins' own leave the focus where it is.
    await sendKeys({ press: 'a' });
    same(focused(el), first, 'a letter key');
  });

  it('Enter on a store pin reached by the arrows selects it; the selected pin keeps the stop', async () => {
    const el = await paris();
    stop(el).focus();
    await sendKeys({ press: 'ArrowDown' });
    const pin = focused(el)!;
    const id = pin.dataset.storeId!;
    await sendKeys({ press: 'Enter' });
    await waitUntil(
      () => $(el, `article[data-store-id="${id}"]`)?.classList.contains('selected'),
      'the list did not follow the map',
    );
    await el.mapReady();
    same(stop(el), pin, 'the selected pin');
    // A store chosen in the list gives its pin the stop.
    const other = cards(el).find((c) => c.dataset.storeId !== id)!;
    const choose = other.querySelector<HTMLButtonElement>('[part="store-select"]')!;
    choose.focus();
    choose.click();
    await el.mapReady();
    await waitUntil(
      () => stops(el)[0]?.dataset.storeId === other.dataset.storeId,
      'the selected store’s pin is not the Tab stop',
    );
    stop(el);
  });

  it('keeps one stop, in view, as the map pans and zooms; the focused pin keeps it', async () => {
    const el = await ready(await largeNetwork(5000, 3));
    const map = leafletOf(el);
    const moved = () => new Promise<void>((r) => map.once('moveend', () => r()));
    const pin = stop(el);
    pin.focus();
    let done = moved();
    map.panBy([20, 10], { animate: false });
    await done;
    same(stop(el), pin, 'the focused pin after a pan');
    same(focused(el), pin, 'the focus after a pan');
    // The stop leaves the view (the shopper drags the map away from it): another pin has it.
    pin.blur();
    const box = $(el, '.leaflet-container')!.getBoundingClientRect();
    done = moved();
    map.panBy([centre(pin).x - box.left + 200, 0], { animate: false });
    await done;
    stop(el);
    among(stop(el), inView(el), 'the stop after its pin left the view');
    for (const zoom of [map.getZoom() - 1, map.getZoom() + 2]) {
      done = moved();
      map.setZoom(zoom, { animate: false });
      await done;
      stop(el);
      among(stop(el), inView(el), 'the stop after a zoom');
    }
  });

  it('a focused pin that goes hands the focus to the new stop, not to the page', async () => {
    const el = await ready(await largeNetwork(5000, 3));
    // Enter on a cluster zooms in: the cluster goes, and a pin takes the focus (arrows go on).
    const cluster = inView(el).find((p) => p.classList.contains('aisle-cluster'))!;
    cluster.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => !cluster.isConnected, 'the cluster stayed');
    await frames(2);
    const now = focused(el);
    among(now, inView(el), 'the focus after the cluster went');
    same(stop(el), now, 'the stop after the cluster went');
    await sendKeys({ press: 'ArrowDown' });
    among(focused(el), inView(el), 'the focus after ArrowDown');
    // New stores redraw every pin: the focus stays on a pin, in the locator.
    const store = focused(el)!;
    el.stores = [...el.stores!];
    await el.mapReady();
    await waitUntil(() => !store.isConnected, 'the pins were not redrawn');
    among(focused(el), inView(el), 'the focus after the redraw');
    same(stop(el), focused(el), 'the stop after the redraw');
    same(document.activeElement, el, 'the focus on the page');
  });

  it('says how to move between the pins in French', async () => {
    const el = await paris();
    el.setAttribute('lang', 'fr');
    await waitUntil(
      () => el.shadowRoot!.getElementById('aisle-pin-keys')?.textContent?.includes('flèches'),
      'no French hint',
    );
    expect(stop(el).getAttribute('aria-describedby')).to.equal('aisle-pin-keys');
  });
});
