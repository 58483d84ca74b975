/**
 * A hold whose clock runs out after a confirm whose answer was lost: its release first asks
 * whether that confirm made the reservation. Until it knows, the expired step says it is checking,
 * never that the item was released; then it shows what it found.
 */
import { expect } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import type { AisleReserveButton } from '../../src/components/reserve-button/reserve-button.js';
import { dialogMessages } from '../../src/components/reserve-button/dialog-messages.js';
import { mockApi } from '../../src/mocks/mock-api.js';
import { holdAnswers, requests, useHandlers } from '../helpers/mock-api.js';
import {
  errorNotice,
  fakeClock,
  mount,
  openToHold,
  part,
  resetReserveState,
  store,
  submit,
  text,
  type,
  until,
} from './reserve-button-helpers.js';

beforeEach(resetReserveState);

/**
 * Holds on a fake clock, confirms with `lose` set up (the confirm's answer does not arrive), lets
 * the hold run out while its release waits for an answer: the expired step, the release held back.
 */
async function expireWhileChecking(el: AisleReserveButton, lose: () => void) {
  const hold = await openToHold(el);
  const clock = fakeClock();
  try {
    hold.click();
    await until(() => part(el, 'form'), 'the contact form');
    type(el, 'name', 'Ada Lovelace');
    type(el, 'email', 'ada@example.com');
    el.shadowRoot!.querySelector<HTMLInputElement>('#terms')!.click();
    lose();
    submit(el);
    await until(() => el.step === 'contact' && part(el, 'error'), 'the failure message');
    // A slow network: the release (and what it asks first) has no answer yet.
    const answer = holdAnswers('delete', '/holds/:holdId', 1);
    clock.tick(store.pickup.holdMinutes * 60_000);
    await until(() => el.step === 'expired' && errorNotice(el), 'the expired step');
    await until(() => requests.some((r) => r.method === 'DELETE'), 'the release sent');
    await el.updateComplete;
    return answer;
  } finally {
    clock.restore();
  }
}

describe('<aisle-reserve-button> a hold that runs out after a lost confirm answer', () => {
  for (const lang of ['en', 'fr'] as const) {
    const msg = dialogMessages[lang];

    it(`says it is checking, not "released", then shows the reservation made (${lang})`, async () => {
      const el = await mount(lang);
      const made: string[] = [];
      el.addEventListener('aisle-reservation-confirmed', (e) =>
        made.push(e.detail.reservation.code),
      );
      // The server makes the reservation; its answer cannot be read.
      const answer = await expireWhileChecking(el, () =>
        mockApi.setScenario({ invalidSchema: true, only: 'confirmHold', times: 1 }),
      );
      // Before: "Your hold has expired and the item was released", for as long as it checked.
      expect(errorNotice(el)).to.equal(msg.reserveExpiredChecking);
      expect(text(el)).not.to.include(msg.reserveExpired);
      expect(el.shadowRoot!.activeElement, 'the focus on the step heading').to.equal(
        part(el, 'step'),
      );
      await expect(el).to.be.accessible();
      answer();
      await until(() => el.step === 'confirmed' && part(el, 'code'), 'the reservation found');
      expect(made).to.have.length(1);
      expect(mockApi.stats().reservationsConfirmed, 'one reservation').to.equal(1);
      expect(mockApi.stats().holdsReleased, 'its hold kept').to.equal(0);
    });

    it(`says it is checking, then that the item was released when no reservation was made (${lang})`, async () => {
      const el = await mount(lang);
      // The confirm never reaches the server: nothing is made.
      const answer = await expireWhileChecking(el, () =>
        useHandlers(http.post('*/aisle-api/v1/holds/:id/confirm', () => HttpResponse.error())),
      );
      expect(errorNotice(el)).to.equal(msg.reserveExpiredChecking);
      answer();
      await until(() => errorNotice(el) === msg.reserveExpired, 'the hold said released');
      expect(el.step).to.equal('expired');
      expect(mockApi.stats().holdsReleased).to.equal(1);
      expect(mockApi.stats().reservationsConfirmed).to.equal(0);
      expect(part(el, 'hold-again'), 'it can be held again').to.exist;
      await expect(el).to.be.accessible();
    });
  }
});
