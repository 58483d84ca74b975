/**
 * The reserve button when the shopper or the page is hard on it: double clicks, reopening while a
 * hold is on its way, long names, closing with a hold, offline, Escape, inline validation, prefill,
 * and a hold that runs out (fake clock).
 */
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { getResponse, http, HttpResponse } from 'msw';
import sinon from 'sinon';
import type { AisleReserveButton } from '../../src/components/reserve-button/reserve-button.js';
import { en } from '../../src/i18n/messages/en.js';
import { mockApi } from '../../src/mocks/mock-api.js';
import { holdAnswers, requests, useHandlers } from '../helpers/mock-api.js';
import {
  fakeClock,
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
