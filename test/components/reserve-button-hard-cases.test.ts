import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { getResponse, http, HttpResponse } from 'msw';
import sinon from 'sinon';
import { AisleApiError } from '../../src/aisle.js';
import { createRestProvider } from '../../src/client/rest-provider.js';
import { resetClientsForTests } from '../../src/client/shared.js';
import type { AisleReserveButton } from '../../src/components/reserve-button/reserve-button.js';
import { configure, DEFAULT_CONFIG } from '../../src/config/config.js';
import { en } from '../../src/i18n/messages/en.js';
import { mockApi } from '../../src/mocks/mock-api.js';
import { holdAnswers, requests, useHandlers } from '../helpers/mock-api.js';
import {
  fakeClock,
  availabilityReadyAt,
  openAllHours,
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

describe('<aisle-reserve-button> hard cases', () => {
  it('makes one hold for a double click', async () => {
    const el = await mount();
    const hold = await openToHold(el);
    hold.click();
    hold.click();
    hold.click();
    await until(() => part(el, 'form'), 'the contact form');
    for (let i = 0; i < 20; i++) await nextTask();
    expect(posts(/\/holds$/)).to.have.length(1);
    expect(mockApi.stats().holdsCreated).to.equal(1);
  });

  it('holds on the first click after a close and reopen while the earlier hold was on its way', async () => {
    const el = await mount();
    const answer = holdAnswers('post', '/holds', 1);
    (await openToHold(el)).click();
    await until(() => el.step === 'holding', 'the first hold to be sent');
    part<HTMLButtonElement>(el, 'close')!.click();
    (await openToHold(el)).click(); // one click, before the first answer
    answer();
    await until(() => part(el, 'form'), 'the contact form');
    await until(() => mockApi.stats().holdsReleased === 1, 'the first hold to be given back');
    expect(mockApi.stats().holdsCreated).to.equal(2);
    expect(el.step).to.equal('contact');
  });

  it('wraps a long unbroken product name inside the dialog', async () => {
    const el = await mount();
    el.productName = 'Chaussurederandonnéeimperméableultralégèreédition2026'.repeat(2);
    const dialog = await openDialog(el);
    expect(dialog.scrollWidth <= dialog.clientWidth, 'no sideways scroll').to.equal(true);
  });

  it('wraps a long unbroken store name inside the dialog, on every step', async () => {
    const name = store.name;
    store.name = 'Aisle' + 'N'.repeat(200);
    try {
      const el = await mount();
      await openToHold(el);
      const dialog = dialogOf(el)!;
      const inside = (what: string) => {
        expect(dialog.scrollWidth, `${what}: no sideways scroll`).to.be.at.most(dialog.clientWidth);
        const named = [...dialog.querySelectorAll('*')].filter(
          (e) => e.children.length === 0 && e.textContent!.includes('NNNN'),
        );
        expect(named.length, `${what}: the name shows`).to.be.above(0);
        for (const e of named) {
          expect(e.getBoundingClientRect().right, what).to.be.at.most(
            dialog.getBoundingClientRect().right,
          );
        }
      };
      inside('store step');
      await holdAndFill(el);
      inside('contact step');
      submit(el);
      await until(() => part(el, 'qr'), 'the confirmation');
      inside('confirmation');
    } finally {
      store.name = name;
    }
  });

  it('says when the store cannot be loaded, reports it, and tries again', async () => {
    mockApi.setScenario({ malformedJson: true, only: 'getStore', times: 1 });
    const el = await mount();
    const error = oneEvent(el, 'aisle-error');
    part<HTMLButtonElement>(el, 'button')!.click();
    expect((await error).detail.code).to.equal('invalid_response');
    await until(() => part(el, 'error'), 'the error message');
    await expect(el).to.be.accessible();
    const retry = el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="retry"]')!;
    retry.focus();
    retry.click(); // it goes away: the focus must stay in the dialog
    await until(() => part(el, 'hold'), 'the store step');
    expect(el.shadowRoot!.activeElement === part(el, 'step')).to.equal(true);
  });

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

  it('releases the hold when the dialog closes, and on pagehide with keepalive', async () => {
    const el = await mount();
    const created = oneEvent(el, 'aisle-hold-created');
    await holdAndFill(el);
    const holdId = (await created).detail.hold.id;
    const releases = () =>
      requests.filter((r) => r.method === 'DELETE' && r.url.endsWith(`/holds/${holdId}`));
    window.dispatchEvent(new PageTransitionEvent('pagehide'));
    await until(() => releases().length === 1, 'the keepalive release');
    expect(releases()[0]!.keepalive).to.equal(true);
    part<HTMLButtonElement>(el, 'close')!.click();
    await until(() => releases().length === 2, 'the release on close');
    expect(releases()[1]!.keepalive).to.equal(false);
    expect(el.shadowRoot!.querySelector('dialog')!.open).to.equal(false);
    expect(el.step).to.equal('idle');
    expect(el.shadowRoot!.activeElement).to.equal(part(el, 'button'));
  });

  it('gives back a hold whose answer was unreadable when the shopper closes the dialog', async () => {
    const el = await mount();
    const hold = await openToHold(el);
    // The server holds the stock, but its answer cannot be read: the outcome is unknown.
    let first = true;
    useHandlers(
      http.post('*/aisle-api/v1/holds', async ({ request }) => {
        if (!first) return undefined;
        first = false;
        await getResponse(mockApi.handlers, request);
        return new HttpResponse('{"id": "h', {
          status: 201,
          headers: { 'Content-Type': 'application/json' },
        });
      }),
    );
    const error = oneEvent(el, 'aisle-error');
    hold.click();
    expect((await error).detail.code).to.equal('invalid_response');
    expect(mockApi.stats().holdsCreated).to.equal(1);
    part<HTMLButtonElement>(el, 'close')!.click();
    await until(() => mockApi.stats().holdsReleased === 1, 'the hold given back');
    const keys = posts(/\/holds$/).map((r) => r.headers.get('Idempotency-Key'));
    expect(keys, 'replayed with the same key').to.have.length(2);
    expect(keys[1]).to.equal(keys[0]);
    expect(mockApi.stats().holdsCreated, 'replayed, not held twice').to.equal(1);
  });

  it('gives back at once a hold whose answer breaks the contract but names it; "try again" asks anew', async () => {
    const el = await mount();
    const hold = await openToHold(el);
    // Every answer for this hold is wrong (a replay would be too): its id is all that can be used.
    mockApi.setScenario({ invalidSchema: true, only: 'createHold' });
    const error = oneEvent(el, 'aisle-error');
    hold.click();
    expect((await error).detail.code).to.equal('invalid_response');
    await until(() => mockApi.stats().holdsReleased === 1, 'the hold given back');
    await until(() => part(el, 'hold'), 'the store step again');
    mockApi.setScenario({});
    part<HTMLButtonElement>(el, 'hold')!.click();
    await until(() => part(el, 'form'), 'the contact form');
    const keys = posts(/\/holds$/).map((r) => r.headers.get('Idempotency-Key'));
    expect(keys).to.have.length(2);
    expect(keys[1], 'a new key: the old one would replay the wrong answer').not.to.equal(keys[0]);
    expect(mockApi.stats().holdsCreated).to.equal(2);
    expect(mockApi.stats().holdsReleased).to.equal(1);
  });

  it('offers what this store has when the stores around it cannot be loaded', async () => {
    mockApi.setStock(SKU, store.id, { status: 'in_stock', quantity: 2 });
    mockApi.setScenario({ status500: true, only: 'searchStores' });
    const el = await fixture<AisleReserveButton>(
      html`<aisle-reserve-button sku=${SKU} store=${store.id} quantity="4"></aisle-reserve-button>`,
    );
    await openToHold(el); // not "try again": the alternatives are a help, not the step
    const quantity = part<HTMLSelectElement>(el, 'quantity')!;
    expect([...quantity.options].map((o) => o.value)).to.deep.equal(['1', '2']);
    mockApi.setScenario({});
  });

  it('offers pickup slots where the store has them, and holds the one chosen', async () => {
    const slotted = mockApi.stores.find((s) => s.pickup.enabled && s.pickup.slots)!;
    mockApi.setStock(SKU, slotted.id, { status: 'in_stock', quantity: 3 });
    const el = await fixture<AisleReserveButton>(
      html`<aisle-reserve-button
        sku=${SKU}
        store=${slotted.id}
        quantity="9"
      ></aisle-reserve-button>`,
    );
    const hold = await openToHold(el);
    const quantity = part<HTMLSelectElement>(el, 'quantity')!;
    expect([...quantity.options].map((o) => o.value)).to.deep.equal(['1', '2', '3']);
    const slot = part<HTMLSelectElement>(el, 'slot')!;
    expect(slot.options.length).to.be.greaterThan(1);
    slot.value = slot.options[1]!.value;
    slot.dispatchEvent(new Event('change'));
    await el.updateComplete;
    await expect(el).to.be.accessible();
    hold.click();
    await until(() => part(el, 'form'), 'the form');
    const body = (await posts(/\/holds$/)[0]!
      .clone()
      .json()) as Record<string, unknown>;
    expect(body.slotId).to.equal(slot.options[1]!.value);
    expect(body.quantity).to.equal(3);
  });

  it('writes French slot times as the store hours do ("10 h 30 – 11 h 30")', async () => {
    const slotted = mockApi.stores.find((s) => s.pickup.enabled && s.pickup.slots)!;
    mockApi.setStock(SKU, slotted.id, { status: 'in_stock', quantity: 3 });
    const el = await fixture<AisleReserveButton>(
      html`<aisle-reserve-button lang="fr" sku=${SKU} store=${slotted.id}></aisle-reserve-button>`,
    );
    await openToHold(el);
    const labels = [...part<HTMLSelectElement>(el, 'slot')!.options].slice(1).map((o) => o.text);
    expect(labels.length).to.be.greaterThan(0);
    for (const label of labels) expect(label).to.match(/\d{1,2}\sh\s\d{2}\s–\s\d{1,2}\sh\s\d{2}$/u);
  });

  it('offers no slot that starts before the API says the order can be ready', async () => {
    const slotted = mockApi.stores.find((s) => s.pickup.enabled && s.pickup.slots)!;
    const hour = 3_600_000;
    const base = Math.ceil(Date.now() / hour) * hour;
    const slots = [1, 2, 3, 4, 5].map((h) => ({
      id: `slot_${h}`,
      start: new Date(base + h * hour).toISOString(),
      end: new Date(base + (h + 1) * hour).toISOString(),
      remaining: 3,
    }));
    const ready = new Date(base + 2.5 * hour).toISOString();
    useHandlers(
      availabilityReadyAt(slotted.id, ready, 4),
      openAllHours(slotted), // the hours' own promise ("now") never later than the API's
      http.get('*/aisle-api/v1/stores/:id/slots', () => HttpResponse.json({ slots })),
    );
    const el = await fixture<AisleReserveButton>(
      html`<aisle-reserve-button sku=${SKU} store=${slotted.id}></aisle-reserve-button>`,
    );
    await openToHold(el);
    const offered = [...part<HTMLSelectElement>(el, 'slot')!.options].map((o) => o.value);
    expect(offered.filter((v) => v.startsWith('slot_'))).to.deep.equal([
      'slot_3',
      'slot_4',
      'slot_5',
    ]);
  });

  it('drops an announcement written in the old language when the page switches', async () => {
    const el = await mount();
    (await openToHold(el)).click();
    await until(() => part(el, 'form'), 'the contact form');
    submit(el); // nothing filled in
    const status = el.shadowRoot!.querySelector('[role="status"][aria-live]')!;
    await until(() => status.textContent!.includes('Please correct'), 'the errors said');
    const heading = part(el, 'step')!;
    heading.focus();
    el.setAttribute('lang', 'fr');
    await until(() => part(el, 'form')!.textContent!.includes('Nom complet'), 'the form in French');
    expect(status.textContent!.trim()).to.equal('');
    // The same heading, in French, keeps the focus (a new one comes with a new step only).
    expect(part(el, 'step')!.textContent).to.equal('Vos coordonnées');
    expect(el.shadowRoot!.activeElement === heading, 'the focus kept').to.equal(true);
  });

  it('says the shopper is offline when the store step cannot load and the browser has no network', async () => {
    mockApi.setScenario({ offline: true });
    const el = await mount();
    await openDialog(el);
    await until(() => part(el, 'error'), 'the store step error', 9000);
    expect(part(el, 'error')!.textContent).to.equal(
      'We could not reach the store to check its stock. Please try again.',
    );
    Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => false });
    try {
      el.requestUpdate();
      await el.updateComplete;
      expect(part(el, 'error')!.textContent).to.equal('You appear to be offline.');
    } finally {
      delete (navigator as unknown as { onLine?: boolean }).onLine;
    }
    mockApi.setScenario({});
  });

  it('says the shopper is offline when a hold fails without network', async () => {
    const el = await mount();
    const hold = await openToHold(el);
    mockApi.setScenario({ offline: true, only: 'createHold' });
    Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => false });
    try {
      hold.click();
      await until(() => text(el).includes(en.reserveHoldFailed), 'the hold failure', 9000);
      expect(text(el)).to.include(`${en.reserveHoldFailed} ${en.errorOffline}`);
    } finally {
      delete (navigator as unknown as { onLine?: boolean }).onLine;
    }
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

  it('closes on Escape and gives focus back to the button', async () => {
    const el = await mount();
    await openToHold(el);
    expect(el.shadowRoot!.activeElement).not.to.equal(part(el, 'button'));
    expect(el.shadowRoot!.querySelector('dialog')!.contains(el.shadowRoot!.activeElement)).to.be
      .true;
    await sendKeys({ press: 'Escape' });
    await until(() => !el.shadowRoot!.querySelector('dialog')!.open, 'the dialog to close');
    expect(el.shadowRoot!.activeElement).to.equal(part(el, 'button'));
  });

  it('goes back to the store on Escape in the picker that "Change store" opened, dialog still open', async () => {
    const el = await mount();
    await openToHold(el);
    part<HTMLButtonElement>(el, 'change-store')!.click();
    const input = () =>
      el.shadowRoot!.querySelector('aisle-store-picker')?.shadowRoot?.querySelector('input');
    await until(() => input()?.matches(':focus'), 'the focus in the picker');
    await sendKeys({ press: 'Escape' });
    await until(() => part(el, 'hold'), 'the store step again');
    expect(el.shadowRoot!.querySelector('dialog')!.open, 'the dialog is open').to.be.true;
    expect(el.shadowRoot!.querySelector('aisle-store-picker')).to.equal(null);
    expect(el.shadowRoot!.activeElement === part(el, 'step'), 'focus on the step heading').to.be
      .true;
    expect(text(el)).to.include(store.name);

    // A second Escape closes the dialog as before.
    await sendKeys({ press: 'Escape' });
    await until(() => !el.shadowRoot!.querySelector('dialog')!.open, 'the dialog to close');
  });

  it('validates inline with aria-invalid and aria-describedby', async () => {
    const el = await mount();
    (await openToHold(el)).click();
    await until(() => part(el, 'form'), 'the form');
    submit(el);
    await el.updateComplete;
    await nextTask();
    const name = el.shadowRoot!.querySelector<HTMLInputElement>('#name')!;
    expect(name.getAttribute('aria-invalid')).to.equal('true');
    const describedBy = name.getAttribute('aria-describedby')!;
    expect(el.shadowRoot!.getElementById(describedBy)!.textContent).to.include('Enter your name');
    expect(el.shadowRoot!.querySelector('#terms')!.getAttribute('aria-invalid')).to.equal('true');
    expect(el.shadowRoot!.activeElement).to.equal(name);
    expect(posts(/\/confirm$/)).to.have.length(0);
    await expect(el).to.be.accessible();
  });

  it('prefills name and email for a signed-in shopper', async () => {
    const el = await fixture<AisleReserveButton>(
      html`<aisle-reserve-button
        sku=${SKU}
        store=${store.id}
        customer-name="Ada Lovelace"
        customer-email="ada@example.com"
      ></aisle-reserve-button>`,
    );
    (await openToHold(el)).click();
    await until(() => part(el, 'form'), 'the form');
    expect(el.shadowRoot!.querySelector<HTMLInputElement>('#name')!.value).to.equal('Ada Lovelace');
    expect(el.shadowRoot!.querySelector<HTMLInputElement>('#email')!.value).to.equal(
      'ada@example.com',
    );
  });
});

