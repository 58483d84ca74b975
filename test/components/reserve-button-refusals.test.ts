/**
 * The reserve button when the API says no or says something else: a confirm retried after a network
 * failure, stock gone (409) and its alternatives, a retailer's own provider's errors, answers for
 * another SKU or quantity, an expired hold (410), waits asked with Retry-After (429, 503), and a
 * store the API does not know (404).
 */
import { expect, oneEvent } from '@open-wc/testing';
import { getResponse, http, HttpResponse } from 'msw';
import sinon from 'sinon';
import { AisleApiError } from '../../src/aisle.js';
import { createRestProvider } from '../../src/client/rest-provider.js';
import { resetClientsForTests } from '../../src/client/shared.js';
import { configure, DEFAULT_CONFIG } from '../../src/config/config.js';
import type { AisleReserveButton } from '../../src/components/reserve-button/reserve-button.js';
import { en } from '../../src/i18n/messages/en.js';
import { mockApi } from '../../src/mocks/mock-api.js';
import { requests, useHandlers } from '../helpers/mock-api.js';
import {
  dialogOf,
  holdAndFill,
  mount,
  nextTask,
  openDialog,
  openToHold,
  part,
  posts,
  resetReserveState,
  SKU,
  store,
  submit,
  text,
  until,
} from './reserve-button-helpers.js';

beforeEach(resetReserveState);

/** Chooses `n` in the store step's quantity select, as a shopper does. */
async function chooseQuantity(el: AisleReserveButton, n: string): Promise<void> {
  const quantity = part<HTMLSelectElement>(el, 'quantity')!;
  quantity.value = n;
  quantity.dispatchEvent(new Event('change'));
  await el.updateComplete;
}

