/**
 * Two tabs pressing "Confirm" for the same product at once: confirms of one product take turns
 * across the shop's tabs (Web Locks), and the second asks the first what it made before sending
 * its own. The other tab is played by the test: it holds the turn's lock while its confirm is on
 * its way, and answers questions on a channel of the same name as the tabs' one.
 */
import { expect } from '@open-wc/testing';
import { dialogMessages } from '../../src/components/reserve-button/dialog-messages.js';
import { mockApi } from '../../src/mocks/mock-api.js';
import { holdAnswers, requests } from '../helpers/mock-api.js';
import type { Reservation } from '../../src/client/types.js';
import {
  holdAndFill,
  label,
  mount,
  part,
  posts,
  reserveElsewhere,
  resetReserveState,
  SKU,
  submit,
  until,
} from './reserve-button-helpers.js';

const API = '/aisle-api/v1';
const TURN = `aisle:confirm ${API} ${SKU}`;
const KEY = `aisle:reservation:${API} ${SKU}`;
const keptNow = () => JSON.parse(sessionStorage.getItem(KEY) ?? 'null') as Record<string, string>;
const confirms = () => posts(/\/holds\/[^/]+\/confirm$/).length;

/**
 * Another tab whose confirm of the product is on its way: it holds the turn until `done()`, and
 * then answers the tabs' questions with the reservation it made, if any (it does not tell it
 * unasked: the answer to the question is what is tested).
 */
let ending: (() => void) | undefined;
afterEach(() => ending?.()); // a failed test does not leave the turn taken for the next ones

/**
 * Waits until the turn's lock is `pending` (this tab's confirm queued behind the other tab's) or
 * `held` (this tab's confirm in its turn).
 */
