/**
 * A lying API's dates on the reserve dialog: a reservation ready in 1970 reads as ready now, with
 * the hours from today; one to pick up by 2999 promises no last day (a warning, once). A store
 * step whose reads get no answer says so, not only "something went wrong".
 */
import { expect } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import { dialogMessages } from '../../src/components/reserve-button/dialog-messages.js';
import { warningsDuring } from '../helpers/console.js';
import { useHandlers } from '../helpers/mock-api.js';
import {
  confirmAnswering,
  holdAndFill,
  mount,
  openDialog,
  part,
  resetReserveState,
  store,
  submit,
  text,
  until,
} from './reserve-button-helpers.js';

beforeEach(resetReserveState);

describe('<aisle-reserve-button> absurd dates and silent stores', () => {
  it('reads a ready time already past as ready now, gives no pick-up-by in 2999, and the hours from today', async () => {
    for (const lang of ['en', 'fr'] as const) {
      resetReserveState();
      useHandlers(
        confirmAnswering(() => ({
          readyAt: '1970-01-01T00:00:00Z',
          pickupBy: '2999-01-01T00:00:00Z',
        })),
      );
      const el = await mount(lang);
      const warned = await warningsDuring(async () => {
        await holdAndFill(el);
        submit(el);
        await until(() => part(el, 'hours'), 'the confirmation and its hours');
      });
      expect(part(el, 'ready-at')!.textContent!.trim()).to.equal(
        dialogMessages[lang].reserveReadyNow,
      );
      expect(part(el, 'pickup-by'), 'no last day in 2999').to.equal(null);
      expect(text(el)).not.to.match(/1970|2999/);
      expect(warned.filter((w) => w.includes('picked up'))).to.have.length(1);
      const today = new Intl.DateTimeFormat(lang, {
        timeZone: store.timezone,
        weekday: 'long',
        day: 'numeric',
        month: 'long',
      }).format(new Date());
      expect(part(el, 'hours')!.querySelector('th')!.textContent!.trim()).to.equal(today);
      el.remove();
    }
  });

  for (const [what, answer, key] of [
    ['no answer', () => HttpResponse.error(), 'reserveStoreUnreachable'],
    [
      'an answer that breaks the contract',
      () => HttpResponse.json({ id: 42 }),
      'reserveStoreFailed',
    ],
  ] as const) {
    it(`says what failed when the store step's reads get ${what}, in English and French`, async () => {
      for (const lang of ['en', 'fr'] as const) {
        resetReserveState();
        useHandlers(http.get(`*/aisle-api/v1/stores/${store.id}`, answer));
        const el = await mount(lang);
        await openDialog(el);
        await until(() => part(el, 'retry'), 'the failure and its retry', 8000);
        expect(part(el, 'error')!.textContent!.trim()).to.equal(dialogMessages[lang][key]);
        el.remove();
      }
    });
  }
});
