/**
 * A confirmation whose pick-up-by time has already passed as it arrives (a lying or misconfigured
 * API, a device clock far ahead): the reservation exists, so it shows, code and times included,
 * with a warning to contact the store, said with the step's heading.
 */
import { expect } from '@open-wc/testing';
import { dialogMessages } from '../../src/components/reserve-button/dialog-messages.js';
import { useHandlers } from '../helpers/mock-api.js';
import {
  confirmAnswering,
  description,
  holdAndFill,
  mount,
  part,
  resetReserveState,
  submit,
  text,
  until,
} from './reserve-button-helpers.js';

beforeEach(resetReserveState);

const hours = (h: number) => new Date(Date.now() + h * 3_600_000).toISOString();

describe('<aisle-reserve-button> a confirmation whose pick-up-by time has passed', () => {
  for (const lang of ['en', 'fr'] as const) {
    const msg = dialogMessages[lang];

    it(`shows the reservation with a warning to contact the store (${lang})`, async () => {
      // Ready three hours ago, to pick up by an hour ago.
      useHandlers(confirmAnswering(() => ({ readyAt: hours(-3), pickupBy: hours(-1) })));
      const el = await mount(lang);
      await holdAndFill(el);
      let said = '';
      el.shadowRoot!.addEventListener('focusin', (e) => {
        const heading = e.target as Element;
        if (heading === part(el, 'step')) said = description(el, heading);
      });
      submit(el);
      await until(() => el.step === 'confirmed' && part(el, 'qr'), 'the confirmation');
      await until(() => said, 'the focus on the described heading');
      expect(part(el, 'code')!.textContent!.trim()).to.have.length.above(0);
      expect(part(el, 'pickup-by'), 'the time the API gave, as given').to.exist;
      // Before: shown as any confirmation, "Pick up by" a time already gone, no word about it.
      expect(part(el, 'error')?.textContent?.trim()).to.equal(msg.reservePickupPassed);
      expect(said).to.include(msg.reservePickupPassed);
      await expect(el).to.be.accessible();
    });
  }

  it('says nothing of the kind when the pick-up-by time is still to come', async () => {
    useHandlers(confirmAnswering(() => ({ readyAt: hours(-3), pickupBy: hours(1) })));
    const el = await mount();
    await holdAndFill(el);
    submit(el);
    await until(() => el.step === 'confirmed' && part(el, 'qr'), 'the confirmation');
    expect(part(el, 'pickup-by')).to.exist;
    expect(part(el, 'error')).to.equal(null);
    expect(text(el)).not.to.include(dialogMessages.en.reservePickupPassed);
  });
});
