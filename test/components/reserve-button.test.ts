import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { http, HttpResponse } from 'msw';
import sinon from 'sinon';
import { resetClientsForTests } from '../../src/client/shared.js';
import '../../src/components/reserve-button/define.js';
import type { AisleReserveButton } from '../../src/components/reserve-button/reserve-button.js';
import { mockApi } from '../../src/mocks/mock-api.js';
import { myStore } from '../../src/state/my-store.js';
import { requests, useHandlers } from '../helpers/mock-api.js';
import {
  holdAndFill,
  nextTask,
  openToHold,
  parseIcs,
  part,
  submit,
  text,
  until,
} from './reserve-button-helpers.js';

const SKU = 'AISLE-0001';
const store = mockApi.stores.find((s) => s.pickup.enabled && !s.pickup.slots)!;

function posts(path: RegExp): Request[] {
  return requests.filter((r) => r.method === 'POST' && path.test(new URL(r.url).pathname));
}

async function mount(lang = 'en'): Promise<AisleReserveButton> {
  return fixture<AisleReserveButton>(
    html`<aisle-reserve-button
      lang=${lang}
      sku=${SKU}
      store=${store.id}
      product-name="Oak chair"
    ></aisle-reserve-button>`,
  );
}

beforeEach(() => {
  resetClientsForTests();
  sessionStorage.clear();
  mockApi.setStock(SKU, store.id, { status: 'in_stock', quantity: 5 });
});

for (const lang of ['en', 'fr']) {
  describe(`<aisle-reserve-button> whole flow (${lang})`, () => {
    it('holds, confirms and shows the code, QR code, address and hours', async () => {
      const el = await mount(lang);
      const fired: string[] = [];
      for (const name of ['aisle-hold-created', 'aisle-reservation-confirmed'] as const) {
        el.addEventListener(name, (e) => {
          expect(e.detail.element).to.equal(el);
          fired.push(name);
        });
      }
      expect(part(el, 'button')!.textContent!.trim()).to.equal(
        lang === 'fr' ? 'Réserver en magasin' : 'Reserve in store',
      );
      const holdButton = await openToHold(el);
      expect(el.shadowRoot!.querySelector('dialog')!.open).to.equal(true);
      expect(text(el)).to.include(store.name);
      await expect(el).to.be.accessible();

      holdButton.click();
      await until(() => part(el, 'form'), 'the contact form');
      expect(el.step).to.equal('contact');
      expect(part(el, 'countdown')!.textContent).to.match(/\d+:\d\d/);
      const name = el.shadowRoot!.querySelector<HTMLInputElement>('#name')!;
      expect(name.autocomplete).to.equal('name');
      expect(el.shadowRoot!.querySelector<HTMLInputElement>('#email')!.autocomplete).to.equal(
        'email',
      );
      expect(el.shadowRoot!.querySelector<HTMLInputElement>('#phone')!.autocomplete).to.equal(
        'tel',
      );
      expect(el.shadowRoot!.querySelector<HTMLInputElement>('#marketing')!.checked).to.equal(false);
      await expect(el).to.be.accessible();

      await holdAndFillCurrent(el);
      submit(el);
      await until(() => part(el, 'code') && part(el, 'qr')?.querySelector('path'), 'the code');
      const reservationPost = posts(/\/holds\/[^/]+\/confirm$/);
      expect(reservationPost).to.have.length(1);
      expect(mockApi.stats().reservationsConfirmed).to.equal(1);
      expect(part(el, 'code')!.textContent).to.match(/\S{4,}/);
      expect(part(el, 'qr')!.getAttribute('aria-label')).to.include(part(el, 'code')!.textContent);
      await until(() => part(el, 'address'), 'the address');
      expect(part(el, 'address')!.textContent).to.include(store.address.city);
      expect(part(el, 'hours')!.querySelectorAll('tr')).to.have.length(7);
      expect(text(el)).to.include(
        lang === 'fr' ? 'Réservation confirmée' : 'Reservation confirmed',
      );
      expect(fired).to.deep.equal(['aisle-hold-created', 'aisle-reservation-confirmed']);
      await expect(el).to.be.accessible();

      // Only the id and code are kept for the session.
      const saved = sessionStorage.getItem(`aisle:reservation:${SKU}`)!;
      expect(Object.keys(JSON.parse(saved))).to.deep.equal(['id', 'code']);
      expect(JSON.stringify({ ...sessionStorage })).not.to.include('ada@example.com');
      expect(JSON.stringify({ ...localStorage })).not.to.include('ada@example.com');
    });
  });
}

