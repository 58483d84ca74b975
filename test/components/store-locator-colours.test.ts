/**
 * The locator's pressed and main actions are filled with the retailer's primary colour: the view
 * switch's pressed button and "Make this my store". (Their rules have been merged away once
 * without a test noticing.) The map's own background (before its tiles, or without them) is the
 * raised surface token, as documented, not Leaflet's grey.
 */
import { expect, fixture } from '@open-wc/testing';
import { resetClientsForTests } from '../../src/client/shared.js';
import '../../src/components/store-locator/define.js';
import type { AisleStoreLocator } from '../../src/components/store-locator/store-locator.js';
import '../helpers/mock-api.js';
import { $, cards, PARIS, settled } from './store-locator-harness.js';

const PRIMARY = 'rgb(1, 2, 3)';
const ON_PRIMARY = 'rgb(250, 251, 252)';
const looks = (el: Element) => {
  const style = getComputedStyle(el);
  return [style.backgroundColor, style.color];
};

beforeEach(() => resetClientsForTests());

describe('<aisle-store-locator>: colours of its actions', () => {
  it('fills the pressed view and "Make this my store" with the primary colour', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      `<div style="width: 360px; --aisle-color-primary: ${PRIMARY}; --aisle-color-on-primary: ${ON_PRIMARY}">
        <aisle-store-locator near="${PARIS}" limit="2" tiles=""></aisle-store-locator>
      </div>`,
    );
    const el = wrapper.querySelector<AisleStoreLocator>('aisle-store-locator')!;
    await settled(el);
    const [pressed, other] = [
      $(el, '[part="view-switch"] [aria-pressed="true"]')!,
      $(el, '[part="view-switch"] [aria-pressed="false"]')!,
    ];
    expect(looks(pressed)).to.deep.equal([PRIMARY, ON_PRIMARY]);
    expect(looks(other)[0]).to.not.equal(PRIMARY);
    const make = cards(el)[0]!.querySelector('[part="make-my-store"]')!;
    expect(looks(make)).to.deep.equal([PRIMARY, ON_PRIMARY]);
  });

  it('draws the map, before or without its tiles, on the raised surface colour', async () => {
    const RAISED = 'rgb(4, 5, 6)';
    const wrapper = await fixture<HTMLDivElement>(
      `<div style="width: 900px; --aisle-color-surface-raised: ${RAISED}">
        <aisle-store-locator near="${PARIS}" limit="2" tiles=""></aisle-store-locator>
      </div>`,
    );
    const el = wrapper.querySelector<AisleStoreLocator>('aisle-store-locator')!;
    await settled(el);
    await el.mapReady();
    const map = $(el, '[part="map"]')!;
    expect(map.classList.contains('leaflet-container'), 'the map is drawn').to.equal(true);
    expect(getComputedStyle(map).backgroundColor).to.equal(RAISED);
  });

  it('takes a light-dark() token on the side of its own palette (README, theming)', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      `<div style="width: 360px; --aisle-color-primary: light-dark(rgb(1, 0, 0), rgb(0, 1, 0))">
        <aisle-store-locator theme="light" near="${PARIS}" limit="1" tiles=""></aisle-store-locator>
        <aisle-store-locator theme="dark" near="${PARIS}" limit="1" tiles=""></aisle-store-locator>
      </div>`,
    );
    const [light, dark] = [...wrapper.querySelectorAll<AisleStoreLocator>('aisle-store-locator')];
    const make = async (el: AisleStoreLocator) => {
      await settled(el);
      return looks(cards(el)[0]!.querySelector('[part="make-my-store"]')!)[0];
    };
    expect([await make(light!), await make(dark!)]).to.deep.equal(['rgb(1, 0, 0)', 'rgb(0, 1, 0)']);
  });
});
