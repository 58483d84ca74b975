/**
 * A store whose API publishes no hours (`hours.weekly: []`): its card says "Hours not
 * available" once, in the page's language, never "Closed" every day, and "Open now" leaves it out.
 * A store in a time zone the browser does not know shows its hours with no status, and is not
 * open now either.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/store-locator/define.js';
import type { AisleStoreLocator } from '../../src/components/store-locator/store-locator.js';
import { fixtureStore } from './store-locator-fixtures.js';
import { $, cards, settled } from './store-locator-harness.js';

const ALL_DAY = (['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const).map((day) => ({
  day,
  opens: '00:00',
  closes: '24:00',
}));
const stores = [
  fixtureStore({ id: 'none', name: 'No hours', hours: { weekly: [], exceptions: [] } }),
  fixtureStore({
    id: 'open',
    name: 'Always open',
    location: { lat: 48.86, lng: 2.36 },
    hours: { weekly: ALL_DAY, exceptions: [] },
  }),
  fixtureStore({
    id: 'zone',
    name: 'Unknown zone',
    location: { lat: 48.87, lng: 2.36 },
    timezone: 'Europe/Pariss',
    hours: { weekly: ALL_DAY, exceptions: [] },
  }),
];

async function mount(lang: string) {
  const wrapper = await fixture<HTMLDivElement>(
    html`<div lang=${lang}>
      <aisle-store-locator no-map near="48.8566,2.3522" .stores=${stores}></aisle-store-locator>
    </div>`,
  );
  const el = wrapper.querySelector<AisleStoreLocator>('aisle-store-locator')!;
  await settled(el);
  return el;
}

const card = (el: AisleStoreLocator, id: string) =>
  cards(el).find((c) => c.dataset.storeId === id)!;

describe('<aisle-store-locator>: a store with no published hours, or in an unknown zone', () => {
  for (const [lang, words, closed] of [
    ['en-GB', 'Hours not available', 'Closed'],
    ['fr-FR', 'Horaires non communiqués', 'Fermé'],
  ] as const) {
    it(`says its hours are not available (${lang}), never closed`, async () => {
      const el = await mount(lang);
      const none = card(el, 'none');
      const status = none.querySelector('[part="store-open"]')!;
      expect(status.textContent!.trim()).to.equal(words);
      // In the card's own text colour, not the danger colour that says "Closed".
      expect(getComputedStyle(status).color).to.equal(getComputedStyle(none).color);
      expect(none.textContent).not.to.include(closed);
      // No table of seven days that all say so.
      expect(none.querySelector('[part="store-hours"]')).to.equal(null);
      expect(card(el, 'open').querySelector('[part="store-hours"]')).to.exist;
    });
  }

  it('in an unknown time zone, shows its hours with no status', async () => {
    const el = await mount('en-GB');
    const zone = card(el, 'zone');
    expect(zone.querySelector('[part="store-open"]')).to.equal(null);
    expect(zone.querySelectorAll('[part="store-hours"] tr')).to.have.length(7);
    expect(zone.querySelector('[part="store-hours"]')!.textContent).to.include('Open 24 hours');
  });

  it('is not counted as open by "Open now", nor is a store in an unknown zone', async () => {
    const el = await mount('en-GB');
    expect(cards(el)).to.have.length(3);
    $<HTMLInputElement>(el, 'input[name="open-now"]')!.click();
    await settled(el);
    await el.updateComplete;
    expect(cards(el).map((c) => c.dataset.storeId)).to.deep.equal(['open']);
  });
});