async function turn(state: 'pending' | 'held'): Promise<void> {
  const end = performance.now() + 10_000;
  while (!(await navigator.locks.query())[state]?.some((l) => l.name === TURN)) {
    if (performance.now() > end) throw new Error(`Timed out waiting for the turn ${state}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}
const queued = () => turn('pending');

async function otherTabConfirming() {
  let done!: () => void;
  const finished = new Promise<void>((r) => (done = r));
  let granted!: () => void;
  const holding = new Promise<void>((r) => (granted = r));
  void navigator.locks.request(TURN, () => (granted(), finished));
  await holding;
  const channel = new BroadcastChannel('aisle:reservations');
  const asked: unknown[] = [];
  let made: Reservation | undefined;
  channel.onmessage = ({ data }) => {
    if (data?.ask !== SKU) return;
    asked.push(data);
    if (made) channel.postMessage({ api: API, sku: SKU, id: made.id, code: made.code });
  };
  ending = () => (done(), channel.close());
  return {
    asked,
    /** Its confirm answers: `reservation` made (or none), and its turn ends. */
    end(reservation?: Reservation) {
      made = reservation;
      done();
    },
    close: () => channel.close(),
  };
}

describe('<aisle-reserve-button>: two tabs confirming the same product at once', () => {
  beforeEach(resetReserveState);

  it('waits for the other tab’s confirm, then shows its reservation instead of making a second', async () => {
    const other = await otherTabConfirming();
    const el = await mount();
    const events: string[] = [];
    for (const name of ['aisle-reservation-confirmed', 'aisle-hold-released'])
      el.addEventListener(name, () => events.push(name));
    await holdAndFill(el);
    const before = confirms();
    other.asked.length = 0; // the question every opening asks
    submit(el);
    await queued();
    expect(el.step).to.equal('confirming');
    expect(confirms(), 'nothing sent while the other tab confirms').to.equal(before);
    const theirs = await reserveElsewhere();
    const sentNow = confirms(); // the other tab's own confirm
    other.end(theirs);
    await until(() => part(el, 'code'), 'a confirmation');
    other.close();
    expect(part(el, 'code')!.textContent).to.equal(theirs.code);
    // Said: this is the other tab's reservation, and the hold here went.
    expect(part(el, 'error')!.textContent).to.equal(dialogMessages.en.reserveOtherTab);
    expect(other.asked, 'asked what the other tab made').to.have.length(1);
    expect(confirms(), 'no confirm of its own').to.equal(sentNow);
    expect(mockApi.stats().reservationsConfirmed).to.equal(1);
    await until(() => mockApi.stats().holdsReleased === 1, 'its hold given back');
    await until(() => events.includes('aisle-hold-released'), 'the page told the hold is back');
    expect(events).not.to.include('aisle-reservation-confirmed');
    expect(keptNow()).to.deep.equal({ id: theirs.id, code: theirs.code });
    await expect(el).to.be.accessible();
  });

  it('says so in French: the other tab’s reservation, the hold here released', async () => {
    const other = await otherTabConfirming();
    const el = await mount('fr');
    await holdAndFill(el);
    submit(el);
    await queued();
    other.end(await reserveElsewhere());
    await until(() => part(el, 'code'), 'a confirmation');
    other.close();
    expect(part(el, 'error')!.textContent).to.equal(dialogMessages.fr.reserveOtherTab);
    await expect(el).to.be.accessible();
  });

  it('confirms its own once the other tab’s confirm made none', async () => {
    const other = await otherTabConfirming();
    const el = await mount();
    await holdAndFill(el);
    other.asked.length = 0; // the question every opening asks
    submit(el);
    await queued();
    other.end(); // refused: no reservation, nothing to answer
    await until(() => part(el, 'code'), 'its own confirmation');
    other.close();
    expect(other.asked).to.have.length(1);
    expect(mockApi.stats().reservationsConfirmed).to.equal(1);
    expect(keptNow()).to.deep.include({ code: part(el, 'code')!.textContent });
    expect(part(el, 'error'), 'its own: nothing said of another tab').to.equal(null);
  });

  it('closed while waiting, gives way all the same: the button shows the other tab’s reservation', async () => {
    const other = await otherTabConfirming();
    const el = await mount();
    await holdAndFill(el);
    submit(el);
    await queued();
    el.shadowRoot!.querySelector<HTMLDialogElement>('dialog')!.close();
    const theirs = await reserveElsewhere();
    other.end(theirs);
    await until(() => el.step === 'confirmed', 'the other tab’s reservation shown');
    other.close();
    expect(label(el)).to.equal('View your reservation');
    expect(mockApi.stats().reservationsConfirmed).to.equal(1);
    await until(() => mockApi.stats().holdsReleased === 1, 'its hold given back');
    expect(keptNow()).to.deep.equal({ id: theirs.id, code: theirs.code });
  });

  it('removed from the page while waiting, still hears the other tab: one reservation', async () => {
    const other = await otherTabConfirming();
    const el = await mount();
    await holdAndFill(el);
    submit(el);
    await queued();
    el.remove(); // a single-page app leaves the product page
    const theirs = await reserveElsewhere();
    other.end(theirs);
    await until(() => mockApi.stats().holdsReleased === 1, 'its hold given back');
    other.close();
    // Before: it heard no answer, and confirmed its own a second later.
    expect(mockApi.stats().reservationsConfirmed).to.equal(1);
    expect(keptNow()).to.deep.equal({ id: theirs.id, code: theirs.code });
  });

  it('a tab that confirmed a moment ago: its news still being read, that reservation shows', async () => {
    const theirs = await reserveElsewhere();
    const el = await mount();
    await holdAndFill(el);
    const read = holdAnswers('get', '/reservations/:id', 1); // the news is being read
    const other = new BroadcastChannel('aisle:reservations');
    other.postMessage({ api: API, sku: SKU, id: theirs.id, code: theirs.code });
    await until(
      () =>
        requests.some((r) => r.method === 'GET' && r.url.endsWith(`/reservations/${theirs.id}`)),
      'the news being read',
    );
    other.close();
    const before = confirms();
    submit(el); // the turn is free: the other tab's confirm has ended
    await turn('held');
    read();
    await until(() => part(el, 'code'), 'a confirmation');
    // Before: its own confirm went out while the news was read, and made a second one.
    expect(part(el, 'code')!.textContent).to.equal(theirs.code);
    expect(confirms(), 'no confirm of its own').to.equal(before);
    expect(mockApi.stats().reservationsConfirmed).to.equal(1);
  });

  it('a confirm with the turn free is sent at once, and asks nobody', async () => {
    const channel = new BroadcastChannel('aisle:reservations');
    const heard: unknown[] = [];
    channel.onmessage = ({ data }) => heard.push(data);
    const el = await mount();
    await holdAndFill(el);
    heard.length = 0;
    submit(el);
    await until(() => part(el, 'code'), 'the confirmation');
    channel.close();
    expect(heard.filter((m) => (m as { ask?: string }).ask)).to.deep.equal([]);
    expect(mockApi.stats().reservationsConfirmed).to.equal(1);
  });
});
