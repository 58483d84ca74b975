/**
 * What the reserve dialog remembers (in memory only, never in storage): what the shopper chose
 * and typed lives until the reservation is made or cancelled. Closing the dialog gives the hold
 * back, but the next opening keeps the quantity, the pickup slot, the store and the form, as
 * "Change store" does (for 10 minutes: a later opening starts anew); a confirm still on its way
 * when the dialog closed keeps its form too. Once
 * a reservation is made, a new reservation on the same button never shows its name, email, phone
 * or ticked consents.
 */
import { expect, fixture, html } from '@open-wc/testing';
import sinon from 'sinon';
import type { AisleReserveButton } from '../../src/components/reserve-button/reserve-button.js';
import { mockApi } from '../../src/mocks/mock-api.js';
import { holdAnswers } from '../helpers/mock-api.js';
import {
  SKU,
  chooseFirstSlot,
  dialogOf,
  holdAndFill,
  mount,
  openSlotted,
  openToHold,
  part,
  posts,
  resetReserveState,
  store,
  submit,
  type,
  until,
} from './reserve-button-helpers.js';

const field = (el: AisleReserveButton, id: string) =>
  el.shadowRoot!.querySelector<HTMLInputElement>(`#${id}`)!;

/** The form as the shopper sees it. */
const form = (el: AisleReserveButton) => ({
  name: field(el, 'name').value,
  email: field(el, 'email').value,
  phone: field(el, 'phone').value,
  terms: field(el, 'terms').checked,
  marketing: field(el, 'marketing').checked,
});

const EMPTY = { name: '', email: '', phone: '', terms: false, marketing: false };
/** What `fillAll` types. */
const TYPED = {
  name: 'Ada Lovelace',
  email: 'ada@example.com',
  phone: '+33 6 12 34 56 78',
  terms: true,
  marketing: true,
};

async function fillAll(el: AisleReserveButton): Promise<void> {
  await holdAndFill(el);
  type(el, 'phone', '+33 6 12 34 56 78');
  field(el, 'marketing').click();
  await el.updateComplete;
}

async function holdAgainToForm(el: AisleReserveButton): Promise<void> {
  await until(() => part(el, 'hold'), 'the store step');
  part<HTMLButtonElement>(el, 'hold')!.click();
  await until(() => part(el, 'form'), 'the contact form');
}

