/**
 * The back/forward cache: a shopper who leaves the page with a hold and comes back with "Back"
 * finds the same page, its countdown still running. The hold must still be theirs on the server:
 * `pagehide` with `persisted` keeps it (and leaves it for the tab's next load to give back, should
 * the browser drop the cached page); a page that is really going still gives it back.
 */
import { expect, oneEvent } from '@open-wc/testing';
import sinon from 'sinon';
import { mockApi } from '../../src/mocks/mock-api.js';
import { requests } from '../helpers/mock-api.js';
import {
  fakeClock,
  holdAndFill,
  mount,
  openToHold,
  part,
  posts,
  resetReserveState,
  SKU,
  store,
  submit,
  until,
} from './reserve-button-helpers.js';

const LEFT = `aisle:holds:/aisle-api/v1 ${SKU}`;

function left(): { key: string; request: Record<string, unknown> }[] {
  return JSON.parse(sessionStorage.getItem(LEFT) ?? '[]') as ReturnType<typeof left>;
}

const releases = () => requests.filter((r) => r.method === 'DELETE');

function pageHide(persisted: boolean): void {
  window.dispatchEvent(new PageTransitionEvent('pagehide', { persisted }));
}

function pageShow(persisted: boolean): void {
  window.dispatchEvent(new PageTransitionEvent('pageshow', { persisted }));
}

describe('<aisle-reserve-button> and the back/forward cache', () => {
  beforeEach(resetReserveState);

  it('keeps the hold of a page kept to come back to, and confirms it after "Back"', async () => {
    const el = await mount();
    const created = oneEvent(el, 'aisle-hold-created');
    await holdAndFill(el);
    await created;
    const key = posts(/\/holds$/)[0]!.headers.get('Idempotency-Key');
    pageHide(true);
    // Left for the tab's next load, should the browser drop the cached page.
    expect(left().map((h) => h.key)).to.deep.equal([key]);
    expect(left()[0]!.request).to.deep.equal({ sku: SKU, storeId: store.id, quantity: 1 });

    pageShow(true);
    expect(left(), 'back: the hold is this page’s again').to.deep.equal([]);
    expect(el.step).to.equal('contact');
    const confirmed = oneEvent(el, 'aisle-reservation-confirmed');
    submit(el);
    await confirmed; // the mock would answer 410 for a released hold
    expect(mockApi.stats().reservationsConfirmed).to.equal(1);
    expect(releases(), 'nothing released on the way into the cache').to.have.length(0);
    expect(mockApi.stats().holdsReleased).to.equal(0);
  });

  it('says the hold has ended after "Back" when a page opened meanwhile gave it back', async () => {
    const el = await mount();
    const created = oneEvent(el, 'aisle-hold-created');
    await holdAndFill(el);
    const { hold } = (await created).detail as { hold: { id: string } };
    pageHide(true);
    expect(left()).to.have.length(1);
    // The tab's next page, with a button for the same product, gives the left hold back.
    await fetch(`/aisle-api/v1/holds/${hold.id}`, { method: 'DELETE' });
    sessionStorage.removeItem(LEFT);
    expect(mockApi.stats().holdsReleased).to.equal(1);
    const expired = oneEvent(el, 'aisle-hold-expired');
    pageShow(true);
    await expired;
    expect(el.step, 'not a countdown to a confirm the server refuses').to.equal('expired');
    expect(part(el, 'hold-again'), '"Hold it again"').to.exist;
    expect(posts(/\/confirm$/)).to.have.length(0);
  });

  it('keeps a long hold after "Back" past the hour its record lasts (not taken as given back)', async () => {
    const el = await mount();
    const created = oneEvent(el, 'aisle-hold-created');
    await holdAndFill(el);
    await created;
    pageHide(true);
    const clock = sinon.useFakeTimers({ now: Date.now() + 61 * 60_000, toFake: ['Date'] });
    try {
      pageShow(true);
      await el.updateComplete;
      expect(el.step).to.equal('contact');
      expect(releases()).to.have.length(0);
    } finally {
      clock.restore();
    }
    part<HTMLButtonElement>(el, 'close')!.click();
    await until(() => mockApi.stats().holdsReleased === 1, 'given back on close');
  });

  it('still gives the hold back when the page is really going', async () => {
    const el = await mount();
    const created = oneEvent(el, 'aisle-hold-created');
    await holdAndFill(el);
    const { hold } = (await created).detail as { hold: { id: string } };
    pageHide(false);
    await until(() => mockApi.stats().holdsReleased === 1, 'the keepalive release');
    const release = releases().find((r) => r.url.endsWith(`/holds/${hold.id}`));
    expect(release!.keepalive).to.equal(true);
    expect(left()).to.deep.equal([]);
    part<HTMLButtonElement>(el, 'close')!.click();
  });

  it('forgets what it left when the hold ran out while the page was cached', async () => {
    const el = await mount();
    const hold = await openToHold(el);
    const clock = fakeClock();
    try {
      hold.click();
      await until(() => part(el, 'form'), 'the contact form');
      pageHide(true);
      expect(left()).to.have.length(1);
      // The page wakes long after: the countdown ends (and releases the hold) before `pageshow`.
      const expired = oneEvent(el, 'aisle-hold-expired');
      clock.tick(store.pickup.holdMinutes * 60_000 + 1000);
      await expired;
      pageShow(true);
      expect(left(), 'nothing left to give back once back').to.deep.equal([]);
      expect(el.step).to.equal('expired');
    } finally {
      clock.restore();
    }
  });
});
