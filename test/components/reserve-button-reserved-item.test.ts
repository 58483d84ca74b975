/**
 * The confirmation says what was reserved: quantity × product (the name the button knows, else
 * the SKU), a booked slot as its window (as the store step said the chosen one), and the calendar event
 * says the same; after a reload, what the API's answer has.
 */
import { expect } from '@open-wc/testing';
import sinon from 'sinon';
import { resetClientsForTests } from '../../src/client/shared.js';
import type { AisleReserveButton } from '../../src/components/reserve-button/reserve-button.js';
import { reserveMessages } from '../../src/i18n/messages/reserve.js';
import {
  chooseFirstSlot,
  description,
  mount,
  openDialog,
  openSlotted,
  openToHold,
  parseIcs,
  part,
  resetReserveState,
  SKU,
  store,
  submit,
  type,
  until,
} from './reserve-button-helpers.js';

beforeEach(resetReserveState);

const spaced = (s: string) => s.replace(/\s+/g, ' ').trim();

/** Chooses `n` in the store step's quantity select. */
async function chooseQuantity(el: AisleReserveButton, n: number): Promise<void> {
  const select = part<HTMLSelectElement>(el, 'quantity')!;
  select.value = String(n);
  select.dispatchEvent(new Event('change'));
  await el.updateComplete;
}

/** From the store step: holds, fills the form, confirms, and waits for the confirmation. */
async function holdAndConfirm(el: AisleReserveButton): Promise<void> {
  part<HTMLButtonElement>(el, 'hold')!.click();
  await until(() => part(el, 'form'), 'the contact form');
  type(el, 'name', 'Ada Lovelace');
  type(el, 'email', 'ada@example.com');
  el.shadowRoot!.querySelector<HTMLInputElement>('#terms')!.click();
  await el.updateComplete;
  submit(el);
  await until(() => part(el, 'code'), 'the confirmation');
}

/** The calendar file's logical lines, as "Add to calendar" offers it. */
async function calendarLines(el: AisleReserveButton): Promise<string[]> {
  const create = sinon.stub(URL, 'createObjectURL').returns('blob:test');
  const revoke = sinon.stub(URL, 'revokeObjectURL');
  try {
    part<HTMLButtonElement>(el, 'calendar')!.click();
    return parseIcs(await (create.firstCall.args[0] as Blob).text());
  } finally {
    create.restore();
    revoke.restore();
  }
}

for (const lang of ['en', 'fr'] as const) {
  const m = reserveMessages[lang];

  describe(`<aisle-reserve-button> confirmation: what was reserved (${lang})`, () => {
    it('shows quantity × product, read with the heading and written in the calendar event', async () => {
      const el = await mount(lang);
      await openToHold(el);
      await chooseQuantity(el, 2);
      await holdAndConfirm(el);
      const item = m.reserveItem('Oak chair', 2);
      expect(item).to.match(/^2\s× Oak chair$/);
      expect(spaced(part(el, 'item')?.textContent ?? '')).to.equal(spaced(item));
      expect(description(el, part(el, 'step')!)).to.include(spaced(item));
      const lines = await calendarLines(el);
      const summary = lines.find((l) => l.startsWith('SUMMARY:'))!;
      expect(summary).to.equal(`SUMMARY:${m.reserveCalendarSummary(item, store.name)}`);
      expect(lines.find((l) => l.startsWith('DESCRIPTION:'))).to.include(item);
      await expect(el).to.be.accessible();
    });

    it('shows a booked slot as its window, as the store step said the chosen one', async () => {
      const { el } = await openSlotted(lang);
      await chooseFirstSlot(el);
      const listed = spaced(el.shadowRoot!.querySelector('#slot-hint')!.textContent!);
      expect(listed, 'a window: start and end').to.match(/\d.*–.*\d/);
      await holdAndConfirm(el);
      expect(spaced(part(el, 'ready-at')!.textContent!)).to.equal(
        spaced(m.reserveSlotBooked(listed)),
      );
      // No product name on this button: its SKU, with the quantity.
      expect(spaced(part(el, 'item')?.textContent ?? '')).to.equal(spaced(m.reserveItem(SKU, 1)));
    });
  });
}

describe('<aisle-reserve-button> confirmation after a reload: what was reserved', () => {
  it('shows the quantity the API answers with, and the product name the button has', async () => {
    const first = await mount();
    await openToHold(first);
    await chooseQuantity(first, 2);
    await holdAndConfirm(first);
    first.remove();
    resetClientsForTests(); // a reload: nothing in memory but what the tab kept
    const el = await mount();
    await until(() => part(el, 'button')?.textContent?.includes('View'), 'the kept reservation');
    await openDialog(el);
    await until(() => part(el, 'code'), 'the confirmation');
    expect(spaced(part(el, 'item')?.textContent ?? '')).to.equal('2 × Oak chair');
  });
});
