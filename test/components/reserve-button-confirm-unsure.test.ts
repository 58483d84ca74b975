/**
 * A confirm that failed in a way the server may still have carried out (a 5xx, a 2xx answer that
 * cannot be read) says the hold is kept and that trying again will not reserve twice; one the
 * server refused outright asks to try again.
 */
import { expect } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import { en } from '../../src/i18n/messages/en.js';
import { fr } from '../../src/i18n/messages/fr.js';
import { mockApi } from '../../src/mocks/mock-api.js';
import { useHandlers } from '../helpers/mock-api.js';
import {
  errorNotice,
  holdAndFill,
  mount,
  part,
  resetReserveState,
  submit,
  until,
} from './reserve-button-helpers.js';

beforeEach(resetReserveState);

describe('<aisle-reserve-button> a confirm whose outcome is unknown', () => {
  for (const [lang, msg] of [
    ['en', en],
    ['fr', fr],
  ] as const) {
    it(`an unreadable answer says the hold is kept, and trying again reserves once (${lang})`, async () => {
      const el = await mount(lang);
      await holdAndFill(el);
      mockApi.setScenario({ invalidSchema: true, only: 'confirmHold', times: 1 });
      submit(el);
      await until(() => errorNotice(el), 'the failure');
      // Before: "We could not confirm your reservation. Please try again.", though the server had
      // most likely made it.
      expect(errorNotice(el)).to.equal(msg.reserveConfirmUnsure);
      submit(el);
      await until(() => part(el, 'code'), 'the confirmation');
      expect(mockApi.stats().reservationsConfirmed).to.equal(1);
    });
  }

  it('a 502 says the same', async () => {
    const el = await mount();
    await holdAndFill(el);
    useHandlers(
      http.post(
        '*/aisle-api/v1/holds/:id/confirm',
        () => new HttpResponse('Bad gateway', { status: 502 }),
      ),
    );
    submit(el);
    await until(() => errorNotice(el), 'the failure');
    expect(errorNotice(el)).to.equal(en.reserveConfirmUnsure);
  });

  it('a refusal the server made (400) asks to try again, and promises nothing', async () => {
    const el = await mount();
    await holdAndFill(el);
    useHandlers(
      http.post('*/aisle-api/v1/holds/:id/confirm', () =>
        HttpResponse.json(
          { title: 'Bad request', status: 400, code: 'validation_failed' },
          { status: 400, headers: { 'Content-Type': 'application/problem+json' } },
        ),
      ),
    );
    submit(el);
    await until(() => errorNotice(el), 'the failure');
    expect(errorNotice(el)).to.equal(en.reserveConfirmFailed);
  });
});
