/**
 * A hold belongs to the API that made it. A page (a CMS preview re-rendering, a single-page app
 * switching markets) may change `<aisle-config api>` while the shopper holds stock: the hold's
 * confirm, its "more time", its release and the reservation's cancellation still go to the API
 * that holds the stock, never to the new one (which would answer 404 and leave the stock held).
 */
import { expect, fixture, html } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import '../../src/components/config/define.js';
import type { AisleReserveButton } from '../../src/components/reserve-button/reserve-button.js';
import { resetClientsForTests } from '../../src/client/shared.js';
import { createMockApi, mockApi } from '../../src/mocks/mock-api.js';
import { holdAnswers, requests, useHandlers } from '../helpers/mock-api.js';
import {
  dialogOf,
  holdAndFill,
  openDialog,
  openToHold,
  part,
  resetReserveState,
  SKU,
  store,
  submit,
  until,
  label,
} from './reserve-button-helpers.js';

const RETAILER = '/aisle-api/v1';
const OTHER = '/other-api/v1';
const other = createMockApi({ base: OTHER });

/** A button under a config whose `api` the page changes later. */
async function mountUnderConfig(
  api = RETAILER,
): Promise<{ config: HTMLElement; el: AisleReserveButton }> {
  const config = await fixture<HTMLElement>(html`
    <aisle-config api=${api}>
      <aisle-reserve-button sku=${SKU} store=${store.id}></aisle-reserve-button>
    </aisle-config>
  `);
  return { config, el: config.querySelector<AisleReserveButton>('aisle-reserve-button')! };
}

const code = (el: AisleReserveButton) => part(el, 'code')!.textContent!.trim();

/** Requests that reached the other API about holds or reservations. */
const sentToOther = () =>
  requests.filter((r) => /^\/other-api\/v1\/(holds|reservations)\b/.test(new URL(r.url).pathname));

/** Confirms a reservation in `el` (at the API its config names now). */
async function confirm(el: AisleReserveButton): Promise<void> {
  await holdAndFill(el);
  submit(el);
  await until(() => part(el, 'code'), 'the confirmation');
}

/** The page switches to the other API; the shopper cancels the shown reservation: at its API. */
async function cancelAfterSwitch(config: HTMLElement, el: AisleReserveButton): Promise<void> {
  config.setAttribute('api', OTHER);
  await el.updateComplete;
  part<HTMLButtonElement>(el, 'cancel')!.click();
  await until(() => part(el, 'cancel-question'), 'the question');
  part<HTMLButtonElement>(el, 'cancel')!.click(); // "Yes, cancel it"
  await until(() => el.step === 'cancelled', 'the cancellation');
  expect(mockApi.stats().reservationsCancelled).to.equal(1);
  expect(sentToOther()).to.have.length(0);
}