/** The form is already open: fill it in. */
async function holdAndFillCurrent(el: AisleReserveButton): Promise<void> {
  const set = (id: string, value: string) => {
    const input = el.shadowRoot!.querySelector<HTMLInputElement>(`#${id}`)!;
    input.value = value;
    input.dispatchEvent(new Event('input'));
  };
  set('name', 'Ada Lovelace');
  set('email', 'ada@example.com');
  el.shadowRoot!.querySelector<HTMLInputElement>('#terms')!.click();
  await el.updateComplete;
}

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
    hold.click();
    const detail = (await error).detail;
    expect(detail.code).to.equal('stock_unavailable');
    expect(detail.status).to.equal(409);
    await until(() => part(el, 'alternative'), 'the alternatives');
    expect(el.step).to.equal('store');
    expect(part(el, 'error')!.textContent).to.include('sold out');
    await expect(el).to.be.accessible();
    const first = part<HTMLButtonElement>(el, 'alternative')!;
    const altName = first.textContent!.split('·')[0]!.trim();
    first.click();
    await until(() => part(el, 'hold') && text(el).includes(altName), 'the other store');
    expect(part(el, 'error')).to.equal(null);
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
    await expired;
    await until(() => part(el, 'hold-again'), 'the hold-again button');
    expect(el.step).to.equal('expired');
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

describe('<aisle-reserve-button> store choice', () => {
  afterEach(() => myStore().set(null, 'none'));

  it("uses the shopper's store, and offers a store search when there is none", async () => {
    myStore().set(null, 'none');
    const el = await fixture<AisleReserveButton>(
      html`<aisle-reserve-button sku=${SKU}></aisle-reserve-button>`,
    );
    part<HTMLButtonElement>(el, 'button')!.click();
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('aisle-store-picker')).to.exist;
    await expect(el).to.be.accessible();
    el.close();

    myStore().set(store.id, 'none');
    await el.updateComplete;
    expect(el.storeId).to.equal(store.id);
    await openToHold(el);
    expect(text(el)).to.include(store.name);
  });

  it('lists the nearest stores that have it when this one does not', async () => {
    mockApi.setStock(SKU, store.id, { status: 'out_of_stock', quantity: 0 });
    const el = await mount();
    part<HTMLButtonElement>(el, 'button')!.click();
    await until(() => part(el, 'alternative') || text(el).includes('No store nearby'), 'the list');
    expect(part(el, 'hold')).to.equal(null);
    expect(text(el)).to.include(`Not available to reserve at ${store.name}`);
    await expect(el).to.be.accessible();
  });
});

