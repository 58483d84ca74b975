/**
 * "More time" against the hold's clock, and an extend answer that leaves out the optional
 * `slotId`: the hold given more time is kept, and a released hold never comes back.
 */
import { expect } from '@open-wc/testing';
import { getResponse, http, HttpResponse } from 'msw';
import { mockApi } from '../../src/mocks/mock-api.js';
import type { Hold } from '../../src/client/types.js';
import { requests, useHandlers } from '../helpers/mock-api.js';
import {
  fakeClock,
  mount,
  openToHold,
  part,
  resetReserveState,
  store,
  until,
} from './reserve-button-helpers.js';

const MINUTES = store.pickup.holdMinutes;

describe('<aisle-reserve-button> review: more time vs the clock', () => {
  beforeEach(resetReserveState);

  for (const answer of ['extended', 'no answer'] as const) {
    it(`a clock running out while "More time" is on its way waits for its answer (${answer})`, async () => {
      let open!: () => void;
      const gate = new Promise<void>((r) => (open = r));
      let held: Hold | undefined;
      useHandlers(
        http.post('*/aisle-api/v1/holds/:holdId/extend', async () => {
          await gate;
          if (answer === 'no answer') return HttpResponse.error();
          // The server gave the time; its answer is slow.
          return HttpResponse.json({
            ...held!,
            expiresAt: new Date(Date.now() + MINUTES * 60_000).toISOString(),
          });
        }),
      );
      const el = await mount();
      el.addEventListener('aisle-hold-created', (e) => (held = e.detail.hold));
      const hold = await openToHold(el);
      const clock = fakeClock();
      const deletes = () =>
        requests.filter(
          (r) => r.method === 'DELETE' && held && r.url.endsWith(`/holds/${held.id}`),
        );
      try {
        hold.click();
        await until(() => part(el, 'more-time'), '"More time"');
        clock.tick(MINUTES * 60_000 - 3_000); // three seconds left
        part<HTMLButtonElement>(el, 'more-time')!.click(); // the shopper asks for more time
        clock.tick(4_000); // the clock runs out while that answer is on its way
        await el.updateComplete;
        // Before the fix: expired at once, the hold released (DELETE) while the server may be
        // extending it, then the late answer put the released hold back on the contact step.
        expect(el.step, 'waiting for the answer').to.equal('contact');
        expect(deletes(), 'nothing released before the answer').to.have.length(0);
        open();
        if (answer === 'extended') {
          await until(
            () => part(el, 'countdown')?.textContent?.includes(`${MINUTES}:00`),
            'more time',
          );
          expect(el.step).to.equal('contact');
          expect(deletes()).to.have.length(0);
          el.remove(); // its hold is given back now, not during the next test (same mock ids)
          clock.tick(0); // a removal is decided a task later (a timer: put back by then, kept)
          await until(() => deletes().length === 1, 'the hold released');
        } else {
          await until(() => el.step === 'expired', 'the expired step');
          await until(() => deletes().length === 1, 'the hold released');
          await until(() => false, 'a settle', 300).catch(() => undefined);
          expect(el.step, 'the released hold is not offered again').to.equal('expired');
        }
      } finally {
        clock.restore();
      }
    });
  }
});

describe('<aisle-reserve-button> review: the extend answer', () => {
  beforeEach(resetReserveState);

  it('gives more time when the extend answer leaves out the optional slotId', async () => {
    const el = await mount();
    let created: Hold | undefined;
    useHandlers(
      // The create answer names the slot, the extend answer does not (both allowed: slotId is optional).
      http.post('*/aisle-api/v1/holds', async ({ request }) => {
        const answer = (await getResponse(mockApi.handlers, request))!;
        created = { ...((await answer.json()) as Hold), slotId: 'slot-1' };
        return HttpResponse.json(created, { status: 201 });
      }),
    );
    (await openToHold(el)).click();
    await until(() => part(el, 'more-time'), '"More time"');
    part<HTMLButtonElement>(el, 'more-time')!.click();
    await until(() => mockApi.stats().holdsExtended === 1, 'the extension made on the server');
    await until(() => part(el, 'more-time')?.getAttribute('aria-disabled') === 'false', 'idle');
    expect(part(el, 'error')?.textContent ?? '', 'no failure said').to.equal('');
  });
});
