/**
 * A pickup slot that passes while it is held: the shopper is slow on the contact form (or asked
 * for more time), and an order confirmed now could no longer be ready by the slot's start.
 */
import { expect } from '@open-wc/testing';
import { http } from 'msw';
import sinon from 'sinon';
import type { AisleReserveButton } from '../../src/components/reserve-button/reserve-button.js';
import { en } from '../../src/i18n/messages/en.js';
import { fr } from '../../src/i18n/messages/fr.js';
import { mockApi } from '../../src/mocks/mock-api.js';
import { problemResponse } from '../../src/mocks/api/problems.js';
import { useHandlers } from '../helpers/mock-api.js';
import { justInTime, LATE_MS, slottedStore } from '../helpers/slot-time.js';
import {
  chooseFirstSlot,
  nextTask,
  openSlotted,
  part,
  posts,
  resetReserveState,
  submit,
  type,
  until,
} from './reserve-button-helpers.js';

beforeEach(resetReserveState);

const input = (el: AisleReserveButton, id: string) =>
  el.shadowRoot!.querySelector<HTMLInputElement>(`#${id}`)!;

/** Fills in the rest of the form (the name is typed already). */
async function finishForm(el: AisleReserveButton): Promise<void> {
  type(el, 'email', 'ada@example.com');
  input(el, 'terms').click();
  await el.updateComplete;
}

describe('<aisle-reserve-button> a held pickup slot that passes', () => {
  let clock: sinon.SinonFakeTimers | undefined;
  afterEach(() => clock?.restore());

  for (const [lang, msg] of [
    ['en', en],
    ['fr', fr],
  ] as const) {
    it(`says so on the contact step, keeps the form, sends no confirm, and leads back (${lang})`, async () => {
      // The page's minute ticker and the date are fake; the client's own timers are not.
      clock = sinon.useFakeTimers({
        now: Date.UTC(2027, 5, 15, 8, 0),
        toFake: ['setInterval', 'clearInterval', 'Date'],
      });
      const slotted = slottedStore();
      const { slot, at } = await justInTime(slotted);
      clock.setSystemTime(at);
      const { el } = await openSlotted(lang, slotted);
      const { chosen } = await chooseFirstSlot(el);
      expect(chosen, 'the slot just in time').to.equal(slot.id);
      part<HTMLButtonElement>(el, 'hold')!.click();
      await until(() => part(el, 'form'), 'the contact form');
      type(el, 'name', 'Ada Lovelace');
      input(el, 'name').focus();
      expect(part(el, 'more-time'), '"More time" offered').not.to.equal(null);
      // The shopper is slow: four minutes on the form, the minute ticker looks each minute.
      clock.tick(LATE_MS);
      await el.updateComplete;
      const notice = part(el, 'error');
      expect(notice?.getAttribute('role')).to.equal('alert');
      expect(notice!.textContent!.trim()).to.equal(msg.reserveSlotPassed);
      expect(el.step, 'still on the form').to.equal('contact');
      expect(input(el, 'name').value).to.equal('Ada Lovelace');
      expect(el.shadowRoot!.activeElement, 'the focus stays where it was').to.equal(
        input(el, 'name'),
      );
      expect(part(el, 'more-time'), 'no more time for it').to.equal(null);
      await expect(el).to.be.accessible();
      // "Confirm" sends nothing: the way back takes the focus.
      await finishForm(el);
      submit(el);
      const back = part<HTMLButtonElement>(el, 'choose-slot')!;
      expect(back.textContent!.trim()).to.equal(msg.reserveSlotChoose);
      await until(() => el.shadowRoot!.activeElement === back, 'the focus on the way back');
      for (let i = 0; i < 5; i++) await nextTask();
      expect(posts(/\/confirm$/), 'no confirm sent').to.have.length(0);
      expect(el.shadowRoot!.querySelectorAll('[role="alert"]'), 'said once').to.have.length(1);
      // Back to the store step: the hold is given back, the slot is no longer offered.
      back.click();
      await until(() => part(el, 'hold'), 'the store step');
      await until(() => mockApi.stats().holdsReleased === 1, 'the hold given back');
      const select = part<HTMLSelectElement>(el, 'slot');
      expect([...(select?.options ?? [])].map((o) => o.value)).not.to.include(chosen);
      if (select) expect(select.value, 'no slot chosen').to.equal('');
      // The next hold keeps what was typed.
      part<HTMLButtonElement>(el, 'hold')!.click();
      await until(() => part(el, 'form'), 'the contact form again');
      expect(input(el, 'name').value).to.equal('Ada Lovelace');
      expect(part(el, 'error'), 'a new hold: no notice').to.equal(null);
    });
  }

  it('checks on "Confirm" too, between two ticks of the minute', async () => {
    clock = sinon.useFakeTimers({
      now: Date.UTC(2027, 5, 15, 8, 0),
      toFake: ['setInterval', 'clearInterval', 'Date'],
    });
    const slotted = slottedStore();
    const { at } = await justInTime(slotted);
    clock.setSystemTime(at);
    const { el } = await openSlotted('en', slotted);
    await chooseFirstSlot(el);
    part<HTMLButtonElement>(el, 'hold')!.click();
    await until(() => part(el, 'form'), 'the contact form');
    type(el, 'name', 'Ada Lovelace');
    await finishForm(el);
    clock.setSystemTime(Date.now() + LATE_MS); // no tick meanwhile
    submit(el);
    await until(() => part(el, 'choose-slot'), 'the way back');
    expect(part(el, 'error')!.textContent!.trim()).to.equal(en.reserveSlotPassed);
    await until(
      () => el.shadowRoot!.activeElement === part(el, 'choose-slot'),
      'the focus on the way back',
    );
    for (let i = 0; i < 5; i++) await nextTask();
    expect(posts(/\/confirm$/), 'no confirm sent').to.have.length(0);
  });

  it('takes the server’s 409 slot_passed as its own check: nothing confirmed, said, the way back focused', async () => {
    // The server's clock is ahead: it says the slot has passed while the device's has not.
    useHandlers(
      http.post('*/aisle-api/v1/holds/:holdId/confirm', () =>
        problemResponse('slot_passed', undefined, 'en'),
      ),
    );
    const { el } = await openSlotted();
    await chooseFirstSlot(el);
    part<HTMLButtonElement>(el, 'hold')!.click();
    await until(() => part(el, 'form'), 'the contact form');
    type(el, 'name', 'Ada Lovelace');
    await finishForm(el);
    const errors: string[] = [];
    el.addEventListener('aisle-error', (e) => errors.push(e.detail.code));
    submit(el);
    await until(() => part(el, 'choose-slot'), 'the way back');
    expect(part(el, 'error')!.textContent!.trim()).to.equal(en.reserveSlotPassed);
    expect(el.step).to.equal('contact');
    expect(errors).to.deep.equal(['slot_passed']);
    await until(
      () => el.shadowRoot!.activeElement === part(el, 'choose-slot'),
      'the focus on the way back',
    );
    expect(part(el, 'more-time')).to.equal(null);
    // Pressed again, "Confirm" asks nothing more.
    submit(el);
    for (let i = 0; i < 5; i++) await nextTask();
    expect(posts(/\/confirm$/)).to.have.length(1);
    part<HTMLButtonElement>(el, 'choose-slot')!.click();
    await until(() => part(el, 'hold'), 'the store step');
    expect(part(el, 'error'), 'no notice there').to.equal(null);
  });
});
