/**
 * A reload while a confirm has no answer: the page keeps only the hold's id (nothing personal)
 * and the next load asks the API how it ended, so the product is never reserved twice by
 * mistake and a hold that came to nothing is given back.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { getResponse, http, HttpResponse } from 'msw';
import { resetClientsForTests } from '../../src/client/shared.js';
import type { AisleReserveButton } from '../../src/components/reserve-button/reserve-button.js';
import { mockApi } from '../../src/mocks/mock-api.js';
import { requests, useHandlers } from '../helpers/mock-api.js';
import {
  holdAndFill,
  mount,
  openDialog,
  part,
  posts,
  reserveElsewhere,
  resetReserveState,
  SKU,
  store,
  submit,
  text,
  until,
} from './reserve-button-helpers.js';

const KEY = `aisle:reservation:/aisle-api/v1 ${SKU}`;

/**
 * Confirms with the answer lost (`committed`: after the server made the reservation, or before
 * the request reached it), then "reloads": the page goes while offline, so even its release of
 * the hold is lost, and the button comes back with nothing in memory.
 */
async function confirmThenReload(
  committed: boolean,
  { named = true, reload = () => mount() } = {},
) {
  let offline = true;
  useHandlers(
    http.post('*/aisle-api/v1/holds/:holdId/confirm', async ({ request }) => {
      if (!offline) return undefined;
      if (committed) await getResponse(mockApi.handlers, request);
      return HttpResponse.error();
    }),
    http.delete('*/aisle-api/v1/holds/:holdId', async ({ request }) => {
      if (offline) return HttpResponse.error();
      if (named) return undefined;
      // An API that does not say which reservation the hold became (`reservationId` is optional).
      const answer = (await getResponse(mockApi.handlers, request))!;
      const problem = (await answer.json()) as Record<string, unknown>;
      delete problem.reservationId;
      return HttpResponse.json(problem, { status: answer.status, headers: answer.headers });
    }),
  );
  const el = await mount();
  await holdAndFill(el);
  submit(el);
  await until(() => part(el, 'error'), 'the network notice');
  const saved = JSON.parse(sessionStorage.getItem(KEY)!) as Record<string, string>;
  expect(saved.hold, 'the hold is kept').to.be.a('string').and.not.empty;
  expect(Object.keys(saved).sort()).to.deep.equal(['code', 'hold', 'id']);
  expect(JSON.stringify({ ...sessionStorage })).not.to.include('ada@example.com');
  el.remove();
  await new Promise((r) => setTimeout(r, 50));
  offline = false;
  resetClientsForTests();
  const holdsBefore = posts(/\/holds$/).length;
  return { again: await reload(), holdsBefore };
}