describe('<aisle-reserve-button> contact details in memory', () => {
  beforeEach(resetReserveState);

  it('a new reservation after a cancelled one starts with an empty form', async () => {
    const el = await mount();
    await fillAll(el);
    submit(el);
    await until(() => part(el, 'cancel'), 'the confirmation');
    part<HTMLButtonElement>(el, 'cancel')!.click(); // asks
    await el.updateComplete;
    part<HTMLButtonElement>(el, 'cancel')!.click(); // "Yes, cancel it"
    await until(() => part(el, 'another'), 'the cancelled step');
    part<HTMLButtonElement>(el, 'another')!.click();
    await holdAgainToForm(el);
    expect(form(el)).to.deep.equal(EMPTY);
  });

  it('after a confirmation, a new form is prefilled from customer-name and customer-email only', async () => {
    const el = await fixture<AisleReserveButton>(
      html`<aisle-reserve-button
        sku=${SKU}
        store=${store.id}
        customer-name="Grace Hopper"
        customer-email="grace@example.com"
      ></aisle-reserve-button>`,
    );
    (await openToHold(el)).click();
    await until(() => part(el, 'form'), 'the contact form');
    expect(form(el)).to.deep.equal({ ...EMPTY, name: 'Grace Hopper', email: 'grace@example.com' });
    type(el, 'name', 'Ada Lovelace');
    type(el, 'email', 'ada@example.com');
    type(el, 'phone', '+33 6 12 34 56 78');
    field(el, 'terms').click();
    field(el, 'marketing').click();
    await el.updateComplete;
    submit(el);
    await until(() => part(el, 'cancel'), 'the confirmation');
    part<HTMLButtonElement>(el, 'cancel')!.click();
    await el.updateComplete;
    part<HTMLButtonElement>(el, 'cancel')!.click();
    await until(() => part(el, 'another'), 'the cancelled step');
    part<HTMLButtonElement>(el, 'another')!.click();
    await holdAgainToForm(el);
    expect(form(el)).to.deep.equal({ ...EMPTY, name: 'Grace Hopper', email: 'grace@example.com' });
  });

  it('closing gives the hold back: a reopen holds again, with the form as typed', async () => {
    const el = await mount();
    await fillAll(el);
    dialogOf(el)!.close(); // as Escape does
    await until(() => mockApi.stats().holdsReleased === 1, 'the hold given back');
    part<HTMLButtonElement>(el, 'button')!.click();
    await holdAgainToForm(el);
    expect(form(el)).to.deep.equal(TYPED);
    // Nothing the shopper typed went into storage.
    const stored = JSON.stringify({ ...localStorage, ...sessionStorage });
    for (const typed of ['Ada', 'ada@example.com', '12 34 56 78']) {
      expect(stored).not.to.include(typed);
    }
  });

  it('a reopen after × keeps the quantity and the pickup slot, and holds them again', async () => {
    const { el, slotted } = await openSlotted();
    const quantity = part<HTMLSelectElement>(el, 'quantity')!;
    quantity.value = '2';
    quantity.dispatchEvent(new Event('change'));
    const { chosen } = await chooseFirstSlot(el);
    part<HTMLButtonElement>(el, 'hold')!.click();
    await until(() => part(el, 'form'), 'the contact form');
    type(el, 'name', 'Ada Lovelace');
    type(el, 'email', 'ada@example.com');
    field(el, 'terms').click();
    await el.updateComplete;
    part<HTMLButtonElement>(el, 'close')!.click();
    await until(() => mockApi.stats().holdsReleased === 1, 'the hold given back');
    expect(el.step).to.equal('idle');
    part<HTMLButtonElement>(el, 'button')!.click();
    await until(() => part(el, 'slot'), 'the store step with its slots');
    expect(part<HTMLSelectElement>(el, 'quantity')!.value).to.equal('2');
    expect(part<HTMLSelectElement>(el, 'slot')!.value).to.equal(chosen);
    part<HTMLButtonElement>(el, 'hold')!.click();
    await until(() => part(el, 'form'), 'the contact form');
    const body = (await posts(/\/holds$/)[1]!
      .clone()
      .json()) as Record<string, unknown>;
    expect(body).to.include({ storeId: slotted.id, quantity: 2, slotId: chosen });
    expect(form(el)).to.deep.equal({ ...TYPED, phone: '', marketing: false });
  });

  it('a reopen more than 10 minutes after closing starts anew (a shared screen)', async () => {
    const el = await mount();
    await fillAll(el);
    dialogOf(el)!.close();
    await until(() => mockApi.stats().holdsReleased === 1, 'the hold given back');
    const clock = sinon.useFakeTimers({ now: Date.now() + 9 * 60_000, toFake: ['Date'] });
    try {
      part<HTMLButtonElement>(el, 'button')!.click(); // 9 minutes on: kept
      await holdAgainToForm(el);
      expect(form(el)).to.deep.equal(TYPED);
      dialogOf(el)!.close();
      await until(() => mockApi.stats().holdsReleased === 2, 'the second hold given back');
      clock.setSystemTime(Date.now() + 11 * 60_000); // 11 minutes after that close
      part<HTMLButtonElement>(el, 'button')!.click();
      await holdAgainToForm(el);
      expect(form(el)).to.deep.equal(EMPTY);
    } finally {
      clock.restore();
    }
  });

  it('closed while the confirm is on its way, a reopen shows what was typed', async () => {
    const el = await mount();
    await fillAll(el);
    const release = holdAnswers('post', '/holds/:holdId/confirm', 1);
    submit(el);
    await until(() => el.step === 'confirming', 'the confirm sent');
    part<HTMLButtonElement>(el, 'close')!.click();
    part<HTMLButtonElement>(el, 'button')!.click();
    await until(() => dialogOf(el)!.open, 'the dialog open again');
    expect(form(el)).to.deep.equal(TYPED);
    release();
    await until(() => part(el, 'code'), 'the confirmation');
  });
});