describe('<aisle-reserve-button> confirmation', () => {
  async function confirmed(): Promise<AisleReserveButton> {
    const el = await mount();
    await holdAndFill(el);
    submit(el);
    await until(() => part(el, 'code') && part(el, 'address'), 'the confirmation');
    return el;
  }

  it('offers a valid .ics file through a Blob URL', async () => {
    const el = await confirmed();
    const create = sinon.stub(URL, 'createObjectURL').returns('blob:test');
    const revoke = sinon.stub(URL, 'revokeObjectURL');
    try {
      part<HTMLButtonElement>(el, 'calendar')!.click();
      expect(create.calledOnce).to.equal(true);
      const blob = create.firstCall.args[0] as Blob;
      expect(blob.type).to.include('text/calendar');
      const lines = parseIcs(await blob.text());
      const code = part(el, 'code')!.textContent!.trim();
      expect(lines).to.include('BEGIN:VEVENT');
      expect(lines.find((l) => l.startsWith('UID:'))).to.match(/^UID:reservation-.+@aisle$/);
      expect(lines.find((l) => l.startsWith('DTSTAMP:'))).to.match(/^DTSTAMP:\d{8}T\d{6}Z$/);
      expect(lines.find((l) => l.startsWith('DTSTART:'))).to.match(/^DTSTART:\d{8}T\d{6}Z$/);
      expect(lines.find((l) => l.startsWith('DESCRIPTION:'))).to.include(code);
      const location = lines.find((l) => l.startsWith('LOCATION:'))!;
      expect(location).to.include(store.address.city);
      expect(location).to.include('\\,');
      expect(lines.find((l) => l.startsWith('SUMMARY:'))).to.include('Oak chair');
    } finally {
      create.restore();
      revoke.restore();
    }
  });

  it('cancels the reservation', async () => {
    const el = await confirmed();
    const cancelled = oneEvent(el, 'aisle-reservation-cancelled');
    part<HTMLButtonElement>(el, 'cancel')!.click();
    expect((await cancelled).detail.reservation.status).to.equal('cancelled');
    expect(mockApi.stats().reservationsCancelled).to.equal(1);
    expect(sessionStorage.getItem(`aisle:reservation:${SKU}`)).to.equal(null);
    await until(() => part(el, 'another'), 'the cancelled step');
    await expect(el).to.be.accessible();
  });

  it('shows the confirmation again after a reload', async () => {
    const first = await confirmed();
    const code = part(first, 'code')!.textContent!.trim();
    first.remove();
    resetClientsForTests();
    const el = await mount();
    await until(() => el.step === 'confirmed', 'the restored reservation');
    expect(part(el, 'button')!.textContent!.trim()).to.equal('View your reservation');
    part<HTMLButtonElement>(el, 'button')!.click();
    await until(() => part(el, 'code'), 'the code');
    expect(part(el, 'code')!.textContent!.trim()).to.equal(code);
  });
});

describe('<aisle-reserve-button> hold expiry (fake clock)', () => {
  let clock: sinon.SinonFakeTimers | undefined;
  afterEach(() => clock?.restore());

  it('counts down, announces, expires, then holds again', async () => {
    const el = await mount();
    const hold = await openToHold(el);
    clock = sinon.useFakeTimers({
      now: Date.now(),
      toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'],
    });
    hold.click();
    await until(() => part(el, 'form'), 'the contact form');
    const held = mockApi.stats().holdsCreated;
    expect(held).to.equal(1);
    const status = el.shadowRoot!.querySelector('[role="status"][aria-live]')!;
    expect(status.textContent).to.include('Held for you for');
    const minutes = store.pickup.holdMinutes;
    expect(part(el, 'countdown')!.textContent).to.include(`${minutes}:00`);

    clock.tick((minutes - 5) * 60_000);
    await el.updateComplete;
    expect(part(el, 'countdown')!.textContent).to.include('5:00');
    expect(status.textContent).to.include('5 minutes left');

    const expired = oneEvent(el, 'aisle-hold-expired');
    clock.tick(5 * 60_000);
    await expired;
    await el.updateComplete;
    expect(el.step).to.equal('expired');
    expect(part(el, 'error')!.textContent).to.include('expired');
    // (axe needs real timers: the expired panel's accessibility is checked in the 410 test.)

    part<HTMLButtonElement>(el, 'hold-again')!.click();
    await until(() => part(el, 'form'), 'the form again');
    expect(mockApi.stats().holdsCreated).to.equal(2);
    expect(mockApi.stats().holdsExpired).to.equal(1);
  });
});
