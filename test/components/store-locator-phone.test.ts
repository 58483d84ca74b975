/**
 * A store's phone as the API gives it: a number is a `tel:` link; text that is not only a number
 * (an extension, opening times, "n/a") shows as it is, never a link whose digits dial another, and
 * is not read as "Call …".
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/store-locator/define.js';
import type { AisleStoreLocator } from '../../src/components/store-locator/store-locator.js';
import { fixtureStore } from './store-locator-fixtures.js';
import { cards, settled } from './store-locator-harness.js';

const phones = ['+33 1 23 45 67 89', '+33 4 53 75 24 51 poste 204', '04 80 45 19 17 (9h-19h)'];
const stores = phones.map((phone, i) =>
  fixtureStore({
    id: `s${i}`,
    name: `Store ${i}`,
    phone,
    location: { lat: 48.86 + i / 100, lng: 2.36 },
  }),
);

describe('<aisle-store-locator>: store phones', () => {
  it('links a number, and shows other text as text', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div lang="en">
        <aisle-store-locator no-map near="48.8566,2.3522" .stores=${stores}></aisle-store-locator>
      </div>`,
    );
    const el = wrapper.querySelector<AisleStoreLocator>('aisle-store-locator')!;
    await settled(el);
    const shown = cards(el).map((c) => c.querySelector<HTMLAnchorElement>('[part="store-phone"]')!);
    // "Call" is said of a number only: text is read as it is.
    expect(shown.map((a) => a.textContent!.trim())).to.deep.equal([
      `Call Store 0: ${phones[0]}`,
      phones[1],
      phones[2],
    ]);
    expect(shown.map((a) => a.getAttribute('href'))).to.deep.equal([
      'tel:+33123456789',
      null,
      null,
    ]);
    // Text, not a link: it cannot take the focus.
    const focusable = shown.map((a) => {
      a.focus();
      return el.shadowRoot!.activeElement === a;
    });
    expect(focusable).to.deep.equal([true, false, false]);
    await expect(el).to.be.accessible();
  });
});
