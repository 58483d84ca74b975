/**
 * The reserve button when the server's answer does not reach the shopper, or says something
 * other than "sold out": a reservation the server made is always shown, never made twice, and
 * every refusal says what the shopper can do.
 */
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { getResponse, http, HttpResponse } from 'msw';
import type { AisleReserveButton } from '../../src/components/reserve-button/reserve-button.js';
import { mockApi } from '../../src/mocks/mock-api.js';
import { holdAnswers, requests, useHandlers } from '../helpers/mock-api.js';
import {
  availabilityReadyAt,
  fakeClock,
  openAllHours,
  holdAndFill,
  mount,
  openToHold,
  part,
  posts,
  resetReserveState,
  SKU,
  store,
  submit,
  text,
  type,
  until,
} from './reserve-button-helpers.js';

beforeEach(resetReserveState);

function problem(status: number, code: string) {
  return HttpResponse.json(
    { title: code, status, code },
    { status, headers: { 'Content-Type': 'application/problem+json' } },
  );
}

async function confirmedEvents(el: AisleReserveButton): Promise<string[]> {
  const codes: string[] = [];
  el.addEventListener('aisle-reservation-confirmed', (e) => codes.push(e.detail.reservation.code));
  return codes;
}

/**
 * Holds, fills the form and confirms; the server makes the reservation, but its answer cannot be
 * read: the shopper sees the failure message, the outcome unknown to them.
 */
async function confirmWithLostAnswer() {
  const el = await mount();
  await holdAndFill(el);
  const confirmed = await confirmedEvents(el);
  mockApi.setScenario({ invalidSchema: true, only: 'confirmHold', times: 1 });
  const error = oneEvent(el, 'aisle-error');
  submit(el);
  await error;
  await until(() => el.step === 'contact' && part(el, 'error'), 'the failure message');
  return { el, confirmed };
}