describe('<aisle-reserve-button> hold expiry (fake clock)', () => {
  let clock: sinon.SinonFakeTimers | undefined;
  afterEach(() => clock?.restore());

  it('counts down, announces, expires, then holds again', async () => {
    const el = await mount();
    const hold = await openToHold(el);
    clock = fakeClock();
    hold.click();
    await until(() => part(el, 'form'), 'the contact form');
    const held = mockApi.stats().holdsCreated;
    expect(held).to.equal(1);
    const status = el.shadowRoot!.querySelector('[role="status"][aria-live]')!;
    const minutes = store.pickup.holdMinutes;
    expect(part(el, 'countdown')!.textContent).to.include(`${minutes}:00`);

    clock.tick((minutes - 5) * 60_000);
    await el.updateComplete;
    expect(part(el, 'countdown')!.textContent).to.include('5:00');
    expect(status.textContent).to.include('5 minutes left');

    const expired = oneEvent(el, 'aisle-hold-expired');
    clock.tick(5 * 60_000);
    const told = (await expired).detail.hold;
    expect(told.status, 'the hold as it now is').to.equal('expired');
    expect(told.id).to.match(/\S/);
    await el.updateComplete;
    expect(el.step).to.equal('expired');
    expect(part(el, 'error')!.textContent).to.include('expired');
    // (axe needs real timers: the expired panel's accessibility is checked in the 410 test.)

    const again = part<HTMLButtonElement>(el, 'hold-again')!;
    const answer = holdAnswers('post', '/holds', 1);
    again.focus();
    again.click(); // it goes as the store step shows: the focus goes to the heading, not the page
    await until(() => el.step === 'holding', 'the hold asked');
    await until(() => el.shadowRoot!.activeElement, 'the focus in the dialog');
    expect(el.shadowRoot!.activeElement === part(el, 'step'), 'focus on the step').to.equal(true);
    answer();
    await until(() => part(el, 'form'), 'the form again');
    // The held step's own heading takes the focus from the store step's (it is said, described
    // by the countdown); the live region does not say the hold as well.
    await until(() => el.shadowRoot!.activeElement === part(el, 'step'), 'the held heading');
    expect(part(el, 'step')!.getAttribute('aria-describedby')).to.equal('held-what held-for');
    expect(status.textContent!.trim()).to.equal('');
    expect(mockApi.stats().holdsCreated).to.equal(2);
    expect(mockApi.stats().holdsExpired).to.equal(1);
  });
});
