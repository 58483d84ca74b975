// What the host page does to a reserve button while a shopper uses it: a variant picker changes
// its `sku`, a responsive layout moves it, a single-page app removes it.
import { expect, fixture, html } from '@open-wc/testing';
import sinon from 'sinon';
import { loadReservation } from '../../src/components/reserve-button/session.js';
import { mockApi } from '../../src/mocks/mock-api.js';
import { holdAnswers, requests } from '../helpers/mock-api.js';
import {
  fakeClock,
  openToHold,
  dialogOf,
  holdAndFill,
  mount,
  nextTask,
  part,
  posts,
  resetReserveState,
  SKU,
  store,
  submit,
  type,
  until,
} from './reserve-button-helpers.js';

/** Another size of the same product, also in stock at the store. */
const OTHER = 'AISLE-0002';

beforeEach(() => {
  resetReserveState();
  mockApi.setStock(OTHER, store.id, { status: 'in_stock', quantity: 5 });
});
let clock: sinon.SinonFakeTimers | undefined;
afterEach(() => {
  mockApi.setScenario(undefined);
  clock?.restore();
  clock = undefined;
});

const label = (el: HTMLElement) => part(el as never, 'button')!.textContent!.trim();
const holdReleases = () => requests.filter((r) => r.method === 'DELETE' && /\/holds\//.test(r.url));

describe('<aisle-reserve-button> on a changing page', () => {
  it('follows a variant picker: a reservation stays with its own SKU', async () => {
    const el = await mount();
    await holdAndFill(el);
    submit(el);
    await until(() => part(el, 'code'), 'the confirmation');
    const code = part(el, 'code')!.textContent!.trim();
    part<HTMLButtonElement>(el, 'close')!.click();
    expect(label(el)).to.equal('View your reservation');

    el.sku = OTHER; // the shopper picks another size
    await until(() => el.step === 'idle', 'the button to stand for the new size');
    await el.updateComplete;
    expect(label(el)).to.equal('Reserve in store');
    expect(loadReservation(`/aisle-api/v1 ${SKU}`)?.code).to.equal(code);
    expect(loadReservation(`/aisle-api/v1 ${OTHER}`)).to.equal(undefined);

    el.sku = SKU; // and back
    await until(() => el.step === 'confirmed', 'the kept reservation');
    await el.updateComplete;
    expect(label(el)).to.equal('View your reservation');
    part<HTMLButtonElement>(el, 'button')!.click();
    await until(() => dialogOf(el)?.open && part(el, 'code'), 'the confirmation again');
    expect(part(el, 'code')!.textContent!.trim()).to.equal(code);
  });

  it('keeps a confirm that lands after the dialog closed and the size changed under its own SKU', async () => {
    const el = await mount();
    await holdAndFill(el);
    const answer = holdAnswers('post', '/holds/:holdId/confirm');
    submit(el);
    await until(() => el.step === 'confirming', 'the confirm to be sent');
    part<HTMLButtonElement>(el, 'close')!.click();
    el.sku = OTHER;
    answer();
    await until(() => loadReservation(`/aisle-api/v1 ${SKU}`), 'the late confirmation to be kept');
    await until(() => el.step === 'idle', 'the button to stand for the new size');
    expect(loadReservation(`/aisle-api/v1 ${OTHER}`)).to.equal(undefined);
    expect(mockApi.stats().reservationsConfirmed).to.equal(1);
    expect(holdReleases()).to.have.length(0);
  });

  it('keeps the dialog modal, the hold and its countdown when the page moves the button', async () => {
    const el = await mount();
    const elsewhere = await fixture(html`<section></section>`);
    const hold = await openToHold(el);
    clock = fakeClock(); // after the store step: its requests run on real timers
    hold.click();
    await until(() => part(el, 'form'), 'the contact form');
    type(el, 'name', 'Ada Lovelace');
    type(el, 'email', 'ada@example.com');
    el.shadowRoot!.querySelector<HTMLInputElement>('#terms')!.click();
    const countdown = () => part(el, 'countdown')!.textContent!.trim();
    const before = countdown();
    elsewhere.append(el); // a layout moving the buy box on rotation
    for (let i = 0; i < 5; i++) await nextTask();
    expect(dialogOf(el)!.open).to.equal(true);
    expect(dialogOf(el)!.matches(':modal')).to.equal(true);
    expect(el.step).to.equal('contact');
    expect(holdReleases()).to.have.length(0);
    clock.tick(61_000);
    await el.updateComplete;
    expect(countdown(), 'the countdown goes on').not.to.equal(before);
    clock.restore();
    clock = undefined;
    submit(el);
    await until(() => part(el, 'code'), 'the confirmation');
    expect(posts(/\/holds$/)).to.have.length(1);
  });

  it('keeps the flow when a framework puts the button back a microtask later', async () => {
    const el = await mount();
    await holdAndFill(el);
    const parent = el.parentNode!;
    el.remove(); // a framework re-rendering after an await, nextTick or queueMicrotask
    await Promise.resolve();
    parent.append(el);
    for (let i = 0; i < 5; i++) await nextTask();
    expect(dialogOf(el)!.open).to.equal(true);
    expect(dialogOf(el)!.matches(':modal')).to.equal(true);
    expect(el.step).to.equal('contact');
    expect(el.shadowRoot!.querySelector<HTMLInputElement>('#name')!.value).to.equal('Ada Lovelace');
    expect(holdReleases()).to.have.length(0);
    submit(el);
    await until(() => part(el, 'code'), 'the confirmation');
    expect(posts(/\/holds$/)).to.have.length(1);
  });

  it('closes the dialog and releases the hold when the page removes the button', async () => {
    const el = await mount();
    await holdAndFill(el);
    el.remove();
    await until(() => holdReleases().length === 1, 'the hold to be released');
    expect(dialogOf(el)!.open).to.equal(false);
    const parent = await fixture(html`<div></div>`);
    parent.append(el); // put back later: a fresh start, no hold
    await el.updateComplete;
    expect(el.step).to.equal('idle');
    expect(dialogOf(el)!.open).to.equal(false);
  });
});