describe('<aisle-reserve-button> when answers are lost', () => {
  it('ignores "Change store" while the confirm is in flight: the reservation it makes is shown', async () => {
    const el = await mount();
    await holdAndFill(el);
    const confirmed = await confirmedEvents(el);
    const answer = holdAnswers('post', '/holds/:holdId/confirm');
    submit(el);
    await until(() => el.step === 'confirming', 'the confirm to start');
    const back = part<HTMLButtonElement>(el, 'back')!;
    expect(back.getAttribute('aria-disabled')).to.equal('true');
    back.click();
    answer();
    await until(() => part(el, 'code'), 'the confirmation');
    expect(el.step).to.equal('confirmed');
    expect(confirmed).to.have.length(1);
    expect(mockApi.stats().reservationsConfirmed).to.equal(1);
  });

  it('after a lost answer, a retry with edited details gets the reservation already made, not an endless error', async () => {
    const { el, confirmed } = await confirmWithLostAnswer();
    expect(mockApi.stats().reservationsConfirmed).to.equal(1);
    type(el, 'phone', '+33 6 12 34 56 78'); // the shopper adds a phone number, then retries
    await el.updateComplete;
    submit(el);
    await until(() => part(el, 'code'), 'the confirmation');
    expect(el.step).to.equal('confirmed');
    expect(confirmed).to.have.length(1);
    expect(mockApi.stats().reservationsConfirmed, 'never a second reservation').to.equal(1);
    const keys = posts(/\/confirm$/).map((r) => r.headers.get('Idempotency-Key'));
    // First try; edited details under a new key ("already confirmed"); the first replayed.
    expect(keys).to.have.length(3);
    expect(keys[1]).not.to.equal(keys[0]);
    expect(keys[2]).to.equal(keys[0]);
  });

  it('closed during a confirm whose answer is lost: asks again and keeps the reservation made', async () => {
    const el = await mount();
    await holdAndFill(el);
    const confirmed = await confirmedEvents(el);
    const answer = holdAnswers('post', '/holds/:holdId/confirm', 1);
    mockApi.setScenario({ invalidSchema: true, only: 'confirmHold', times: 1 });
    submit(el);
    await until(() => el.step === 'confirming', 'the confirm to start');
    part<HTMLButtonElement>(el, 'close')!.click();
    answer();
    await until(() => el.step === 'confirmed', 'the reservation learnt after closing');
    expect(confirmed).to.have.length(1);
    expect(mockApi.stats().reservationsConfirmed).to.equal(1);
    expect(mockApi.stats().holdsReleased, 'the confirmed hold is not given back').to.equal(0);
    expect(
      requests.filter((r) => r.method === 'DELETE'),
      'it asked again before trying to give the hold back',
    ).to.have.length(0);
    expect(sessionStorage.getItem(`aisle:reservation:/aisle-api/v1 ${SKU}`)).to.include(
      confirmed[0]!,
    );
    await until(
      () => part(el, 'button')!.textContent!.trim() === 'View your reservation',
      'the button offering the reservation',
    );
  });

  for (const leave of ['close', 'back'] as const) {
    it(`after a lost confirm answer, leaving by "${leave}" shows the reservation the server made`, async () => {
      const { el, confirmed } = await confirmWithLostAnswer();
      // The shopper gives up on this hold instead of trying again.
      part<HTMLButtonElement>(el, leave)!.click();
      await until(() => el.step === 'confirmed', 'the reservation found back');
      expect(confirmed).to.have.length(1);
      expect(mockApi.stats().reservationsConfirmed, 'one reservation').to.equal(1);
      expect(mockApi.stats().holdsReleased, 'its hold kept').to.equal(0);
      expect(sessionStorage.getItem(`aisle:reservation:/aisle-api/v1 ${SKU}`)).to.include(
        confirmed[0]!,
      );
    });
  }

  it('after a lost confirm answer, a hold that runs out while its release gets no answer is never said "released", nor reserved twice', async () => {
    const el = await mount();
    const hold = await openToHold(el);
    const clock = fakeClock();
    try {
      hold.click();
      await until(() => part(el, 'form'), 'the contact form');
      type(el, 'name', 'Ada Lovelace');
      type(el, 'email', 'ada@example.com');
      el.shadowRoot!.querySelector<HTMLInputElement>('#terms')!.click();
      const confirmed = await confirmedEvents(el);
      // The server makes the reservation, its answer is lost; then the network goes (a tunnel).
      mockApi.setScenario({ invalidSchema: true, only: 'confirmHold', times: 1 });
      let offline = true;
      useHandlers(
        http.delete('*/aisle-api/v1/holds/:id', () => (offline ? HttpResponse.error() : undefined)),
      );
      submit(el);
      await until(() => el.step === 'contact' && part(el, 'error'), 'the failure message');
      clock.tick(store.pickup.holdMinutes * 60_000); // the countdown ends; its release fails
      await until(
        () => el.step === 'expired' && part(el, 'error')?.textContent?.includes('could not check'),
        'the expired step, unsure',
      );
      expect(part(el, 'error')!.textContent).not.to.include('released');
      // Still no answer: "Hold it again" holds nothing (it could make a second reservation).
      part<HTMLButtonElement>(el, 'hold-again')!.click();
      await until(
        // The store step loads again meanwhile (its requests are batched on a timer).
        () => (clock.tick(50), el.step === 'store' && part(el, 'error') && part(el, 'hold')),
        'nothing held',
      );
      expect(part(el, 'error')!.textContent).to.include('could not check');
      expect(mockApi.stats().holdsCreated).to.equal(1);
      offline = false; // back online: "Hold it" finds the reservation made
      part<HTMLButtonElement>(el, 'hold')!.click();
      await until(() => el.step === 'confirmed' && part(el, 'code'), 'the reservation');
      expect(confirmed).to.have.length(1);
      expect(mockApi.stats().holdsCreated, 'no second hold').to.equal(1);
      expect(mockApi.stats().reservationsConfirmed, 'one reservation').to.equal(1);
      expect(sessionStorage.getItem(`aisle:reservation:/aisle-api/v1 ${SKU}`)).to.include(
        confirmed[0]!,
      );
    } finally {
      clock.restore();
    }
  });

  it('says when a pickup slot filled up, and holds again without it', async () => {
    const slotted = mockApi.stores.find((s) => s.pickup.enabled && s.pickup.slots)!;
    const hour = 3_600_000;
    const base = Math.ceil(Date.now() / hour) * hour;
    const slot = (h: number) => ({
      id: `slot_${h}`,
      start: new Date(base + h * hour).toISOString(),
      end: new Date(base + (h + 1) * hour).toISOString(),
      remaining: 2,
    });
    let full = false;
    let refused = false;
    useHandlers(
      // Ready in a minute: every slot below can be offered, whatever the time of day.
      availabilityReadyAt(slotted.id, new Date(Date.now() + 60_000).toISOString(), 3),
      openAllHours(slotted), // the hours' own promise ("now") never later than the API's
      http.get('*/aisle-api/v1/stores/:id/slots', () =>
        HttpResponse.json({ slots: full ? [slot(2), slot(3)] : [slot(1), slot(2), slot(3)] }),
      ),
      http.post('*/aisle-api/v1/holds', async ({ request }) => {
        const body = (await request.clone().json()) as { slotId?: string };
        if (body.slotId !== 'slot_1') return undefined; // the mock answers
        full = true;
        refused = true;
        return problem(409, 'slot_unavailable');
      }),
    );
    const el = await fixture<AisleReserveButton>(
      html`<aisle-reserve-button sku=${SKU} store=${slotted.id}></aisle-reserve-button>`,
    );
    const hold = await openToHold(el);
    const select = part<HTMLSelectElement>(el, 'slot')!;
    select.value = 'slot_1';
    select.dispatchEvent(new Event('change'));
    await el.updateComplete;
    const error = oneEvent(el, 'aisle-error');
    hold.click();
    expect((await error).detail.code).to.equal('slot_unavailable');
    expect(refused).to.equal(true);
    await until(() => part(el, 'error'), 'the message');
    expect(part(el, 'error')!.textContent).to.include('pickup time has just filled up');
    expect(part(el, 'error')!.textContent).not.to.include('sold out');
    await until(() => {
      const list = part<HTMLSelectElement>(el, 'slot');
      return list && part(el, 'hold') && ![...list.options].some((o) => o.value === 'slot_1');
    }, 'the full slot gone from the list');
    part<HTMLButtonElement>(el, 'hold')!.click();
    await until(() => part(el, 'form'), 'the contact form');
    const bodies = await Promise.all(
      posts(/\/holds$/).map((r) => r.clone().json() as Promise<{ slotId?: string }>),
    );
    expect(bodies.map((b) => b.slotId ?? null)).to.deep.equal(['slot_1', null]);
  });

  it('says a collected or expired reservation can no longer be cancelled (no useless retry)', async () => {
    const el = await mount();
    await holdAndFill(el);
    submit(el);
    await until(() => part(el, 'code'), 'the confirmation');
    useHandlers(
      http.delete('*/aisle-api/v1/reservations/:id', () =>
        problem(409, 'reservation_not_cancellable'),
      ),
    );
    const error = oneEvent(el, 'aisle-error');
    part<HTMLButtonElement>(el, 'cancel')!.click(); // asks
    await el.updateComplete;
    part<HTMLButtonElement>(el, 'cancel')!.click(); // "Yes, cancel it"
    expect((await error).detail.code).to.equal('reservation_not_cancellable');
    await until(() => part(el, 'error'), 'the message');
    expect(part(el, 'error')!.textContent).to.include('can no longer be cancelled');
    expect(part(el, 'error')!.textContent).not.to.include('try again');
    expect(el.step).to.equal('confirmed');
  });

  for (const [lang, status, heading] of [
    ['en', 'collected', 'Reservation collected'],
    ['fr', 'expired', 'Réservation expirée'],
  ] as const) {
    it(`after a refused cancel, says the reservation was ${status} and offers a new one (${lang})`, async () => {
      const el = await mount(lang);
      await holdAndFill(el);
      submit(el);
      await until(() => part(el, 'code'), 'the confirmation');
      expect(sessionStorage.getItem(`aisle:reservation:/aisle-api/v1 ${SKU}`)).not.to.equal(null);
      useHandlers(
        http.delete('*/aisle-api/v1/reservations/:id', () =>
          problem(409, 'reservation_not_cancellable'),
        ),
        // Picked up at the till, or not picked up in time, while the confirmation stayed open.
        http.get('*/aisle-api/v1/reservations/:id', async ({ request }) => {
          const answer = await getResponse(mockApi.handlers, request);
          return HttpResponse.json({ ...(await answer!.json()), status });
        }),
      );
      part<HTMLButtonElement>(el, 'cancel')!.click(); // asks
      await el.updateComplete;
      part<HTMLButtonElement>(el, 'cancel')!.click(); // "Yes, cancel it"
      await until(() => part(el, 'another'), 'the new-reservation button');
      expect(part(el, 'confirmed')!.textContent).to.include(heading);
      expect(part(el, 'cancel'), 'no cancel button').to.equal(null);
      expect(part(el, 'calendar'), 'no calendar event').to.equal(null);
      expect(part(el, 'error'), 'the heading says it all').to.equal(null);
      // The focus is not lost with the cancel button, and the change is announced.
      await until(() => el.shadowRoot!.activeElement, 'the focus in the dialog');
      expect(text(el)).to.include(heading);
      // No longer kept: a reload offers a new reservation, not this one.
      expect(sessionStorage.getItem(`aisle:reservation:/aisle-api/v1 ${SKU}`)).to.equal(null);
      part<HTMLButtonElement>(el, 'another')!.click();
      await until(() => el.step === 'store', 'the store step');
    });
  }

  it('after a gateway 504 on a hold the origin made, "try again" gets that hold (same key), not "sold out"', async () => {
    mockApi.setStock(SKU, store.id, { status: 'low_stock', quantity: 1 }); // the last unit
    let first = true;
    useHandlers(
      http.post('*/aisle-api/v1/holds', async ({ request }) => {
        if (!first) return undefined;
        first = false;
        await getResponse(mockApi.handlers, request); // the origin holds the unit…
        return new HttpResponse('<html><h1>504 Gateway Time-out</h1></html>', {
          status: 504,
          headers: { 'Content-Type': 'text/html' },
        }); // …and the proxy gives up on its answer
      }),
    );
    const el = await mount();
    (await openToHold(el)).click();
    await until(() => el.step === 'store' && part(el, 'error'), 'the hold error');
    part<HTMLButtonElement>(el, 'hold')!.click();
    await until(() => el.step === 'contact', 'the contact step');
    const keys = posts(/\/holds$/).map((r) => r.headers.get('Idempotency-Key'));
    expect(keys).to.have.length(2);
    expect(keys[1]).to.equal(keys[0]);
    expect(mockApi.stats().holdsCreated).to.equal(1);
  });
});
