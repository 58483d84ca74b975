/**
 * A hold given back frees its stock, and the page's badges say so: the button tells the page
 * (`aisle-hold-released`), as it does when a hold is made, expires or is confirmed.
 */
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import type sinon from 'sinon';
import '../../src/components/stock-badge/define.js';
import type { AisleStockBadge } from '../../src/components/stock-badge/stock-badge.js';
import type { AisleReserveButton } from '../../src/components/reserve-button/reserve-button.js';
import { mockApi } from '../../src/mocks/mock-api.js';
import { requests } from '../helpers/mock-api.js';
import {
  dialogOf,
  fakeClock,
  mount,
  nextTask,
  openToHold,
  part,
  resetReserveState,
  SKU,
  store,
  until,
} from './reserve-button-helpers.js';

beforeEach(resetReserveState);

const deletes = () => requests.filter((r) => r.method === 'DELETE');

describe('<aisle-reserve-button> a hold given back', () => {
  it('frees the last unit: the badge says in stock again, and the page hears aisle-hold-released', async () => {
    mockApi.setStock(SKU, store.id, { status: 'low_stock', quantity: 1 });
    const page = await fixture<HTMLDivElement>(html`
      <div lang="en">
        <aisle-stock-badge sku=${SKU} store=${store.id}></aisle-stock-badge>
        <aisle-reserve-button sku=${SKU} store=${store.id}></aisle-reserve-button>
      </div>
    `);
    const badge = page.querySelector<AisleStockBadge>('aisle-stock-badge')!;
    const button = page.querySelector<AisleReserveButton>('aisle-reserve-button')!;
    const released: CustomEvent[] = [];
    page.addEventListener('aisle-hold-released', (e) => released.push(e));
    await until(() => badge.status === 'low-stock', 'the badge, first');

    (await openToHold(button)).click();
    await until(() => part(button, 'form'), 'the hold');
    await until(() => badge.status === 'out-of-stock', `the badge after the hold: ${badge.status}`);

    button.close(); // the shopper closes the dialog: the hold is given back
    expect(dialogOf(button)!.open).to.equal(false);
    await until(() => released.length === 1, 'aisle-hold-released');
    expect(released[0]!.detail.hold.sku).to.equal(SKU);
    expect(released[0]!.detail.hold.storeId).to.equal(store.id);
    // Before: "Out of stock" stayed until the page was reloaded.
    await until(() => badge.status === 'low-stock', `the badge after the release: ${badge.status}`);
    expect(released).to.have.length(1);
  });

  describe('on a fake clock', () => {
    let clock: sinon.SinonFakeTimers | undefined;
    afterEach(() => clock?.restore());

    it('a hold that runs out is told as expired, not as released', async () => {
      const el = await mount();
      const heard: string[] = [];
      for (const type of ['aisle-hold-expired', 'aisle-hold-released'] as const)
        el.addEventListener(type, (e) => heard.push(e.type));
      const hold = await openToHold(el);
      clock = fakeClock();
      hold.click();
      await until(() => part(el, 'form'), 'the contact form');
      const expired = oneEvent(el, 'aisle-hold-expired');
      clock.tick(store.pickup.holdMinutes * 60_000);
      await expired;
      for (let i = 0; i < 10; i++) await nextTask();
      // Before: "released" too, as its release answered (the API lets an expired hold go).
      expect(heard).to.deep.equal(['aisle-hold-expired']);
    });

    it('a release that got a 5xx while online is asked again after a pause: the stock is free', async () => {
      const el = await mount();
      const released: CustomEvent[] = [];
      el.addEventListener('aisle-hold-released', (e) => released.push(e));
      const hold = await openToHold(el);
      clock = fakeClock();
      hold.click();
      await until(() => part(el, 'form'), 'the contact form');
      mockApi.setScenario({ status500: true, only: 'releaseHold', times: 1 });
      el.close();
      await until(() => deletes().length === 1, 'the release');
      expect(mockApi.stats().holdsReleased).to.equal(0);
      // Half a second at a time until it is asked again: however long the 500 takes to be read.
      let waited = 0;
      await until(() => {
        if (deletes().length === 2) return true;
        clock!.tick(500);
        waited += 500;
        return false;
      }, 'the release asked again');
      // Before: asked again only on an `online` event, which never comes while online.
      expect(waited, 'after a pause').to.be.at.least(5_000);
      await until(() => mockApi.stats().holdsReleased === 1, 'the hold given back');
      await until(() => released.length === 1, 'aisle-hold-released');
      clock.tick(60_000);
      for (let i = 0; i < 10; i++) await nextTask();
      expect(deletes(), 'asked twice in all').to.have.length(2);
    });
  });
});
