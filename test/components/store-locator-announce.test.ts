/**
 * What the locator's live regions tell a screen reader: the result count of a search the shopper
 * made (a place, "use my location", a filter, a wider radius), not the count of the search it
 * makes on its own as the page loads (that one is only shown).
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import sinon from 'sinon';
import { resetClientsForTests } from '../../src/client/shared.js';
import '../../src/components/store-locator/define.js';
import type { AisleStoreLocator } from '../../src/components/store-locator/store-locator.js';
import { waitUntil } from '../helpers/wait.js';
import { $, PARIS, SEA, settled, storeRequests } from './store-locator-harness.js';

/** The live region `node` is in, if it is live now (an explicit `aria-live` wins over the role's). */
function liveRegion(node: Node): Element | null {
  for (let el = node instanceof Element ? node : node.parentElement; el; el = el.parentElement) {
    const live = el.getAttribute('aria-live');
    if (live) return live === 'off' ? null : el;
    if (/^(status|alert|log)$/.test(el.getAttribute('role') ?? '')) return el;
  }
  return null;
}

/**
 * A locator (no map) with `attrs`, watched from before its first render: `said` gets the new text
 * of a live region each time it changes while the region is live.
 */
async function listen(attrs: Record<string, string>) {
  const wrapper = await fixture<HTMLDivElement>(html`<div lang="en"></div>`);
  const el = document.createElement('aisle-store-locator');
  el.setAttribute('no-map', '');
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
  wrapper.append(el); // the shadow root is there now; the first render comes after
  const said: string[] = [];
  const last = new Map<Element, string>();
  new MutationObserver((records) => {
    for (const record of records) {
      const region = liveRegion(record.target);
      const text = region?.textContent!.trim();
      if (!region || !text || last.get(region) === text) continue;
      last.set(region, text);
      said.push(text);
    }
  }).observe(el.shadowRoot!, { subtree: true, childList: true, characterData: true });
  return { el, said };
}

const status = (el: AisleStoreLocator) => $(el, '[part="status"]')!.textContent!.trim();

/** Waits until the count of a new search is shown (after "Loading…"). */
async function counted(el: AisleStoreLocator, requests: number) {
  await waitUntil(() => storeRequests().length >= requests, 'no new search');
  await waitUntil(() => / within /.test(status(el)), 'no result count');
}

beforeEach(() => resetClientsForTests());
afterEach(() => sinon.restore());

describe('<aisle-store-locator>: the result count is said after the shopper searches', () => {
  it('says nothing about the search made on load; says the count of a place searched', async () => {
    const { el, said } = await listen({ near: PARIS, limit: '5' });
    await settled(el);
    expect(status(el)).to.match(/^5 stores within 25 km$/); // shown
    expect(said).to.deep.equal([]); // not said
    const input = $<HTMLInputElement>(el, 'input[role="combobox"]')!;
    input.focus();
    input.value = 'Lyon';
    input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => $(el, '[part="heading"]')!.textContent!.includes('Lyon'), 'no search');
    await counted(el, 2);
    expect(said.at(-1)).to.equal(status(el));
    expect(status(el)).to.match(/^\d+ stores? within 25 km$/);
  });

  it('says the count after a wider radius and after a filter, not the first empty result', async () => {
    const { el, said } = await listen({ near: SEA, radius: '2' });
    await settled(el);
    expect(status(el)).to.equal('No stores within 2 km of this place.');
    expect(said).to.deep.equal([]);
    $(el, '[part="widen"]')!.click();
    await waitUntil(() => status(el) === 'No stores within 4 km of this place.', 'no wider search');
    expect(said).to.deep.equal(['Loading…', 'No stores within 4 km of this place.']);
    said.length = 0;
    $<HTMLInputElement>(el, 'input[name="open-now"]')!.click();
    await counted(el, 3);
    await settled(el);
    // With a filter on, the sentence heard names the likelier cause, as the one shown does.
    expect(said).to.deep.equal(['Loading…', 'No store within 4 km matches your filters.']);
  });

  it('says nothing about the `query` looked up on load; says the count near the shopper', async () => {
    sinon
      .stub(navigator.geolocation, 'getCurrentPosition')
      .callsFake((ok) => ok({ coords: { latitude: 43.6047, longitude: 1.4442 } } as never));
    const { el, said } = await listen({ query: 'Lyon', limit: '3' });
    await settled(el);
    expect($(el, '[part="heading"]')!.textContent).to.contain('Lyon');
    expect(said).to.deep.equal([]);
    $(el, '[part="locate-button"]')!.focus();
    await sendKeys({ press: 'Enter' }); // a trusted key press, as browsers require
    await waitUntil(() => !$(el, '[part="heading"]')?.textContent!.includes('Lyon'), 'not moved');
    await counted(el, 3);
    expect(said.at(-1)).to.equal(status(el));
    // The heading says where the stores are, as after a search ("Stores near Lyon").
    expect($(el, '[part="heading"]')!.textContent!.trim()).to.equal('Stores near you');
    expect($(el, '[part="list"]')!.getAttribute('aria-label')).to.equal('Stores near you');
  });
});

describe('<aisle-store-locator>: the status line is not shown twice', () => {
  /** Shown: laid out larger than the 1 px box of a visually hidden line. */
  const shown = (node: Element) => node.getBoundingClientRect().width > 1;

  it('is heard but not shown while the list says "Loading…" or that nothing was found', async () => {
    const { el, said } = await listen({ near: SEA, radius: '2' });
    await waitUntil(() => $(el, '[part="loading"]'), 'no loading state');
    expect(status(el)).to.equal('Loading…');
    expect(shown($(el, '[part="status"]')!)).to.equal(false);
    expect(shown($(el, '[part="loading"]')!)).to.equal(true);
    await settled(el);
    const empty = $(el, '[part="empty"]')!;
    expect(empty.textContent).to.contain('No stores within 2 km of this place.');
    expect(shown(empty)).to.equal(true);
    expect(status(el)).to.equal('No stores within 2 km of this place.');
    expect(shown($(el, '[part="status"]')!)).to.equal(false);
    // Still a live region: a wider search that finds nothing either is said.
    $(el, '[part="widen"]')!.click();
    await waitUntil(() => said.includes('No stores within 4 km of this place.'), 'not said');
  });

  it('is shown with the count when the list shows stores', async () => {
    const { el } = await listen({ near: PARIS, limit: '5' });
    await settled(el);
    expect(status(el)).to.equal('5 stores within 25 km');
    expect(shown($(el, '[part="status"]')!)).to.equal(true);
  });
});
