import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import sinon from 'sinon';
import type { Reservation } from '../../src/client/types.js';
import type { AisleReserveButton } from '../../src/components/reserve-button/reserve-button.js';
import { en } from '../../src/i18n/messages/en.js';
import { addDays, daysBetween, dateKeyOf } from '../../src/hours/zoned.js';
import { mockApi } from '../../src/mocks/mock-api.js';
import { myStore } from '../../src/state/my-store.js';
import { http, HttpResponse } from 'msw';
import { requests, useHandlers } from '../helpers/mock-api.js';
import { resetClientsForTests } from '../../src/client/shared.js';
import {
  dialogOf,
  holdAndFill,
  mount,
  openDialog,
  openToHold,
  parseIcs,
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

for (const lang of ['en', 'fr']) {
  describe(`<aisle-reserve-button> whole flow (${lang})`, () => {
    it('holds, confirms and shows the code, QR code, address and hours', async () => {
      const el = await mount(lang);
      let reservation: Reservation | undefined;
      el.addEventListener(
        'aisle-reservation-confirmed',
        (e) => (reservation = e.detail.reservation),
      );
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
      // The quantity select is described by its limit, read out with the select.
      const quantity = part(el, 'quantity')!;
      const hint = el.shadowRoot!.getElementById(quantity.getAttribute('aria-describedby')!);
      expect(hint?.textContent).to.match(
        lang === 'fr' ? /par réservation|disponible/ : /per reservation|available/,
      );
      await expect(el).to.be.accessible();

      holdButton.click();
      await until(() => part(el, 'form'), 'the contact form');
      expect(el.step).to.equal('contact');
      expect(part(el, 'countdown')!.textContent).to.match(/\d+:\d\d|\d+\smin\s\d\d\ss/);
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
      // One row a day of the pickup window, from the day it is ready to the last day.
      const rows = [...part(el, 'hours')!.querySelectorAll('tr')];
      const dayOf = (iso: string) => dateKeyOf(new Date(iso), store.timezone);
      expect(rows).to.have.length(
        daysBetween(dayOf(reservation!.readyAt), dayOf(reservation!.pickupBy)) + 1,
      );
      expect(rows[0]!.querySelector('th')!.textContent).to.include(
        new Date(reservation!.readyAt).toLocaleDateString(lang, {
          day: 'numeric',
          timeZone: store.timezone,
        }),
      );
      // Times as the badge and the store hours write them: "à 19 h 25" in French, "7:25 PM" or
      // "19:25" in English.
      const when = part(el, 'ready-at')!.textContent! + part(el, 'pickup-by')!.textContent!;
      const hours = part(el, 'hours')!.textContent!;
      if (lang === 'fr') {
        expect(when).to.match(/ à \d{1,2}\u00a0h\u00a0\d\d/);
        expect(when + hours).not.to.match(/\d:\d\d/);
        expect(hours).to.match(/\d{1,2}\u00a0h\u00a0\d\d\u00a0– \d{1,2}\u00a0h\u00a0\d\d/);
      } else {
        expect(when).to.match(/\d:\d\d/);
      }
      expect(text(el)).to.include(
        lang === 'fr' ? 'Réservation confirmée' : 'Reservation confirmed',
      );
      expect(fired).to.deep.equal(['aisle-hold-created', 'aisle-reservation-confirmed']);
      await expect(el).to.be.accessible();

      // Only the id and code are kept for the session.
      const saved = sessionStorage.getItem(`aisle:reservation:/aisle-api/v1 ${SKU}`)!;
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

describe('<aisle-reserve-button> store choice', () => {
  afterEach(() => myStore().set(null, 'none'));

  it('offers a store search when the shopper has none, and makes the choice theirs', async () => {
    const merchantApi = 'https://merchant.example/aisle-api/v1';
    myStore().set(null, 'none');
    myStore().set(null, 'none', merchantApi);
    // Its own API (a merchant's), which the search uses too.
    const el = await fixture<AisleReserveButton>(
      html`<aisle-reserve-button sku=${SKU} api=${merchantApi}></aisle-reserve-button>`,
    );
    await openDialog(el);
    await el.updateComplete;
    const picker = el.shadowRoot!.querySelector('aisle-store-picker')!;
    expect(picker).to.exist;
    // The picker's module loads on that click.
    await until(() => picker.shadowRoot, 'the picker');
    await (picker as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    await expect(el).to.be.accessible();
    const input = picker.shadowRoot!.querySelector<HTMLInputElement>('[part~="input"]')!;
    input.value = store.address.city;
    input.dispatchEvent(new Event('input'));
    picker.shadowRoot!.querySelector<HTMLFormElement>('form')!.requestSubmit();
    await until(() => picker.shadowRoot!.querySelector('[part~="results"] button'), 'results');
    const searches = requests.filter((r) => new URL(r.url).pathname.endsWith('/stores'));
    expect(searches.map((r) => new URL(r.url).origin)).to.deep.equal(['https://merchant.example']);
    const choice = [
      ...picker.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part~="results"] button'),
    ].find((b) => b.textContent!.includes(store.name))!;
    const changed = oneEvent(el, 'aisle-store-change');
    choice.focus(); // as a keyboard user would
    choice.click();
    expect((await changed).detail.storeId).to.equal(store.id);
    // The shopper's store for that API: the page's own API keeps its own (README, two copies).
    expect(myStore().get(merchantApi)).to.equal(store.id);
    expect(myStore().get()).to.equal(null);
    await until(() => part(el, 'hold'), 'the store step');
    expect(text(el)).to.include(store.name);
    // The picker that had the focus is gone: the focus goes to the step, not to the page.
    await until(() => el.shadowRoot!.activeElement === part(el, 'step'), 'the focus on the step');
    myStore().set(null, 'none', merchantApi); // nothing left in storage for other test files
  });

  it("uses the shopper's store by default", async () => {
    myStore().set(store.id, 'none');
    const el = await fixture<AisleReserveButton>(
      html`<aisle-reserve-button sku=${SKU}></aisle-reserve-button>`,
    );
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

  it("shows the store's hours on each pickup day, with its holidays and special hours", async () => {
    const today = dateKeyOf(new Date(), store.timezone);
    const exceptions = [
      { date: addDays(today, 2), closed: true, label: 'Inventory day' },
      { date: addDays(today, 3), opens: '10:00', closes: '12:30' },
    ];
    useHandlers(
      http.get(`*/aisle-api/v1/stores/${store.id}`, () =>
        HttpResponse.json({ ...store, hours: { ...store.hours, exceptions } }),
      ),
    );
    const el = await confirmed();
    const rows = [...part(el, 'hours')!.querySelectorAll('tr')].map((tr) =>
      tr.textContent!.replace(/\s+/g, ' ').trim(),
    );
    const row = (date: string) => {
      const day = new Date(`${date}T12:00:00Z`).toLocaleDateString('en', {
        weekday: 'long',
        day: 'numeric',
        month: 'long',
        timeZone: 'UTC',
      });
      return rows.find((r) => r.startsWith(day));
    };
    expect(row(addDays(today, 2))).to.match(/Closed \(Inventory day\)$/);
    expect(row(addDays(today, 3))).to.match(/10:00 AM–12:30 PM \(Special hours\)$/);
  });

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

  it('downloads the calendar file once for a double click, again for a later click', async () => {
    const el = await confirmed();
    const create = sinon.stub(URL, 'createObjectURL').returns('blob:test');
    const revoke = sinon.stub(URL, 'revokeObjectURL');
    try {
      const button = part<HTMLButtonElement>(el, 'calendar')!;
      const click = (detail: number) =>
        button.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true, detail }));
      click(1);
      click(2); // the second click of a double click
      expect(create.callCount).to.equal(1);
      click(1); // a new click, later
      button.click(); // keyboard or script activation (detail 0)
      expect(create.callCount).to.equal(3);
    } finally {
      create.restore();
      revoke.restore();
    }
  });

  it('asks before cancelling; "Keep my reservation" keeps it', async () => {
    const el = await confirmed();
    const cancel = part<HTMLButtonElement>(el, 'cancel')!;
    cancel.focus();
    cancel.click();
    await el.updateComplete;
    expect(part(el, 'cancel-question')!.textContent).to.equal(en.reserveCancelAsk);
    expect(part(el, 'cancel-question')!.getAttribute('role')).to.equal('alert');
    expect(part(el, 'cancel')).to.equal(cancel); // the same button, still focused
    expect(el.shadowRoot!.activeElement).to.equal(cancel);
    expect(cancel.textContent!.trim()).to.equal(en.reserveCancelYes);
    await expect(el).to.be.accessible();
    part<HTMLButtonElement>(el, 'keep')!.click();
    await el.updateComplete;
    await el.updateComplete;
    expect(part(el, 'cancel-question')).to.equal(null);
    expect(el.shadowRoot!.activeElement, 'focus back on the cancel button').to.equal(cancel);
    expect(cancel.textContent!.trim()).to.equal(en.reserveCancel);
    expect(el.step).to.equal('confirmed');
    expect(mockApi.stats().reservationsCancelled).to.equal(0);
  });

  it('cancels the reservation once the shopper confirms', async () => {
    const el = await confirmed();
    const cancelled = oneEvent(el, 'aisle-reservation-cancelled');
    part<HTMLButtonElement>(el, 'cancel')!.click(); // asks
    await el.updateComplete;
    part<HTMLButtonElement>(el, 'cancel')!.click(); // "Yes, cancel it"
    expect((await cancelled).detail.reservation.status).to.equal('cancelled');
    expect(mockApi.stats().reservationsCancelled).to.equal(1);
    expect(sessionStorage.getItem(`aisle:reservation:/aisle-api/v1 ${SKU}`)).to.equal(null);
    await until(() => part(el, 'another'), 'the cancelled step');
    expect(part(el, 'step')!.textContent).to.equal(en.reserveStepCancelled); // not "Confirmation"
    await expect(el).to.be.accessible();
  });

  it('on a page left open past the pickup time, reads the reservation again and starts anew if it is over', async () => {
    const el = await confirmed();
    part<HTMLButtonElement>(el, 'close')!.click();
    await until(() => !dialogOf(el)!.open, 'the dialog to close');
    expect(part(el, 'button')!.textContent).to.include(en.reserveView);
    // Ten days on: the mock has expired the reservation, as a store would.
    const clock = sinon.useFakeTimers({ now: Date.now() + 10 * 86_400_000, toFake: ['Date'] });
    try {
      const before = requests.length;
      part<HTMLButtonElement>(el, 'button')!.click();
      await until(() => part(el, 'hold'), 'a new reservation, from the store step');
      expect(
        requests.slice(before).some((r) => r.method === 'GET' && /\/reservations\//.test(r.url)),
        'the reservation read again',
      ).to.equal(true);
      expect(text(el)).not.to.include(en.reserveConfirmed);
      expect(sessionStorage.getItem(`aisle:reservation:/aisle-api/v1 ${SKU}`)).to.equal(null);
    } finally {
      clock.restore();
    }
  });

  it('stores nothing with persist="none", not even the reservation id', async () => {
    const page = await fixture<HTMLElement>(
      html`<aisle-config persist="none"
        ><aisle-reserve-button sku=${SKU} store=${store.id}></aisle-reserve-button
      ></aisle-config>`,
    );
    const el = page.querySelector('aisle-reserve-button')!;
    await holdAndFill(el);
    submit(el);
    await until(() => part(el, 'code'), 'the confirmation');
    expect(sessionStorage.length).to.equal(0);
    expect(localStorage.getItem(`aisle:reservation:/aisle-api/v1 ${SKU}`)).to.equal(null);
    // Kept in memory only: a variant picker coming back to this SKU still shows it.
    part<HTMLButtonElement>(el, 'close')!.click();
    el.sku = 'AISLE-0002';
    await until(() => el.step === 'idle', 'the button to stand for the other size');
    el.sku = SKU;
    await until(() => el.step === 'confirmed', 'the reservation made on this page');
    expect(sessionStorage.length).to.equal(0);
    expect(mockApi.stats().reservationsConfirmed).to.equal(1);
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

  it('after a reload on a bad network, a click shows the kept reservation, never a second one', async () => {
    const first = await confirmed();
    const code = part(first, 'code')!.textContent!.trim();
    first.remove();
    resetClientsForTests(); // a reload
    let down = true;
    useHandlers(
      http.get('*/aisle-api/v1/reservations/:id', () => (down ? HttpResponse.error() : undefined)),
    );
    const el = await mount();
    const reads = () => requests.filter((r) => /\/reservations\//.test(r.url)).length;
    await until(() => dialogOf(el) && reads() >= 3, 'the restore to give up (with its retries)');
    expect(el.step).to.equal('idle');
    part<HTMLButtonElement>(el, 'button')!.click(); // still down: says so, offers to try again
    await until(() => dialogOf(el)?.open && part(el, 'retry'), 'the failure and its retry');
    expect(text(el)).to.include(en.reserveCheckFailed);
    expect(part(el, 'hold')).to.equal(null);
    await expect(el).to.be.accessible();
    down = false; // the network is back
    part<HTMLButtonElement>(el, 'retry')!.click();
    await until(() => part(el, 'code'), 'the kept reservation');
    expect(part(el, 'code')!.textContent!.trim()).to.equal(code);
    expect(posts(/\/holds$/)).to.have.length(1); // the first reservation's only
  });

  /** After a reload, the API answers the kept reservation's read with this problem. */
  async function reloadAnswering(status: number, code: string) {
    const first = await confirmed();
    first.remove();
    resetClientsForTests();
    useHandlers(
      http.get('*/aisle-api/v1/reservations/:id', () =>
        HttpResponse.json(
          { title: code, status, code },
          { status, headers: { 'Content-Type': 'application/problem+json' } },
        ),
      ),
    );
    return mount();
  }

  for (const [status, code] of [
    [404, 'reservation_not_found'],
    [410, 'reservation_gone'],
  ] as const) {
    it(`a reservation kept but gone for the API (${status}) starts a new flow on the click`, async () => {
      const el = await reloadAnswering(status, code);
      await openToHold(el);
      expect(sessionStorage.getItem(`aisle:reservation:/aisle-api/v1 ${SKU}`)).to.equal(null);
    });
  }

  for (const [status, code] of [
    [401, 'unauthorized'],
    [429, 'rate_limited'],
    [408, 'request_timeout'],
  ] as const) {
    it(`keeps a reservation whose read failed for a while (${status}): never offers a second one`, async () => {
      const el = await reloadAnswering(status, code);
      part<HTMLButtonElement>(el, 'button')!.click();
      await until(() => dialogOf(el)?.open && part(el, 'retry'), 'the failure and its retry', 8000);
      expect(text(el)).to.include(en.reserveCheckFailed);
      expect(part(el, 'hold')).to.equal(null);
      expect(sessionStorage.getItem(`aisle:reservation:/aisle-api/v1 ${SKU}`)).to.be.a('string');
    });
  }

  it('says when the confirmed store cannot be read, and reads it again on "try again"', async () => {
    const first = await confirmed();
    first.remove();
    resetClientsForTests();
    let down = true;
    useHandlers(
      http.get(`*/aisle-api/v1/stores/${store.id}`, () =>
        down ? HttpResponse.error() : undefined,
      ),
    );
    const el = await mount();
    part<HTMLButtonElement>(el, 'button')!.click();
    await until(() => part(el, 'code') && part(el, 'retry'), 'the store failure', 8000);
    // Not "something went wrong": the reservation is fine, only the store's details are missing.
    expect(text(el)).to.include(en.reserveStoreUnreadable);
    expect(text(el)).not.to.include(en.errorGeneric);
    expect(part(el, 'address')).to.equal(null);
    down = false;
    part<HTMLButtonElement>(el, 'retry')!.focus();
    part<HTMLButtonElement>(el, 'retry')!.click();
    await until(() => el.shadowRoot!.activeElement === part(el, 'step'), 'the focus on the step');
    await until(() => part(el, 'address'), 'the store address');
    expect(part(el, 'address')!.textContent).to.include(store.name);
  });

  it('says why a store with stock cannot take the reservation: it has no in-store pickup', async () => {
    const noPickup = mockApi.stores.find((s) => !s.pickup.enabled)!;
    mockApi.setStock(SKU, noPickup.id, { status: 'in_stock', quantity: 12 });
    const el = await fixture<AisleReserveButton>(
      html`<aisle-reserve-button sku=${SKU} store=${noPickup.id}></aisle-reserve-button>`,
    );
    await openDialog(el);
    await until(() => part(el, 'note'), 'the note');
    expect(part(el, 'note')!.textContent!.trim()).to.equal(en.reserveNoPickup(noPickup.name));
    expect(part(el, 'hold')).to.equal(null);
  });
});
