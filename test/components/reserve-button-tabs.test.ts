/**
 * The reserve button and the shop's other open tabs (a BroadcastChannel; nothing stored): a
 * reservation made in one tab is shown, never made again, in another. The other tab is played
 * here by a channel of the same name.
 */
import { expect } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import { mockApi } from '../../src/mocks/mock-api.js';
import { requests, useHandlers } from '../helpers/mock-api.js';
import {
  holdAndFill,
  mount,
  openDialog,
  part,
  reserveElsewhere,
  resetReserveState,
  SKU,
  submit,
  until,
} from './reserve-button-helpers.js';

const holdsPosted = () =>
  requests.filter((r) => r.method === 'POST' && new URL(r.url).pathname.endsWith('/holds'));

describe('<aisle-reserve-button> and the other tabs', () => {
  let other: BroadcastChannel;
  let heard: unknown[];

  beforeEach(() => {
    resetReserveState();
    heard = [];
    other = new BroadcastChannel('aisle:reservations');
    other.onmessage = (e) => heard.push(e.data);
  });
  afterEach(() => other.close());

  it('shows the reservation another tab made, instead of starting a second one', async () => {
    const elsewhere = await reserveElsewhere();
    other.onmessage = (e) => {
      heard.push(e.data);
      if (e.data.ask === SKU)
        other.postMessage({
          api: '/aisle-api/v1',
          sku: SKU,
          id: elsewhere.id,
          code: elsewhere.code,
        });
    };
    const el = await mount();
    const before = holdsPosted().length;
    await openDialog(el);
    await until(() => part(el, 'code'), 'the other tab’s confirmation');
    expect(heard).to.deep.include({ api: '/aisle-api/v1', ask: SKU });
    expect(part(el, 'code')!.textContent).to.equal(elsewhere.code);
    expect(el.step).to.equal('confirmed');
    expect(holdsPosted().length, 'no hold sent').to.equal(before);
  });

  it('follows a reservation confirmed in another tab while its dialog is on the store step', async () => {
    const el = await mount();
    await openDialog(el);
    await until(() => part(el, 'hold'), 'the store step');
    const elsewhere = await reserveElsewhere();
    other.postMessage({ api: '/aisle-api/v1', sku: SKU, id: elsewhere.id, code: elsewhere.code });
    await until(() => part(el, 'code'), 'the other tab’s confirmation');
    expect(part(el, 'code')!.textContent).to.equal(elsewhere.code);
  });

  it('follows a reservation confirmed in another tab while its dialog holds the product: never a second one', async () => {
    const el = await mount();
    await holdAndFill(el); // a hold, and the form filled in: one press from a second reservation
    const elsewhere = await reserveElsewhere();
    other.postMessage({ api: '/aisle-api/v1', sku: SKU, id: elsewhere.id, code: elsewhere.code });
    const kept = `aisle:reservation:/aisle-api/v1 ${SKU}`;
    await until(() => sessionStorage.getItem(kept)?.includes(elsewhere.id), 'the news heard');
    if (el.step === 'contact') submit(el); // the shopper presses "Confirm" if it is still there
    await until(() => part(el, 'code'), 'a confirmation');
    expect(part(el, 'code')!.textContent).to.equal(elsewhere.code);
    expect(mockApi.stats().reservationsConfirmed, 'no second reservation').to.equal(1);
    await until(() => mockApi.stats().holdsReleased === 1, 'this tab’s hold given back');
  });

  it('follows a reservation another tab tells while its dialog says it could not check', async () => {
    const stale = 'res-stale-1';
    sessionStorage.setItem(
      `aisle:reservation:/aisle-api/v1 ${SKU}`,
      JSON.stringify({ id: stale, code: 'OLD' }),
    );
    useHandlers(http.get(`*/aisle-api/v1/reservations/${stale}`, () => HttpResponse.error()));
    const el = await mount();
    await openDialog(el);
    await until(() => part(el, 'retry'), 'the failed check');
    const elsewhere = await reserveElsewhere();
    other.postMessage({ api: '/aisle-api/v1', sku: SKU, id: elsewhere.id, code: elsewhere.code });
    await until(() => part(el, 'code'), 'the other tab’s confirmation shown');
    expect(part(el, 'code')!.textContent).to.equal(elsewhere.code);
  });

  it('tells the other tabs what it confirmed, and answers when they ask', async () => {
    const el = await mount();
    await holdAndFill(el);
    submit(el);
    await until(() => part(el, 'code'), 'the confirmation');
    const code = part(el, 'code')!.textContent!;
    await until(() => heard.some((m) => (m as { code?: string }).code === code), 'the news');
    heard = [];
    other.postMessage({ api: '/aisle-api/v1', ask: SKU });
    await until(() => heard.length > 0, 'the answer');
    expect(heard[0]).to.include({ api: '/aisle-api/v1', sku: SKU, code });
    // Nothing personal is sent.
    expect(JSON.stringify(heard)).not.to.include('ada@example.com');
  });
});
