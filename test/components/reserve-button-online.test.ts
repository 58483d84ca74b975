/**
 * The reserve dialog follows the network as a badge does: when the browser comes back online,
 * "You appear to be offline" goes, and what could not load (the store step) asks again by itself.
 * Holds and confirmations are never sent again without the shopper's click: a confirm that could
 * not reach the store says, once the network is back, to press "Confirm reservation" again.
 */
import { expect } from '@open-wc/testing';
import { en } from '../../src/i18n/messages/en.js';
import { fr } from '../../src/i18n/messages/fr.js';
import { mockApi } from '../../src/mocks/mock-api.js';
import {
  errorNotice,
  holdAndFill,
  mount,
  openDialog,
  openToHold,
  part,
  posts,
  resetReserveState,
  submit,
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

  for (const [lang, msg] of [
    ['en', en],
    ['fr', fr],
  ] as const) {
    it(`says "back online: press Confirm" under a confirm that could not reach the store, focus kept, one reservation (${lang})`, async () => {
      const el = await mount(lang);
      await holdAndFill(el);
      mockApi.setScenario({ offline: true, only: 'confirmHold' });
      online = goOffline();
      // The notice's own text: `text` would turn the French no-break spaces into spaces.
      const notice = () => errorNotice(el);
      submit(el);
      await until(() => notice().includes(msg.reserveConfirmNetwork), 'the confirm failure', 9000);
      expect(notice()).to.equal(`${msg.reserveConfirmNetwork} ${msg.errorOffline}`);
      const phone = el.shadowRoot!.querySelector<HTMLInputElement>('#phone')!;
      phone.focus();
      online();
      online = undefined;
      await until(() => notice().includes(msg.reserveBackOnline), 'back online said');
      expect(notice()).to.equal(`${msg.reserveConfirmNetwork} ${msg.reserveBackOnline}`);
      expect(part(el, 'error')!.getAttribute('role')).to.equal('alert');
      expect(el.shadowRoot!.activeElement, 'the focus stays').to.equal(phone);
      expect(posts(/\/confirm$/), 'nothing sent by itself').to.have.length(1);
      await expect(el).to.be.accessible();
      // Another failure is not the network's: the network coming back says nothing of it.
      mockApi.setScenario({ status500: true, only: 'confirmHold', times: 1 });
      submit(el);
      await until(() => notice() === msg.reserveConfirmUnsure, 'the second failure', 9000);
      dispatchEvent(new Event('online'));
      await el.updateComplete;
      expect(notice()).to.equal(msg.reserveConfirmUnsure);
      submit(el);
      await until(() => part(el, 'code'), 'the confirmation', 9000);
      expect(mockApi.stats().reservationsConfirmed).to.equal(1);
      const keys = posts(/\/confirm$/).map((r) => r.headers.get('Idempotency-Key'));
      expect(keys).to.have.length(3);
      expect(new Set(keys).size, 'one key: it reserves once').to.equal(1);
    });
  }
});
