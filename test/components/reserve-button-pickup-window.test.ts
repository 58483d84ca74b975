/**
 * A reservation the API answers with its pick-up-by time before its ready time (a lying answer):
 * the server made it, so it shows, code and ready time included, but no last day is promised,
 * neither on the confirmation nor in the calendar event, and the page does not end it by its own
 * clock.
 */
import { expect } from '@open-wc/testing';
import type { Reservation } from '../../src/client/types.js';
import { pickupDeadline } from '../../src/client/validate-reservations.js';
import { pickupEvent } from '../../src/components/reserve-button/confirmation-step.js';
import { dialogMessages } from '../../src/components/reserve-button/dialog-messages.js';
import { reserveTriggerMessages } from '../../src/i18n/messages/reserve-trigger.js';
import { useHandlers } from '../helpers/mock-api.js';
import {
  confirmAnswering,
  dialogOf,
  holdAndFill,
  mount,
  nextTask,
  part,
  resetReserveState,
  submit,
  until,
} from './reserve-button-helpers.js';

beforeEach(resetReserveState);

const hours = (h: number) => new Date(Date.now() + h * 3_600_000).toISOString();

describe('<aisle-reserve-button> a reservation to pick up before it is ready', () => {
  it('shows its code and ready time, and no pick-up-by time, in English and French', async () => {
    for (const lang of ['en', 'fr'] as const) {
      resetReserveState();
      // Ready in two hours, to pick up by an hour ago.
      useHandlers(confirmAnswering(() => ({ readyAt: hours(2), pickupBy: hours(-1) })));
      const el = await mount(lang);
      await holdAndFill(el);
      submit(el);
      await until(() => el.step === 'confirmed', 'the confirmation');
      await until(() => part(el, 'code'), 'the code');
      expect(part(el, 'code')!.textContent!.trim()).to.have.length.above(0);
      expect(part(el, 'ready-at')).to.exist;
      expect(part(el, 'pickup-by'), 'no last day before the ready time').to.equal(null);
      // Nor does the page's clock end it: closed, the button still offers to view it.
      dialogOf(el)!.close();
      for (let i = 0; i < 5; i++) await nextTask();
      expect(el.step).to.equal('confirmed');
      expect(part(el, 'button')!.textContent!.trim()).to.equal(
        reserveTriggerMessages[lang].reserveView,
      );
      el.remove();
    }
  });

  it('writes no pick-up-by time in the calendar event, and keeps its half hour', () => {
    const r: Reservation = {
      id: 'r-1',
      code: 'K7Q2XM',
      status: 'confirmed',
      sku: 'AISLE-0001',
      storeId: 's1',
      quantity: 1,
      readyAt: '2026-07-16T08:00:00Z',
      pickupBy: '2026-07-15T08:00:00Z',
    };
    expect(pickupDeadline(r)).to.equal(undefined);
    expect(pickupDeadline({ ...r, pickupBy: '2026-07-17T08:00:00Z' })).to.equal(
      Date.parse('2026-07-17T08:00:00Z'),
    );
    for (const lang of ['en', 'fr'] as const) {
      const event = pickupEvent(dialogMessages[lang], lang, r, undefined, 'Oak chair');
      expect(event.description).to.include('K7Q2XM');
      expect(event.description).not.to.match(/Pick up by|retirer avant/);
      expect(event.end.getTime() - event.start.getTime()).to.equal(30 * 60_000);
    }
    const fine = { ...r, pickupBy: '2026-07-17T08:00:00Z' };
    expect(pickupEvent(dialogMessages.en, 'en', fine, undefined, 'x').description).to.include(
      'Pick up by',
    );
  });
});
