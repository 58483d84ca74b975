/**
 * The reserve dialog follows the network as a badge does: when the browser comes back online,
 * "You appear to be offline" goes, and what could not load (the store step) asks again by itself.
 * Holds and confirmations are never sent again without the shopper's click.
 */
import { expect } from '@open-wc/testing';
import { en } from '../../src/i18n/messages/en.js';
import { mockApi } from '../../src/mocks/mock-api.js';
import {
  mount,
  openDialog,
  openToHold,
  part,
  posts,
  resetReserveState,
  text,
  until,
} from './reserve-button-helpers.js';

/** The browser reports no network (navigator.onLine) until `online()` is called. */
function goOffline(): () => void {
  Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => false });
  dispatchEvent(new Event('offline'));
  return () => {
    delete (navigator as unknown as { onLine?: boolean }).onLine;
    mockApi.setScenario({});
    dispatchEvent(new Event('online'));
  };
}

describe('<aisle-reserve-button> back online', () => {
  beforeEach(resetReserveState);
  let online: (() => void) | undefined;
  afterEach(() => online?.());

  it('loads the store step again by itself, and no longer says the shopper is offline', async () => {
    mockApi.setScenario({ offline: true });
    online = goOffline();
    const el = await mount();
    await openDialog(el);
    await until(() => part(el, 'retry'), 'the store step error', 9000);
    expect(part(el, 'error')!.textContent).to.equal(en.errorOffline);
    part(el, 'retry')!.focus();
    online();
    online = undefined;
    await until(() => part(el, 'hold'), 'the store step loaded again');
    expect(text(el)).not.to.include(en.errorOffline);
    // "Try again" had the focus and went: the step's heading has it, not the page.
    expect(el.shadowRoot!.activeElement).to.equal(part(el, 'step'));
  });

  it('stops saying the shopper is offline under a failed hold, and holds nothing by itself', async () => {
    const el = await mount();
    const hold = await openToHold(el);
    mockApi.setScenario({ offline: true, only: 'createHold' });
    online = goOffline();
    hold.click();
    await until(() => text(el).includes(en.reserveHoldFailed), 'the hold failure', 9000);
    expect(text(el)).to.include(en.errorOffline);
    online();
    online = undefined;
    await until(() => !text(el).includes(en.errorOffline), 'the offline words gone');
    expect(text(el)).to.include(en.reserveHoldFailed);
    expect(posts(/\/holds$/)).to.have.length(1);
    expect(el.step).to.equal('store');
  });
});
