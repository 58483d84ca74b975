/**
 * A reload (or a lost connection) while a hold is on its way: the page keeps only the hold
 * request and its Idempotency-Key (nothing personal), and the next load gives that stock back at
 * once, instead of leaving it held until the hold expires.
 */
import { expect } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import { mockApi } from '../../src/mocks/mock-api.js';
import { holdAnswers, requests, useHandlers } from '../helpers/mock-api.js';
import {
  mount,
  openToHold,
  part,
  posts,
  resetReserveState,
  SKU,
  store,
  until,
} from './reserve-button-helpers.js';

const KEY = `aisle:holds:/aisle-api/v1 ${SKU}`;

function kept(): { request: Record<string, unknown>; key: string; at: number }[] | null {
  const raw = sessionStorage.getItem(KEY);
  return raw ? (JSON.parse(raw) as ReturnType<typeof kept>) : null;
}

/** What an earlier load of this tab left: a hold asked for under `key`, its answer never seen. */
function leftByEarlierLoad(key: string, quantity = 2): void {
  const request = { sku: SKU, storeId: store.id, quantity };
  sessionStorage.setItem(KEY, JSON.stringify([{ request, key, at: Date.now() - 5000 }]));
}

/** Holds stock on the mock under `key`, as the earlier load's request did before its answer was lost. */
async function heldOnServer(key: string, quantity = 2): Promise<string> {
  const answer = await fetch('/aisle-api/v1/holds', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'Idempotency-Key': key },
    body: JSON.stringify({ sku: SKU, storeId: store.id, quantity }),
  });
  expect(answer.status).to.equal(201);
  return ((await answer.json()) as { id: string }).id;
}

const deletes = () => requests.filter((r) => r.method === 'DELETE');

describe('<aisle-reserve-button> and a hold whose answer never came', () => {
  beforeEach(resetReserveState);

  it('keeps only the request and its key while the hold is on its way, and forgets them once answered', async () => {
    const el = await mount();
    const release = holdAnswers('post', '/holds', 1);
    (await openToHold(el)).click();
    await until(() => kept(), 'the request kept while unanswered');
    const [left] = kept()!;
    expect(Object.keys(left!).sort()).to.deep.equal(['at', 'key', 'request']);
    expect(left!.request).to.deep.equal({ sku: SKU, storeId: store.id, quantity: 1 });
    release();
    await until(() => part(el, 'form'), 'the contact form');
    expect(left!.key).to.equal(posts(/\/holds$/)[0]!.headers.get('Idempotency-Key'));
    expect(kept(), 'answered: nothing left to give back').to.equal(null);
    el.close(); // its hold is given back now, not in the next test
    await until(() => mockApi.stats().holdsReleased === 1, 'the hold released');
  });

  it('gives the held stock back on the next load, before any click', async () => {
    const holdId = await heldOnServer('k-lost-answer');
    leftByEarlierLoad('k-lost-answer');
    const el = await mount();
    await until(() => mockApi.stats().holdsReleased === 1, 'the hold given back');
    expect(deletes().map((r) => new URL(r.url).pathname)).to.deep.equal([
      `/aisle-api/v1/holds/${holdId}`,
    ]);
    expect(mockApi.stats().holdsCreated, 'the replay did not hold a second time').to.equal(1);
    await until(() => kept() === null, 'nothing left kept');
    expect(el.step).to.equal('idle');
    expect(part(el, 'button')!.textContent!.trim()).to.equal('Reserve in store');
  });

  it('gives back at once a hold the replay makes because the first request never arrived', async () => {
    leftByEarlierLoad('k-never-arrived');
    await mount();
    await until(() => mockApi.stats().holdsReleased === 1, 'the hold given back');
    expect(mockApi.stats().holdsCreated).to.equal(1);
    await until(() => kept() === null, 'nothing left kept');
  });

  it('forgets a left hold the API refuses (stock gone), releasing nothing', async () => {
    mockApi.setStock(SKU, store.id, { status: 'out_of_stock', quantity: 0 });
    leftByEarlierLoad('k-refused');
    await mount();
    await until(() => posts(/\/holds$/).length === 1, 'the replay');
    await until(() => kept() === null, 'forgotten');
    expect(deletes()).to.have.length(0);
    expect(mockApi.stats().holdsCreated).to.equal(0);
  });

  it('keeps it for a later load while the API still does not answer, and lets the shopper reserve', async () => {
    let offline = true;
    useHandlers(
      http.post('*/aisle-api/v1/holds', ({ request }) =>
        offline && request.headers.get('Idempotency-Key') === 'k-offline'
          ? HttpResponse.error()
          : undefined,
      ),
    );
    leftByEarlierLoad('k-offline');
    const el = await mount();
    await until(() => posts(/\/holds$/).length >= 1, 'the replay');
    await new Promise((r) => setTimeout(r, 50));
    expect(kept()?.map((h) => h.key)).to.deep.equal(['k-offline']);
    expect(part(el, 'button')!.textContent!.trim()).to.equal('Reserve in store');
    offline = false;
    (await openToHold(el)).click();
    await until(() => part(el, 'form'), 'a hold of its own');
    expect(mockApi.stats().holdsCreated).to.equal(1);
    expect(
      kept()?.map((h) => h.key),
      'still there for the next load',
    ).to.deep.equal(['k-offline']);
  });

  it('gives a hold back when the browser is back online, after a release with no answer', async () => {
    let offline = false;
    useHandlers(
      http.delete('*/aisle-api/v1/holds/:id', () => (offline ? HttpResponse.error() : undefined)),
    );
    const el = await mount();
    (await openToHold(el)).click();
    await until(() => part(el, 'form'), 'the contact form');
    offline = true;
    part<HTMLButtonElement>(el, 'close')!.click(); // the dialog closed offline: its release fails
    await until(() => deletes().length >= 1, 'the release');
    await new Promise((r) => setTimeout(r, 50));
    expect(mockApi.stats().holdsReleased).to.equal(0);
    const asked = deletes().length;
    offline = false;
    window.dispatchEvent(new Event('online'));
    await until(() => mockApi.stats().holdsReleased === 1, 'given back once online');
    await new Promise((r) => setTimeout(r, 50));
    expect(deletes().length - asked, 'asked again once').to.equal(1);
  });

  it('reads a damaged record as nothing to give back', async () => {
    sessionStorage.setItem(KEY, '{"not": "a list"');
    const el = await mount();
    await new Promise((r) => setTimeout(r, 100));
    expect(posts(/\/holds$/)).to.have.length(0);
    (await openToHold(el)).click();
    await until(() => part(el, 'form'), 'the contact form');
  });
});