describe('<aisle-reserve-button> a hold stays with the API that made it', () => {
  beforeEach(() => {
    resetReserveState();
    other.reset();
    other.setStock(SKU, store.id, { status: 'in_stock', quantity: 5 });
    useHandlers(...other.handlers);
  });

  it('confirms at the API that holds the stock when the page’s api changes meanwhile, and keeps it there', async () => {
    const { config, el } = await mountUnderConfig();
    await holdAndFill(el);
    config.setAttribute('api', OTHER);
    await el.updateComplete;
    submit(el);
    await until(() => part(el, 'code'), 'the confirmation');
    expect(mockApi.stats().reservationsConfirmed).to.equal(1);
    expect(other.stats().reservationsConfirmed).to.equal(0);
    expect(sentToOther(), 'nothing about the hold sent to the new API').to.have.length(0);
    // Kept where it was made: the button, at the new API, offers to reserve there; back at the
    // first API, it shows the reservation again.
    expect(sessionStorage.getItem(`aisle:reservation:${RETAILER} ${SKU}`)).to.include(code(el));
    expect(sessionStorage.getItem(`aisle:reservation:${OTHER} ${SKU}`)).to.equal(null);
    part<HTMLButtonElement>(el, 'close')!.click();
    await until(() => label(el) === 'Reserve in store', 'the button at the new API');
    config.setAttribute('api', RETAILER);
    await until(() => label(el) === 'View your reservation', 'the reservation shown again');
    expect(mockApi.stats().reservationsConfirmed, 'made once').to.equal(1);
  });

  it('gives the hold back where it was made when the shopper closes', async () => {
    const { config, el } = await mountUnderConfig();
    (await openToHold(el)).click();
    await until(() => part(el, 'form'), 'the contact form');
    expect(mockApi.stats().holdsCreated).to.equal(1);
    config.setAttribute('api', OTHER);
    await el.updateComplete;
    part<HTMLButtonElement>(el, 'close')!.click();
    await until(() => !dialogOf(el)!.open, 'the dialog to close');
    await until(() => mockApi.stats().holdsReleased === 1, 'the hold given back');
    expect(sentToOther()).to.have.length(0);
    // A new hold is the page's: at the API it names now.
    (await openToHold(el)).click();
    await until(() => part(el, 'form'), 'the contact form');
    expect(other.stats().holdsCreated).to.equal(1);
    expect(mockApi.stats().holdsCreated).to.equal(1);
    part<HTMLButtonElement>(el, 'close')!.click();
    await until(() => other.stats().holdsReleased === 1, 'that one given back there');
  });

  it('asks the API that holds the stock for more time', async () => {
    const { config, el } = await mountUnderConfig();
    (await openToHold(el)).click();
    await until(() => part(el, 'more-time'), '"More time" on the contact step');
    config.setAttribute('api', OTHER);
    await el.updateComplete;
    part<HTMLButtonElement>(el, 'more-time')!.click();
    await until(() => mockApi.stats().holdsExtended === 1, 'more time given');
    expect(part(el, 'error'), 'no error shown').to.equal(null);
    expect(sentToOther()).to.have.length(0);
  });

  it('cancels the reservation at the API that made it', async () => {
    const { config, el } = await mountUnderConfig();
    await confirm(el);
    await cancelAfterSwitch(config, el);
  });

  it('shows what is kept at the page’s new API once the dialog is closed', async () => {
    const { config, el } = await mountUnderConfig();
    await confirm(el);
    part<HTMLButtonElement>(el, 'close')!.click();
    await until(() => !dialogOf(el)!.open, 'the dialog to close');
    expect(label(el)).to.equal('View your reservation');
    config.setAttribute('api', OTHER);
    await until(() => label(el) === 'Reserve in store', 'the button at the new API');
    config.setAttribute('api', RETAILER);
    await until(() => label(el) === 'View your reservation', 'the reservation shown again');
    expect(sentToOther()).to.have.length(0);
  });

  it('keeps a reservation read back after a reload with the API that made it', async () => {
    const first = await mountUnderConfig();
    await confirm(first.el);
    first.config.remove();
    resetClientsForTests();
    // The reload: the button shows the kept reservation; then the page switches api.
    const { config, el } = await mountUnderConfig();
    await until(() => label(el) === 'View your reservation', 'the reservation read back');
    await openDialog(el);
    await until(() => part(el, 'cancel'), 'the confirmation');
    await cancelAfterSwitch(config, el);
    // Read back and closed, it gives way to the new API as one made in this load does.
    part<HTMLButtonElement>(el, 'close')!.click();
    await until(() => label(el) === 'Reserve in store', 'the button at the new API');
  });

  it('a second button that showed the reservation follows the new API too', async () => {
    const config = await fixture<HTMLElement>(html`
      <aisle-config api=${RETAILER}>
        <aisle-reserve-button id="one" sku=${SKU} store=${store.id}></aisle-reserve-button>
        <aisle-reserve-button id="two" sku=${SKU} store=${store.id}></aisle-reserve-button>
      </aisle-config>
    `);
    const one = config.querySelector<AisleReserveButton>('#one')!;
    const two = config.querySelector<AisleReserveButton>('#two')!;
    await confirm(one);
    part<HTMLButtonElement>(one, 'close')!.click();
    await until(() => label(two) === 'View your reservation', 'the second button follows');
    config.setAttribute('api', OTHER);
    await until(
      () => label(one) === 'Reserve in store' && label(two) === 'Reserve in store',
      'both buttons at the new API',
    );
    config.setAttribute('api', RETAILER);
    await until(
      () => label(one) === 'View your reservation' && label(two) === 'View your reservation',
      'both show it again',
    );
  });

  it('shows the kept reservation, not a second one, when the page goes back to its API with the dialog open', async () => {
    const { config, el } = await mountUnderConfig();
    await confirm(el);
    const code = part(el, 'code')!.textContent!.trim();
    part<HTMLButtonElement>(el, 'close')!.click();
    config.setAttribute('api', OTHER);
    await until(() => label(el) === 'Reserve in store', 'the button at the new API');
    await openToHold(el); // the store step, at the new API
    config.setAttribute('api', RETAILER);
    await until(() => part(el, 'code'), 'the kept reservation shown in the open dialog');
    expect(part(el, 'code')!.textContent!.trim()).to.equal(code);
    expect(part(el, 'hold'), 'no "Hold it" for a second one').to.equal(null);
    part<HTMLButtonElement>(el, 'close')!.click();
    await until(() => !dialogOf(el)!.open, 'the dialog to close');
    expect(label(el)).to.equal('View your reservation');
    expect(mockApi.stats().reservationsConfirmed).to.equal(1);
    expect(other.stats().holdsCreated, 'the store step at the other API held nothing').to.equal(0);
  });

  it('keeps the hold and the form after a confirm with no answer when the page’s api flips and back', async () => {
    const { config, el } = await mountUnderConfig();
    await holdAndFill(el);
    let offline = true;
    useHandlers(
      http.post('*/aisle-api/v1/holds/:id/confirm', () =>
        offline ? HttpResponse.error() : undefined,
      ),
    );
    submit(el);
    await until(() => el.step === 'contact' && part(el, 'error'), 'the network failure');
    offline = false;
    // The confirm's record is kept meanwhile: it is not a reservation to show over the form.
    config.setAttribute('api', OTHER);
    await el.updateComplete;
    config.setAttribute('api', RETAILER);
    await el.updateComplete;
    await new Promise((r) => setTimeout(r, 300));
    expect(el.step, 'still on the contact step').to.equal('contact');
    expect(mockApi.stats().holdsReleased, 'the hold kept').to.equal(0);
    submit(el); // "Confirm" again: reserved once
    await until(() => part(el, 'code'), 'the confirmation');
    expect(mockApi.stats().reservationsConfirmed).to.equal(1);
  });

  it('shows the reservation kept at the page’s API once a confirm elsewhere fails after the dialog closed', async () => {
    const { config, el } = await mountUnderConfig(OTHER);
    await confirm(el);
    part<HTMLButtonElement>(el, 'close')!.click();
    config.setAttribute('api', RETAILER);
    await until(() => label(el) === 'Reserve in store', 'the button at the retailer’s API');
    await holdAndFill(el);
    let answer!: () => void;
    const answered = new Promise<void>((resolve) => (answer = resolve));
    useHandlers(
      http.post('*/aisle-api/v1/holds/:id/confirm', async () => {
        await answered;
        return HttpResponse.error();
      }),
    );
    submit(el);
    await until(() => el.step === 'confirming', 'the confirm on its way');
    part<HTMLButtonElement>(el, 'close')!.click();
    config.setAttribute('api', OTHER); // back to the API that keeps a reservation
    await until(() => !dialogOf(el)!.open, 'the dialog to close');
    await new Promise((r) => setTimeout(r, 100)); // its close event has come
    answer(); // no answer, twice: the hold is given back
    await until(() => mockApi.stats().holdsReleased === 1, 'the hold given back at its API');
    await until(() => label(el) === 'View your reservation', 'the kept reservation on the button');
    await openDialog(el);
    await until(() => part(el, 'code'), 'the kept reservation shown');
    expect(part(el, 'hold'), 'no "Hold it" for a second one').to.equal(null);
    expect(other.stats().reservationsConfirmed).to.equal(1);
  });

  it('clears what it kept of a hold answered after the page switched api', async () => {
    const { config, el } = await mountUnderConfig();
    const release = holdAnswers('post', '/holds', 1);
    (await openToHold(el)).click();
    const asked = `aisle:holds:${RETAILER} ${SKU}`;
    await until(() => sessionStorage.getItem(asked), 'the hold asked for, kept for a reload');
    config.setAttribute('api', OTHER);
    await el.updateComplete;
    release();
    await until(() => part(el, 'form'), 'the contact form');
    await until(() => sessionStorage.getItem(asked) === null, 'the record cleared once answered');
  });
});