describe('<aisle-reserve-button> refusals and unreadable answers', () => {
  it('retries a confirm after a network failure with the same key: one reservation', async () => {
    const el = await mount();
    await holdAndFill(el);
    mockApi.setScenario({ offline: true, only: 'confirmHold', times: 1 });
    const error = oneEvent(el, 'aisle-error');
    submit(el);
    expect((await error).detail.code).to.equal('network');
    await until(() => part(el, 'error'), 'the network message');
    expect(el.step).to.equal('contact');
    expect(part(el, 'error')!.textContent).to.include('will not reserve twice');
    submit(el);
    await until(() => part(el, 'code'), 'the confirmation');
    const confirms = posts(/\/confirm$/);
    expect(confirms).to.have.length(2);
    expect(confirms[0]!.headers.get('Idempotency-Key')).to.be.a('string').and.not.empty;
    expect(confirms[1]!.headers.get('Idempotency-Key')).to.equal(
      confirms[0]!.headers.get('Idempotency-Key'),
    );
    expect(mockApi.stats().reservationsConfirmed).to.equal(1);
  });

  it('offers the alternatives when the stock is gone (409)', async () => {
    const el = await mount();
    const hold = await openToHold(el);
    mockApi.setStock(SKU, store.id, { status: 'out_of_stock', quantity: 0 });
    const error = oneEvent(el, 'aisle-error');
    hold.focus(); // as a keyboard user
    hold.click();
    const detail = (await error).detail;
    expect(detail.code).to.equal('stock_unavailable');
    expect(detail.status).to.equal(409);
    await until(() => part(el, 'alternative'), 'the alternatives');
    expect(el.step).to.equal('store');
    // "Holding…" had the focus, and went as the store step loaded again: not to the page.
    expect(el.shadowRoot!.activeElement === part(el, 'step'), 'focus on the step').to.equal(true);
    expect(part(el, 'error')!.textContent).to.include('sold out');
    await expect(el).to.be.accessible();
    const first = part<HTMLButtonElement>(el, 'alternative')!;
    const altName = first.textContent!.split('·')[0]!.trim();
    first.click();
    await until(() => part(el, 'hold') && text(el).includes(altName), 'the other store');
    expect(part(el, 'error')).to.equal(null);
  });

  it('says how many are left when fewer than asked remain (409), and offers that many', async () => {
    mockApi.setStock(SKU, store.id, { status: 'in_stock', quantity: 5 });
    const el = await mount();
    const hold = await openToHold(el);
    await chooseQuantity(el, '4');
    mockApi.setStock(SKU, store.id, { status: 'low_stock', quantity: 1 });
    hold.click();
    await until(() => part(el, 'error') && part(el, 'hold'), 'the store step again');
    expect(part(el, 'error')!.textContent!.trim()).to.equal(en.reserveStockFewer(1));
    expect(part(el, 'error')!.textContent).not.to.include('sold out');
    const offered = [...part<HTMLSelectElement>(el, 'quantity')!.options].map((o) => o.value);
    expect(offered).to.deep.equal(['1']);
    expect(posts(/\/holds$/)).to.have.length(1);
  });

  it('keeps saying how many are left when the shopper then lowers the quantity (409)', async () => {
    mockApi.setStock(SKU, store.id, { status: 'in_stock', quantity: 9 });
    const el = await mount();
    const hold = await openToHold(el);
    await chooseQuantity(el, '8');
    mockApi.setStock(SKU, store.id, { status: 'in_stock', quantity: 3 });
    hold.click();
    await until(() => part(el, 'error') && part(el, 'hold'), 'the store step again');
    await chooseQuantity(el, '2');
    expect(part(el, 'error')!.textContent!.trim()).to.equal(en.reserveStockFewer(3));
  });

  it('names no count the API did not give (409, low stock without a quantity)', async () => {
    mockApi.setStock(SKU, store.id, { status: 'in_stock', quantity: 5 });
    const el = await mount();
    const hold = await openToHold(el);
    await chooseQuantity(el, '3');
    useHandlers(
      http.post('*/aisle-api/v1/holds', () =>
        HttpResponse.json(
          { title: 'Out of stock', status: 409, code: 'stock_unavailable' },
          { status: 409, headers: { 'Content-Type': 'application/problem+json' } },
        ),
      ),
    );
    // Low stock, and no count: the availability answers leave `quantity` out.
    useHandlers(
      http.get('*/aisle-api/v1/availability', ({ request }) => {
        const url = new URL(request.url);
        const stores = (url.searchParams.get('stores') ?? '').split(',').filter(Boolean);
        const updatedAt = new Date().toISOString();
        return HttpResponse.json({
          availability: stores.map((storeId) => ({
            sku: SKU,
            storeId,
            status: 'low_stock',
            updatedAt,
          })),
        });
      }),
    );
    hold.click();
    await until(() => part(el, 'error') && part(el, 'hold'), 'the store step again');
    expect(part(el, 'error')!.textContent!.trim()).to.equal(en.reserveStockFewerUncounted);
  });

  it('lists each alternative once, never the store that just refused (409)', async () => {
    const other = mockApi.stores.find((s) => s.id !== store.id && s.pickup.enabled)!;
    mockApi.setStock(SKU, other.id, { status: 'in_stock', quantity: 4 });
    const entry = (storeId: string) => ({
      sku: SKU,
      storeId,
      status: 'in_stock',
      quantity: 4,
      updatedAt: new Date().toISOString(),
    });
    useHandlers(
      http.post('*/aisle-api/v1/holds', () =>
        HttpResponse.json(
          {
            title: 'Sold out',
            status: 409,
            code: 'stock_unavailable',
            alternatives: [entry(other.id), entry(other.id), entry(store.id)],
          },
          { status: 409, headers: { 'Content-Type': 'application/problem+json' } },
        ),
      ),
    );
    const el = await mount();
    (await openToHold(el)).click();
    await until(() => part(el, 'alternative'), 'the alternatives');
    const names = [...el.shadowRoot!.querySelectorAll('[part~="alternative"]')].map((b) =>
      b.textContent!.split('·')[0]!.trim(),
    );
    expect(names).to.deep.equal([other.name]);
  });

  it("reads a retailer's own provider's AisleApiError as the REST provider's (README)", async () => {
    const rest = createRestProvider({ api: DEFAULT_CONFIG.api });
    const other = mockApi.stores.find((s) => s.id !== store.id && s.pickup.enabled)!;
    configure({
      provider: {
        ...rest,
        createHold: () =>
          Promise.reject(
            new AisleApiError('problem', 'Out of stock', {
              status: 409,
              code: 'stock_unavailable',
              problem: {
                title: 'Out of stock',
                status: 409,
                code: 'stock_unavailable',
                alternatives: [
                  {
                    sku: SKU,
                    storeId: other.id,
                    status: 'in_stock',
                    quantity: 3,
                    updatedAt: new Date().toISOString(),
                  },
                ],
              },
            }),
          ),
      },
    });
    resetClientsForTests();
    try {
      const el = await mount();
      const hold = await openToHold(el);
      const error = oneEvent(el, 'aisle-error');
      hold.click();
      expect((await error).detail.code).to.equal('stock_unavailable');
      await until(() => part(el, 'alternative'), 'the alternatives');
      expect(part(el, 'error')!.textContent).to.include('sold out');
      expect(part(el, 'alternative')!.textContent).to.include(other.name);
    } finally {
      configure({ provider: undefined });
      resetClientsForTests();
    }
  });

  it('keeps a reservation the API spells with another SKU under the button’s, and reads it once', async () => {
    // A lying API: every reservation it sends back names the product in lower case.
    const lowerCase = (method: 'post' | 'get', path: string) =>
      (method === 'post' ? http.post : http.get)(path, async ({ request }) => {
        const response = await getResponse(mockApi.handlers, request);
        if (!response?.ok) return response;
        const body = (await response.json()) as { sku: string };
        return HttpResponse.json({ ...body, sku: body.sku.toLowerCase() }, response);
      });
    useHandlers(
      lowerCase('post', '*/aisle-api/v1/holds/:holdId/confirm'),
      lowerCase('get', '*/aisle-api/v1/reservations/:id'),
    );
    const first = await mount();
    await holdAndFill(first);
    submit(first);
    await until(() => part(first, 'code'), 'the confirmation');
    part<HTMLButtonElement>(first, 'close')!.click();
    await until(() => first.step === 'confirmed' && !dialogOf(first)?.open, 'the dialog closed');
    expect(part(first, 'button')!.textContent!.trim()).to.equal('View your reservation');
    expect(sessionStorage.getItem(`aisle:reservation:/aisle-api/v1 ${SKU}`)).to.be.a('string');
    first.remove();
    resetClientsForTests(); // a reload
    const reads = () => requests.filter((r) => /\/reservations\//.test(r.url)).length;
    const el = await mount();
    await until(() => el.step === 'confirmed', 'the restored reservation');
    for (let i = 0; i < 30; i++) await nextTask();
    expect(reads()).to.equal(1);
    expect(mockApi.stats().reservationsConfirmed).to.equal(1);
  });

  it('shows no hold the API answers for another quantity (a lying API)', async () => {
    useHandlers(
      http.post('*/aisle-api/v1/holds', async ({ request }) => {
        const response = await getResponse(mockApi.handlers, request);
        if (response?.status !== 201) return response;
        return HttpResponse.json({ ...(await response.json()), quantity: 7 }, { status: 201 });
      }),
    );
    const el = await mount();
    const created: unknown[] = [];
    el.addEventListener('aisle-hold-created', (e) => created.push(e));
    const error = oneEvent(el, 'aisle-error');
    (await openToHold(el)).click();
    expect((await error).detail.code).to.equal('invalid_response');
    await until(() => part(el, 'error'), 'the error');
    expect(part(el, 'form')).to.equal(null);
    expect(created).to.have.length(0);
    // The hold the answer names is given back at once; leaving asks for nothing more.
    const releases = () => requests.filter((r) => r.method === 'DELETE' && /\/holds\//.test(r.url));
    await until(() => releases().length === 1, 'the named hold given back');
    el.remove();
    for (let i = 0; i < 10; i++) await nextTask();
    expect(posts(/\/holds$/)).to.have.length(1);
    expect(releases()).to.have.length(1);
  });

  it('explains a 410 on confirm and offers a new hold', async () => {
    const el = await mount();
    await holdAndFill(el);
    useHandlers(
      http.post('*/aisle-api/v1/holds/:holdId/confirm', () =>
        HttpResponse.json(
          { title: 'Hold expired', status: 410, code: 'hold_expired' },
          { status: 410, headers: { 'Content-Type': 'application/problem+json' } },
        ),
      ),
    );
    const expired = oneEvent(el, 'aisle-hold-expired');
    submit(el);
    // The page is told the hold as it now is: expired, not "held".
    const { hold } = (await expired).detail;
    expect(hold.status).to.equal('expired');
    expect(hold.sku).to.equal(SKU);
    await until(() => part(el, 'hold-again'), 'the hold-again button');
    expect(el.step).to.equal('expired');
    expect(part(el, 'step')!.textContent).to.equal('Hold expired'); // not "Your details"
    // An ended hold is no step of the flow: no "Step 2 of 3" above it.
    const header = el.shadowRoot!.querySelector('dialog header')!.textContent!;
    expect(header).not.to.match(/Step \d of 3/);
    expect(part(el, 'error')!.textContent).to.include('expired before we could confirm');
    await expect(el).to.be.accessible();
    part<HTMLButtonElement>(el, 'hold-again')!.click();
    await until(() => part(el, 'form'), 'the form again');
    const holds = posts(/\/holds$/);
    expect(holds).to.have.length(2);
    expect(holds[1]!.headers.get('Idempotency-Key')).not.to.equal(
      holds[0]!.headers.get('Idempotency-Key'),
    );
  });

  it('says how long to wait when a hold is refused for now (429 with Retry-After), and sends nothing before', async () => {
    const el = await mount();
    const hold = await openToHold(el);
    let limited = true;
    useHandlers(
      http.post('*/aisle-api/v1/holds', () =>
        !limited
          ? undefined
          : HttpResponse.json(
              { title: 'Too many requests', status: 429, code: 'rate_limited' },
              {
                status: 429,
                headers: { 'Content-Type': 'application/problem+json', 'Retry-After': '30' },
              },
            ),
      ),
    );
    const error = oneEvent(el, 'aisle-error');
    const sent = () => posts(/\/holds$/).length;
    const before = sent(); // an earlier test's hold may land after its end
    hold.click();
    expect((await error).detail.code).to.equal('rate_limited');
    await until(() => text(el).includes(en.reserveBusy(30)), 'the wait, said');
    expect(part(el, 'hold'), 'the shopper can hold again').to.exist;
    // Pressed again 10 s later: nothing is sent, and the step says what is left of the wait.
    const clock = sinon.useFakeTimers({ now: Date.now() + 10_000, toFake: ['Date'] });
    try {
      part<HTMLButtonElement>(el, 'hold')!.click();
      await el.updateComplete;
      expect(sent() - before, 'holds sent').to.equal(1);
      expect(text(el)).to.match(/try again in (20|19) seconds/);
      // A device clock set back an hour does not make the shopper wait an hour.
      clock.setSystemTime(Date.now() - 3_600_000);
      limited = false;
      part<HTMLButtonElement>(el, 'hold')!.click();
      await until(() => part(el, 'form'), 'the contact form');
      expect(sent() - before, 'holds sent').to.equal(2);
    } finally {
      clock.restore();
    }
  });

  it('leaves "Confirm" free when "More time" is refused for now (429 with Retry-After)', async () => {
    const el = await mount();
    await holdAndFill(el);
    useHandlers(
      http.post('*/aisle-api/v1/holds/:id/extend', () =>
        HttpResponse.json(
          { title: 'Too many requests', status: 429, code: 'rate_limited' },
          {
            status: 429,
            headers: { 'Content-Type': 'application/problem+json', 'Retry-After': '60' },
          },
        ),
      ),
    );
    part<HTMLButtonElement>(el, 'more-time')!.click();
    await until(() => text(el).includes(en.reserveBusy(60)), 'the wait, said');
    const confirmed = oneEvent(el, 'aisle-reservation-confirmed');
    submit(el);
    await confirmed;
    expect(el.step).to.equal('confirmed');
  });

  it('says how long to wait when a confirm is refused for now (503 with Retry-After)', async () => {
    const el = await mount();
    await holdAndFill(el);
    useHandlers(
      http.post('*/aisle-api/v1/holds/:id/confirm', () =>
        HttpResponse.json(
          { title: 'Busy', status: 503, code: 'unavailable' },
          {
            status: 503,
            headers: { 'Content-Type': 'application/problem+json', 'Retry-After': '20' },
          },
        ),
      ),
    );
    submit(el);
    await until(() => text(el).includes(en.reserveBusy(20)), 'the wait, said');
    expect(text(el)).not.to.include(en.reserveConfirmFailed);
    expect(part(el, 'confirm'), 'the shopper can confirm again').to.exist;
    // Pressed again at once: nothing is sent before the wait is over.
    const confirms = () => posts(/\/confirm$/).length;
    const before = confirms();
    submit(el);
    await until(() => text(el).match(/try again in (20|19) seconds/), 'the wait, said again');
    await nextTask();
    expect(confirms()).to.equal(before);
  });

  it('offers "try again", not another store, when a store read fails with a 404 that is not the API’s', async () => {
    // A wrong `api` (a typo, a market not launched yet): every path answers a plain 404.
    let wrong = true;
    useHandlers(
      http.get(`*/aisle-api/v1/stores/${store.id}`, () =>
        wrong ? new HttpResponse('Not found', { status: 404 }) : undefined,
      ),
    );
    const el = await mount();
    await openDialog(el);
    await until(() => part(el, 'error'), 'the store step error');
    expect(part(el, 'error')!.textContent!.trim()).to.equal(en.reserveStoreFailed);
    expect(part(el, 'retry'), '"Try again"').not.to.equal(null);
    wrong = false; // the page's api is mended
    part<HTMLButtonElement>(el, 'retry')!.click();
    await until(() => part(el, 'hold'), 'the store step');
  });

  it('offers another store, not a vain "try again", when the API does not know the store', async () => {
    useHandlers(
      http.get(`*/aisle-api/v1/stores/${store.id}`, () =>
        HttpResponse.json(
          { title: 'No such store', status: 404, code: 'store_not_found' },
          { status: 404, headers: { 'Content-Type': 'application/problem+json' } },
        ),
      ),
    );
    const el = await mount();
    await openDialog(el);
    await until(() => part(el, 'error'), 'the store step error');
    expect(part(el, 'error')!.textContent).to.equal(en.reserveStoreGone);
    expect(part(el, 'retry')).to.equal(null);
    await expect(el).to.be.accessible();
    part<HTMLButtonElement>(el, 'change-store')!.click();
    await until(() => el.shadowRoot!.querySelector('aisle-store-picker'), 'the store picker');
  });
});