describe('<aisle-reserve-button> after a reload with a confirm unanswered', () => {
  beforeEach(resetReserveState);

  it('shows the reservation the lost confirm made, read back from the reservationId', async () => {
    const { again, holdsBefore } = await confirmThenReload(true);
    // Asked on load: the hold is refused as confirmed, and the API names its reservation.
    await until(() => again.step === 'confirmed', 'the reservation read back');
    const kept = JSON.parse(sessionStorage.getItem(KEY)!) as Record<string, string>;
    expect(Object.keys(kept).sort()).to.deep.equal(['code', 'id']);
    await openDialog(again);
    await until(() => part(again, 'code'), 'the confirmation');
    expect(part(again, 'code')!.textContent).to.equal(kept.code);
    expect(mockApi.stats().reservationsConfirmed).to.equal(1);
    expect(posts(/\/holds$/).length, 'no hold sent').to.equal(holdsBefore);
  });

  it('tells the other tabs of the reservation the lost confirm made, as of any confirmation', async () => {
    const heard: unknown[] = [];
    const other = new BroadcastChannel('aisle:reservations');
    other.onmessage = ({ data }) => heard.push(data);
    try {
      const { again } = await confirmThenReload(true);
      await until(() => again.step === 'confirmed', 'the reservation read back');
      const kept = JSON.parse(sessionStorage.getItem(KEY)!) as Record<string, string>;
      await until(() => heard.some((m) => (m as { id?: string }).id === kept.id), 'the tabs told');
      // Before: never told, and a tab confirming the product meanwhile made a second one.
      expect(heard.filter((m) => (m as { id?: string }).id)).to.deep.equal([
        { api: '/aisle-api/v1', sku: SKU, id: kept.id, code: kept.code },
      ]);
    } finally {
      other.close();
    }
  });

  it('tells the page of the reservation the lost confirm made, once for two buttons of the SKU', async () => {
    const told: Array<{ code: string; by: EventTarget | null }> = [];
    const listen = (e: HTMLElementEventMap['aisle-reservation-confirmed']) =>
      told.push({ code: e.detail.reservation.code, by: e.target });
    document.addEventListener('aisle-reservation-confirmed', listen);
    try {
      // The page comes back with two buttons for the product (a sticky bar repeats it).
      const { again } = await confirmThenReload(true, {
        reload: async () => {
          // Checked as the page comes back: its buttons may tell while they are mounted.
          expect(told, 'nothing told before the reload').to.deep.equal([]);
          const page = await fixture<HTMLElement>(
            html`<div>
              <aisle-reserve-button sku=${SKU} store=${store.id}></aisle-reserve-button>
              <aisle-reserve-button sku=${SKU} store=${store.id}></aisle-reserve-button>
            </div>`,
          );
          return page.querySelector<AisleReserveButton>('aisle-reserve-button')!;
        },
      });
      const buttons = [...again.parentElement!.querySelectorAll<AisleReserveButton>('*')];
      await until(() => buttons.every((b) => b.step === 'confirmed'), 'both show it');
      await new Promise((r) => setTimeout(r, 100));
      const kept = JSON.parse(sessionStorage.getItem(KEY)!) as Record<string, string>;
      expect(told.map((t) => t.code)).to.deep.equal([kept.code]);
      expect(buttons, 'fired by one of the buttons').to.include(told[0]!.by);
    } finally {
      document.removeEventListener('aisle-reservation-confirmed', listen);
    }
  });

  it('says the product is already reserved when the API cannot name the reservation', async () => {
    const { again, holdsBefore } = await confirmThenReload(true, { named: false });
    await openDialog(again);
    await until(() => part(again, 'another'), 'the lost-confirmation notice');
    expect(text(again)).to.include('You already reserved this product');
    expect(mockApi.stats().reservationsConfirmed).to.equal(1);
    expect(posts(/\/holds$/).length, 'no hold sent').to.equal(holdsBefore);
    expect(sessionStorage.getItem(KEY), 'still kept: a new open says it again').not.to.equal(null);
    // Another one, only when the shopper asks for it.
    part<HTMLButtonElement>(again, 'another')!.click();
    await until(() => part(again, 'hold'), 'the store step');
    expect(sessionStorage.getItem(KEY)).to.equal(null);
  });

  it('shows only the notice: no flow starts under it until the shopper asks', async () => {
    const { again } = await confirmThenReload(true, { named: false });
    const gets = () =>
      requests.filter((r) => r.method === 'GET' && r.url.includes('/availability')).length;
    const before = gets();
    await openDialog(again);
    await until(() => part(again, 'another'), 'the lost-confirmation notice');
    await new Promise((r) => setTimeout(r, 100));
    expect(again.step).to.equal('idle');
    expect(gets(), 'no store step loaded behind it').to.equal(before);
  });

  it('keeps a reservation another tab tells while a pending hold is being settled', async () => {
    const elsewhere = await reserveElsewhere();
    let open!: () => void;
    const gate = new Promise<void>((r) => (open = r));
    let asked = false;
    useHandlers(
      http.delete('*/aisle-api/v1/holds/h-pending', async () => {
        asked = true;
        await gate;
        return new HttpResponse(null, { status: 204 });
      }),
    );
    sessionStorage.setItem(KEY, JSON.stringify({ id: '', code: '', hold: 'h-pending' }));
    const el = await mount();
    await until(() => asked, 'the release on load');
    const other = new BroadcastChannel('aisle:reservations');
    other.postMessage({ api: '/aisle-api/v1', sku: SKU, id: elsewhere.id, code: elsewhere.code });
    await until(() => sessionStorage.getItem(KEY)?.includes(elsewhere.id), 'kept');
    open(); // the pending hold's release answers: it must not forget the new reservation
    await until(() => el.step === 'confirmed', 'the other tab’s reservation shown');
    await new Promise((r) => setTimeout(r, 50));
    other.close();
    expect(sessionStorage.getItem(KEY)).to.include(elsewhere.id);
  });

  it('gives back a hold whose confirm never arrived, and lets the shopper reserve', async () => {
    const { again } = await confirmThenReload(false);
    // Asked on load, before any click: released, and forgotten.
    await until(() => mockApi.stats().holdsReleased === 1, 'the hold given back');
    await until(() => sessionStorage.getItem(KEY) === null, 'nothing kept');
    expect(mockApi.stats().reservationsConfirmed).to.equal(0);
    await openDialog(again);
    await until(() => part(again, 'hold'), 'the store step');
  });
});
