/**
 * Step 2 says what is held, above the form: quantity × product, the store, and the pickup slot as
 * the store step listed it, or without one the pickup promise as the badge says it. Plain text;
 * the step's heading is described by it and by the countdown.
 */
import { expect, fixture, html } from '@open-wc/testing';
import type { AisleReserveButton } from '../../src/components/reserve-button/reserve-button.js';
import { formatPickupPromise } from '../../src/hours/pickup.js';
import { mockApi } from '../../src/mocks/mock-api.js';
import { useHandlers } from '../helpers/mock-api.js';
import {
  SKU,
  availabilityReadyAt,
  chooseFirstSlot,
  mount,
  openAllHours,
  openToHold,
  part,
  resetReserveState,
  store,
  until,
} from './reserve-button-helpers.js';

const PRODUCT = 'Chaussure de randonnée <b>Trek</b>';

const summary = (el: AisleReserveButton) => part(el, 'summary')?.textContent?.trim() ?? '';

describe('<aisle-reserve-button> what is held', () => {
  beforeEach(resetReserveState);

  for (const lang of ['en', 'fr']) {
    it(`says the quantity, product, store and pickup slot above the form (${lang})`, async () => {
      const slotted = mockApi.stores.find((s) => s.pickup.enabled && s.pickup.slots)!;
      mockApi.setStock(SKU, slotted.id, { status: 'in_stock', quantity: 3 });
      const el = await fixture<AisleReserveButton>(
        html`<aisle-reserve-button
          lang=${lang}
          sku=${SKU}
          store=${slotted.id}
          product-name=${PRODUCT}
        ></aisle-reserve-button>`,
      );
      await openToHold(el);
      const quantity = part<HTMLSelectElement>(el, 'quantity')!;
      quantity.value = '2';
      quantity.dispatchEvent(new Event('change'));
      await chooseFirstSlot(el);
      // The chosen slot in full, as the hint under the select says it (the option has its times).
      const listed = el.shadowRoot!.querySelector('#slot-hint')!.textContent!.trim();
      const slotTimes = part<HTMLSelectElement>(el, 'slot')!.selectedOptions[0]!.text.trim();
      expect(listed).to.contain(slotTimes);
      part<HTMLButtonElement>(el, 'hold')!.click();
      await until(() => part(el, 'form'), 'the contact form');
      // As the store step said it; the product's name as text, never as markup.
      const times = lang === 'fr' ? '2\u00a0× ' : '2 × '; // as the confirmation writes it
      expect(summary(el)).to.equal(`${times}${PRODUCT}\u00a0· ${slotted.name}\u00a0· ${listed}`);
      expect(part(el, 'summary')!.querySelector('b')).to.equal(null);
      // Above the form, and read with the step's heading.
      const line = part(el, 'summary')!;
      expect(line.compareDocumentPosition(part(el, 'form')!)).to.equal(
        Node.DOCUMENT_POSITION_FOLLOWING,
      );
      const about = part(el, 'step')!.getAttribute('aria-describedby')!.split(' ');
      expect(about).to.include(line.id);
      await expect(el).to.be.accessible();
    });
  }

  it('says when it will be ready when no pickup slot is held', async () => {
    const readyAt = new Date(Date.now() + 2 * 3_600_000);
    readyAt.setSeconds(0, 0);
    useHandlers(openAllHours(store), availabilityReadyAt(store.id, readyAt.toISOString(), 5));
    const el = await mount();
    (await openToHold(el)).click();
    await until(() => part(el, 'form'), 'the contact form');
    const promise = formatPickupPromise({ readyAt }, 'en', store.timezone, new Date());
    expect(summary(el)).to.equal(`1 × Oak chair\u00a0· ${store.name}\u00a0· ${promise}`);
  });
});
