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
  openToHold,
  openDialog,
  part,
  reserveElsewhere,
  anotherTab,
  SKU,
  store,
  submit,
  until,
} from './reserve-button-helpers.js';

const API = '/aisle-api/v1';
const kept = `aisle:reservation:${API} ${SKU}`;

const reads = (id: string) =>
  requests.filter(
    (r) => r.method === 'GET' && new URL(r.url).pathname.endsWith(`/reservations/${id}`),
  );

/** A reservation of another product, made on the (mock) server. */
async function reserveOther(sku: string): Promise<{ id: string; code: string }> {
  mockApi.setStock(sku, store.id, { status: 'in_stock', quantity: 5 });
  const post = (path: string, body: unknown) =>
    fetch(`${API}${path}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Idempotency-Key': crypto.randomUUID() },
      body: JSON.stringify(body),
    }).then((r) => r.json());
  const hold = (await post('/holds', { sku, storeId: store.id, quantity: 1 })) as { id: string };
  return (await post(`/holds/${hold.id}/confirm`, {
    customer: { name: 'Ada', email: 'ada@example.com' },
    consent: { terms: true, marketing: false },
  })) as { id: string; code: string };
}

const holdsPosted = () =>
  requests.filter((r) => r.method === 'POST' && new URL(r.url).pathname.endsWith('/holds'));

describe('<aisle-reserve-button> and the other tabs', () => {
  const tab = anotherTab();
  /** The other tab tells of reservation `r` of the button's product. */
  const tellOf = (r: { id: string; code: string }) =>
    tab.channel.postMessage({ api: '/aisle-api/v1', sku: SKU, id: r.id, code: r.code });

  it('shows the reservation another tab made, instead of starting a second one', async () => {
    const elsewhere = await reserveElsewhere();
    tab.channel.onmessage = (e) => {
      tab.heard.push(e.data);
      if (e.data.ask === SKU)
        tab.channel.postMessage({
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
    expect(tab.heard).to.deep.include({ api: '/aisle-api/v1', ask: SKU });
    expect(part(el, 'code')!.textContent).to.equal(elsewhere.code);
    expect(el.step).to.equal('confirmed');
    expect(holdsPosted().length, 'no hold sent').to.equal(before);
  });

  it('follows a reservation confirmed in another tab while its dialog is on the store step', async () => {
    const el = await mount();
    await openDialog(el);
    await until(() => part(el, 'hold'), 'the store step');
    const elsewhere = await reserveElsewhere();
    tellOf(elsewhere);
    await until(() => part(el, 'code'), 'the other tab’s confirmation');
    expect(part(el, 'code')!.textContent).to.equal(elsewhere.code);
  });

  it('follows a reservation confirmed in another tab while its dialog holds the product: never a second one', async () => {
    const el = await mount();
    await holdAndFill(el); // a hold, and the form filled in: one press from a second reservation
    const elsewhere = await reserveElsewhere();
    tellOf(elsewhere);
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
    tellOf(elsewhere);
    await until(() => part(el, 'code'), 'the other tab’s confirmation shown');
    expect(part(el, 'code')!.textContent).to.equal(elsewhere.code);
  });

  it('tells the other tabs what it confirmed, and answers when they ask', async () => {
    const el = await mount();
    await holdAndFill(el);
    submit(el);
    await until(() => part(el, 'code'), 'the confirmation');
    const code = part(el, 'code')!.textContent!;
    await until(() => tab.heard.some((m) => (m as { code?: string }).code === code), 'the news');
    tab.heard = [];
    tab.channel.postMessage({ api: '/aisle-api/v1', ask: SKU });
    await until(() => tab.heard.length > 0, 'the answer');
    expect(tab.heard[0]).to.include({ api: '/aisle-api/v1', sku: SKU, code });
    // Nothing personal is sent.
    expect(JSON.stringify(tab.heard)).not.to.include('ada@example.com');
  });

  describe('a message the API does not back', () => {
    const forged = {
      'an id the API does not have': async () => ({ id: 'res-forged-1', code: 'FAKE-01' }),
      'a reservation of another product': () => reserveOther('AISLE-0002'),
      'a cancelled reservation': async () => {
        const r = await reserveElsewhere();
        await fetch(`${API}/reservations/${r.id}`, { method: 'DELETE' });
        return r;
      },
    };
    for (const [what, make] of Object.entries(forged)) {
      it(`keeps the hold when a message names ${what}`, async () => {
        const el = await mount();
        await holdAndFill(el);
        const { id, code } = await make();
        const confirmedBefore = mockApi.stats().reservationsConfirmed;
        tab.channel.postMessage({ api: API, sku: SKU, id, code });
        await until(() => reads(id).length > 0, 'the API asked');
        await new Promise((r) => setTimeout(r, 100)); // its answer handled
        expect(el.step, 'still holding').to.equal('contact');
        expect(mockApi.stats().holdsReleased, 'the hold kept').to.equal(0);
        expect(sessionStorage.getItem(kept), 'nothing kept').to.equal(null);
        submit(el);
        await until(() => part(el, 'code'), 'its own confirmation');
        expect(mockApi.stats().reservationsConfirmed).to.equal(confirmedBefore + 1);
      });
    }

    it('does not show it on a closed button either', async () => {
      const el = await mount();
      await openToHold(el);
      part<HTMLButtonElement>(el, 'close')!.click();
      tab.channel.postMessage({ api: API, sku: SKU, id: 'res-forged-2', code: 'FAKE-02' });
      await until(() => reads('res-forged-2').length > 0, 'the API asked');
      await new Promise((r) => setTimeout(r, 100));
      expect(sessionStorage.getItem(kept)).to.equal(null);
      expect(part(el, 'button')!.textContent!.trim()).to.equal('Reserve in store');
    });
  });

  it('with no answer from the API, gives the hold up for "could not check", never a second reservation', async () => {
    const el = await mount();
    await holdAndFill(el);
    const elsewhere = await reserveElsewhere();
    let offline = true;
    useHandlers(
      http.get(`*${API}/reservations/${elsewhere.id}`, () =>
        offline ? HttpResponse.error() : undefined,
      ),
    );
    tab.channel.postMessage({ api: API, sku: SKU, id: elsewhere.id, code: elsewhere.code });
    await until(() => part(el, 'retry'), 'the check that failed');
    expect(part(el, 'confirm'), 'no "Confirm" left to press').to.equal(null);
    offline = false;
    part<HTMLButtonElement>(el, 'retry')!.click();
    await until(() => part(el, 'code'), 'the other tab’s reservation');
    expect(part(el, 'code')!.textContent).to.equal(elsewhere.code);
    expect(mockApi.stats().reservationsConfirmed, 'never a second reservation').to.equal(1);
  });
});
