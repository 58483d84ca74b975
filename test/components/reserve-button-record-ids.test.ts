/**
 * Reservation ids and codes are whatever the API gives (the contract only asks for a non-empty
 * string): one kept for the session is shown again after a reload, never forgotten for its form.
 */
import { getResponse, http, HttpResponse } from 'msw';
import { resetClientsForTests } from '../../src/client/shared.js';
import { mockApi } from '../../src/mocks/mock-api.js';
import { useHandlers } from '../helpers/mock-api.js';
import {
  holdAndFill,
  mount,
  part,
  resetReserveState,
  submit,
  until,
} from './reserve-button-helpers.js';

const cases = {
  'a 300-character id': { id: `r_${'k'.repeat(298)}` },
  'a code with a quote': { code: `K7P'4Q2` },
};

describe('<aisle-reserve-button> reservation ids and codes the contract allows', () => {
  beforeEach(resetReserveState);

  for (const [what, change] of Object.entries(cases)) {
    it(`shows a reservation with ${what} again after a reload`, async () => {
      let made: Record<string, unknown> | undefined;
      useHandlers(
        http.post('*/aisle-api/v1/holds/:holdId/confirm', async ({ request }) => {
          const answer = (await getResponse(mockApi.handlers, request))!;
          made = { ...((await answer.json()) as Record<string, unknown>), ...change };
          return HttpResponse.json(made, { status: 201 });
        }),
        http.get('*/aisle-api/v1/reservations/:id', ({ params }) =>
          made && params.id === made.id ? HttpResponse.json(made) : undefined,
        ),
      );
      const el = await mount();
      await holdAndFill(el);
      submit(el);
      await until(() => part(el, 'code'), 'the confirmation');
      el.remove();
      resetClientsForTests();
      const again = await mount();
      await until(() => again.step === 'confirmed', 'the reservation shown again after the reload');
    });
  }
});
