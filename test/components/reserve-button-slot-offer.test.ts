/**
 * Pickup slots in the store step: offered where the store has them and held as chosen, written as
 * the store hours are in French, and none before the order can be ready.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import type { AisleReserveButton } from '../../src/components/reserve-button/reserve-button.js';
import { mockApi } from '../../src/mocks/mock-api.js';
import { useHandlers } from '../helpers/mock-api.js';
import {
  availabilityReadyAt,
  openAllHours,
  openToHold,
  part,
  posts,
  resetReserveState,
  SKU,
  until,
} from './reserve-button-helpers.js';

beforeEach(resetReserveState);

describe('<aisle-reserve-button> pickup slots offered', () => {
  it('offers pickup slots where the store has them, and holds the one chosen', async () => {
    const slotted = mockApi.stores.find((s) => s.pickup.enabled && s.pickup.slots)!;
    mockApi.setStock(SKU, slotted.id, { status: 'in_stock', quantity: 3 });
    const el = await fixture<AisleReserveButton>(
      html`<aisle-reserve-button
        sku=${SKU}
        store=${slotted.id}
        quantity="9"
      ></aisle-reserve-button>`,
    );
    const hold = await openToHold(el);
    const quantity = part<HTMLSelectElement>(el, 'quantity')!;
    expect([...quantity.options].map((o) => o.value)).to.deep.equal(['1', '2', '3']);
    const slot = part<HTMLSelectElement>(el, 'slot')!;
    expect(slot.options.length).to.be.greaterThan(1);
    slot.value = slot.options[1]!.value;
    slot.dispatchEvent(new Event('change'));
    await el.updateComplete;
    await expect(el).to.be.accessible();
    hold.click();
    await until(() => part(el, 'form'), 'the form');
    const body = (await posts(/\/holds$/)[0]!
      .clone()
      .json()) as Record<string, unknown>;
    expect(body.slotId).to.equal(slot.options[1]!.value);
    expect(body.quantity).to.equal(3);
  });

  it('writes French slot times as the store hours do ("10 h 30 – 11 h 30")', async () => {
    const slotted = mockApi.stores.find((s) => s.pickup.enabled && s.pickup.slots)!;
    mockApi.setStock(SKU, slotted.id, { status: 'in_stock', quantity: 3 });
    const el = await fixture<AisleReserveButton>(
      html`<aisle-reserve-button lang="fr" sku=${SKU} store=${slotted.id}></aisle-reserve-button>`,
    );
    await openToHold(el);
    const labels = [...part<HTMLSelectElement>(el, 'slot')!.options].slice(1).map((o) => o.text);
    expect(labels.length).to.be.greaterThan(0);
    for (const label of labels) expect(label).to.match(/\d{1,2}\sh\s\d{2}\s–\s\d{1,2}\sh\s\d{2}$/u);
  });

  it('offers no slot that starts before the API says the order can be ready', async () => {
    const slotted = mockApi.stores.find((s) => s.pickup.enabled && s.pickup.slots)!;
    const hour = 3_600_000;
    const base = Math.ceil(Date.now() / hour) * hour;
    const slots = [1, 2, 3, 4, 5].map((h) => ({
      id: `slot_${h}`,
      start: new Date(base + h * hour).toISOString(),
      end: new Date(base + (h + 1) * hour).toISOString(),
      remaining: 3,
    }));
    const ready = new Date(base + 2.5 * hour).toISOString();
    useHandlers(
      availabilityReadyAt(slotted.id, ready, 4),
      openAllHours(slotted), // the hours' own promise ("now") never later than the API's
      http.get('*/aisle-api/v1/stores/:id/slots', () => HttpResponse.json({ slots })),
    );
    const el = await fixture<AisleReserveButton>(
      html`<aisle-reserve-button sku=${SKU} store=${slotted.id}></aisle-reserve-button>`,
    );
    await openToHold(el);
    const offered = [...part<HTMLSelectElement>(el, 'slot')!.options].map((o) => o.value);
    expect(offered.filter((v) => v.startsWith('slot_'))).to.deep.equal([
      'slot_3',
      'slot_4',
      'slot_5',
    ]);
  });
});
