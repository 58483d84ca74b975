/**
 * Another tab's news while this tab's confirm is in flight: the news is kept beside the confirm's
 * hold, not in its place, so a reload before the confirm answers still asks the API how that
 * confirm ended. A reservation this tab's confirm made is shown, never lost; a confirm that made
 * none gives way to the other tab's reservation. The other tab is played by a channel of the
 * same name.
 */
import { expect } from '@open-wc/testing';
import { getResponse, http, HttpResponse } from 'msw';
import { resetClientsForTests } from '../../src/client/shared.js';
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

const API = '/aisle-api/v1';
const KEY = `aisle:reservation:${API} ${SKU}`;
const keptNow = () => JSON.parse(sessionStorage.getItem(KEY) ?? 'null') as Record<string, string>;

/**
 * Confirms; while the confirm is on its way another tab tells its reservation; then the confirm's
 * answer is lost (`committed`: after the server made the reservation, or before the request
 * reached it) and the page "reloads" while offline (its own release is lost too).
 */
async function newsThenReload(committed: boolean) {
  const elsewhere = await reserveElsewhere(); // told once this tab's confirm is on its way
  let offline = true;
  let reached = false;
  let open!: () => void;
  const gate = new Promise<void>((r) => (open = r));
  useHandlers(
    http.post(`*${API}/holds/:holdId/confirm`, async ({ request }) => {
      if (!offline) return undefined;
      reached = true;
      await gate;
      if (committed) await getResponse(mockApi.handlers, request);
      return HttpResponse.error();
    }),
    http.delete(`*${API}/holds/:holdId`, () => (offline ? HttpResponse.error() : undefined)),
  );
  const el = await mount();
  await holdAndFill(el);
  submit(el);
  await until(() => keptNow()?.hold && reached, 'the confirm on its way, its hold kept');
  const other = new BroadcastChannel('aisle:reservations');
  other.postMessage({ api: API, sku: SKU, id: elsewhere.id, code: elsewhere.code });
  await until(() => keptNow()?.id === elsewhere.id, 'the other tab’s news kept');
  other.close();
  expect(keptNow().hold, 'the confirm’s hold still kept beside it').to.be.a('string').and.not.empty;
  open();
  await until(() => part(el, 'error'), 'the network notice');
  el.remove();
  await new Promise((r) => setTimeout(r, 50));
  offline = false;
  resetClientsForTests();
  return { again: await mount(), elsewhere };
}

describe('<aisle-reserve-button>: another tab’s news while this tab confirms', () => {
  beforeEach(resetReserveState);

  it('after a reload, shows the reservation its own confirm made', async () => {
    const { again, elsewhere } = await newsThenReload(true);
    await until(() => again.step === 'confirmed', 'a reservation shown');
    expect(mockApi.stats().reservationsConfirmed).to.equal(2);
    await openDialog(again);
    await until(() => part(again, 'code'), 'the confirmation');
    const shown = part(again, 'code')!.textContent!;
    expect(shown, 'this tab’s own reservation, not lost').not.to.equal(elsewhere.code);
    expect(keptNow()).to.deep.include({ code: shown });
    expect(keptNow().hold).to.equal(undefined);
  });

  it('after a reload, shows the other tab’s reservation when its own confirm made none', async () => {
    const { again, elsewhere } = await newsThenReload(false);
    await until(() => mockApi.stats().holdsReleased === 1, 'its hold given back');
    await until(() => again.step === 'confirmed', 'the other tab’s reservation shown');
    expect(mockApi.stats().reservationsConfirmed).to.equal(1);
    expect(keptNow()).to.deep.equal({ id: elsewhere.id, code: elsewhere.code });
    await openDialog(again);
    await until(() => part(again, 'code'), 'the confirmation');
    expect(part(again, 'code')!.textContent).to.equal(elsewhere.code);
  });
});

describe('<aisle-reserve-button>: another tab’s news, then this tab’s confirm refused', () => {
  beforeEach(resetReserveState);

  it('shows the other tab’s reservation, not "hold it again" (never a second one)', async () => {
    const elsewhere = await reserveElsewhere();
    let reached = false;
    let open!: () => void;
    const gate = new Promise<void>((r) => (open = r));
    useHandlers(
      http.post(`*${API}/holds/:holdId/confirm`, async () => {
        reached = true;
        await gate;
        return HttpResponse.json(
          { type: 'about:blank', title: 'Gone', status: 410, code: 'hold_expired' },
          { status: 410, headers: { 'Content-Type': 'application/problem+json' } },
        );
      }),
    );
    const el = await mount();
    await holdAndFill(el);
    submit(el);
    await until(() => keptNow()?.hold && reached, 'the confirm on its way, its hold kept');
    const other = new BroadcastChannel('aisle:reservations');
    other.postMessage({ api: API, sku: SKU, id: elsewhere.id, code: elsewhere.code });
    await until(() => keptNow()?.id === elsewhere.id, 'the other tab’s news kept');
    other.close();
    expect(el.step, 'its confirm decides first').to.equal('confirming');
    open();
    await until(() => part(el, 'code'), 'the other tab’s confirmation');
    expect(part(el, 'code')!.textContent).to.equal(elsewhere.code);
    expect(part(el, 'hold-again')).to.equal(null);
    expect(keptNow()).to.deep.equal({ id: elsewhere.id, code: elsewhere.code });
  });
});

describe('<aisle-reserve-button>: two tabs that both confirmed (their confirms crossed)', () => {
  beforeEach(resetReserveState);

  it('keeps its own reservation when the other tab tells its own: neither is lost', async () => {
    const el = await mount();
    await holdAndFill(el);
    submit(el);
    await until(() => part(el, 'code'), 'its own confirmation');
    const own = keptNow();
    const elsewhere = await reserveElsewhere(); // the other tab's confirm, answered later
    const before = requests.length;
    const other = new BroadcastChannel('aisle:reservations');
    other.postMessage({ api: API, sku: SKU, id: elsewhere.id, code: elsewhere.code });
    const reads = () =>
      requests.slice(before).filter((r) => r.method === 'GET' && r.url.includes('/reservations/'));
    await until(() => reads().length > 0, 'the news checked');
    await new Promise((r) => setTimeout(r, 100)); // its answer handled
    other.close();
    expect(keptNow(), 'its own, still kept').to.deep.equal(own);
    el.remove();
    resetClientsForTests();
    const again = await mount(); // a reload
    await openDialog(again);
    await until(() => part(again, 'code'), 'the confirmation');
    expect(part(again, 'code')!.textContent).to.equal(own.code);
  });

  it('takes the other tab’s reservation over its own once its own is over (cancelled)', async () => {
    const el = await mount();
    await holdAndFill(el);
    submit(el);
    await until(() => part(el, 'code'), 'its own confirmation');
    await fetch(`${API}/reservations/${keptNow().id}`, { method: 'DELETE' }); // in another tab
    const elsewhere = await reserveElsewhere();
    const other = new BroadcastChannel('aisle:reservations');
    other.postMessage({ api: API, sku: SKU, id: elsewhere.id, code: elsewhere.code });
    await until(() => keptNow()?.id === elsewhere.id, 'the other tab’s reservation kept');
    other.close();
  });
});
