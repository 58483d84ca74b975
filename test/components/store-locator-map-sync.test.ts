import { expect } from '@open-wc/testing';
import sinon from 'sinon';
import '../../src/components/store-locator/define.js';
import type { AisleStoreLocator } from '../../src/components/store-locator/store-locator.js';
import type { LocatorMap } from '../../src/components/store-locator/locator-map.js';
import { resetClientsForTests } from '../../src/client/shared.js';
import { holdAnswers } from '../helpers/mock-api.js';
import { waitUntil } from '../helpers/wait.js';
import { $, cards, parisLocator } from './store-locator-harness.js';

/**
 * The map follows the list after the next frame, in a task of its own (map-controller.ts): on a
 * large map a search's list render and Leaflet's fit no longer make one long task.
 */
beforeEach(() => resetClientsForTests());

const LYON = '45.764,4.8357';
const controllerOf = (el: AisleStoreLocator) =>
  (el as unknown as { mapController: { map: LocatorMap; whenReady(): Promise<void> } })
    .mapController;
const mapOf = (el: AisleStoreLocator) => controllerOf(el).map;
const marker = (el: AisleStoreLocator, id: string) => $(el, `.aisle-marker[data-store-id="${id}"]`);

async function withMap() {
  const el = await parisLocator();
  await waitUntil(() => cards(el).length > 0, 'no stores', { timeout: 5000 });
  await el.mapReady();
  await waitUntil(() => $(el, '.aisle-marker'), 'no store markers');
  return el;
}

describe('<aisle-store-locator>: the map follows the list a frame later', () => {
  it('a new search shows its list first; the map fits the results after the next frame', async () => {
    const el = await withMap();
    const fit = sinon.spy(mapOf(el), 'fit');
    const before = cards(el)[0]!.dataset.storeId;
    const ids = (stores: readonly { id: string }[]) => stores.map((s) => s.id).sort();
    // Is the map fitted to the stores listed: in the task that renders the new list, then in the
    // frame that paints it? (A fit to the new place before the list arrives may come first.)
    const fitted = () =>
      fit.called &&
      JSON.stringify(ids(fit.lastCall.args[0])) ===
        JSON.stringify(ids(cards(el).map((c) => ({ id: c.dataset.storeId! }))));
    const seen = new Promise<[boolean, boolean]>((resolve) => {
      const observer = new MutationObserver(() => {
        if (cards(el)[0]?.dataset.storeId === before) return;
        observer.disconnect();
        const inTask = fitted();
        requestAnimationFrame(() => resolve([inTask, fitted()]));
      });
      observer.observe(el.shadowRoot!, { childList: true, subtree: true });
    });
    el.setAttribute('near', LYON);
    expect(await seen, 'fitted when the list renders, and when it paints').to.deep.equal([
      false,
      false,
    ]);
    await el.mapReady();
    expect(fitted()).to.equal(true);
    for (const card of cards(el)) expect(marker(el, card.dataset.storeId!)).to.exist;
  });

  it('a search for a new place moves the map once, with its stores, not first to the old ones', async () => {
    const el = await withMap();
    const fit = sinon.spy(mapOf(el), 'fit');
    const release = holdAnswers('get', '/stores', 1);
    const before = cards(el)[0]!.dataset.storeId;
    el.setAttribute('near', LYON);
    await el.mapReady(); // the sync of the update that set the new place, its stores on their way
    expect(fit.callCount, 'fits while the stores of the new place are on their way').to.equal(0);
    release();
    await waitUntil(() => cards(el)[0]?.dataset.storeId !== before, 'no stores for Lyon');
    await el.mapReady();
    expect(fit.callCount).to.equal(1);
    const [stores, origin] = fit.lastCall.args;
    expect(stores.map((s) => s.id).sort()).to.deep.equal(
      cards(el)
        .map((c) => c.dataset.storeId)
        .sort(),
    );
    expect(origin).to.deep.equal({ lat: 45.764, lng: 4.8357 });
  });

  it('several updates before that frame share one sync, which shows the last of them', async () => {
    const el = await withMap();
    const labels = sinon.spy(mapOf(el), 'setLabels'); // once per sync
    const [a, b] = cards(el).map((c) => c.dataset.storeId!);
    for (const id of [a, b]) {
      $(el, `article[data-store-id="${id}"] [part="store-select"]`)!.click();
      await el.updateComplete;
    }
    await el.mapReady();
    expect(labels.callCount).to.equal(1);
    expect(marker(el, b!)!.classList.contains('is-selected')).to.equal(true);
    expect(marker(el, a!)!.classList.contains('is-selected')).to.equal(false);
  });

  it('a locator removed before that frame syncs nothing, and whoever waits for the map goes on', async () => {
    const el = await withMap();
    const map = mapOf(el);
    const select = sinon.spy(map, 'select');
    $(el, '[part="store-select"]')!.click();
    await el.updateComplete;
    const ready = controllerOf(el).whenReady(); // the sync queued by that update
    el.remove();
    await ready;
    await new Promise((r) => requestAnimationFrame(() => setTimeout(r)));
    await new Promise((r) => requestAnimationFrame(() => setTimeout(r)));
    expect(select.callCount).to.equal(0);
  });
});
