/**
 * The pickup slot select on a phone (WCAG 1.4.10 Reflow): the slots are grouped by day and each
 * option says only its times, so the chosen one fits the closed select at 320 px (with its day,
 * "Monday, December 7, 1:0" was cut off); the hint under it says the chosen slot in full, and is
 * the select's description.
 */
import { expect } from '@open-wc/testing';
import type { Store } from '../../src/client/types.js';
import { mockApi } from '../../src/mocks/mock-api.js';
import { setViewport } from '@web/test-runner-commands';
import {
  chooseFirstSlot,
  openSlotted,
  part,
  resetReserveState,
  until,
} from './reserve-button-helpers.js';

/** A store with slots whose zone is not the device's at the moment. */
function away(): Store {
  const offset = (timeZone: string) =>
    new Intl.DateTimeFormat('en', { timeZone, timeZoneName: 'longOffset' }).format(new Date());
  const device = offset(Intl.DateTimeFormat().resolvedOptions().timeZone);
  return mockApi.stores.find(
    (s) => s.pickup.enabled && s.pickup.slots && offset(s.timezone) !== device,
  )!;
}

/** The width `text` takes in `select`'s font, against the room its closed box leaves for it. */
function fits(select: HTMLSelectElement, text: string): { width: number; room: number } {
  const style = getComputedStyle(select);
  const context = document.createElement('canvas').getContext('2d')!;
  context.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
  const arrow = 24; // the drop-down arrow, as Chromium and Firefox draw it at 16 px
  const padding = parseFloat(style.paddingLeft) + parseFloat(style.paddingRight);
  return { width: context.measureText(text).width, room: select.clientWidth - padding - arrow };
}

describe('<aisle-reserve-button> the pickup slot select on a phone', () => {
  beforeEach(resetReserveState);
  after(() => setViewport({ width: 800, height: 600 }));

  for (const lang of ['en', 'fr']) {
    it(`fits the chosen slot in the closed select at 320 px and says it in full (${lang})`, async () => {
      await setViewport({ width: 320, height: 640 });
      // A store in another zone than the device's: the longest labels (the zone is named).
      const { el } = await openSlotted(lang, away());
      await until(() => part(el, 'slot'), 'the slots');
      const select = part<HTMLSelectElement>(el, 'slot')!;
      const days = [...select.querySelectorAll('optgroup')].map((g) => g.label);
      expect(days, 'one group per day').to.have.length.greaterThan(0);
      expect(new Set(days).size).to.equal(days.length);
      const { chosen } = await chooseFirstSlot(el);
      const option = [...select.options].find((o) => o.value === chosen)!;
      const times = option.text.trim();
      const day = (option.parentElement as HTMLOptGroupElement).label;
      expect(day, 'the store’s zone named').to.match(/ \(?(GMT|UTC)[-+−]\d+\)?$|[A-Z]{3,4}\)?$/);
      const { width, room } = fits(select, times);
      expect(width, `"${times}" in ${room} px`).to.be.at.most(room);
      const hint = el.shadowRoot!.querySelector('#slot-hint')!;
      // In full: the day, the times, and the zone the day's label names.
      const zone = / \(?[^ ]+\)?$/.exec(day)![0];
      expect(hint.textContent!.trim()).to.equal(`${day.slice(0, -zone.length)}, ${times}${zone}`);
      expect(select.getAttribute('aria-describedby')).to.equal('slot-hint');
      const dialog = el.shadowRoot!.querySelector('dialog')!;
      expect(dialog.scrollWidth, 'no sideways scroll').to.be.at.most(dialog.clientWidth);
      // "As soon as it is ready": no slot to describe.
      select.value = '';
      select.dispatchEvent(new Event('change'));
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('#slot-hint')).to.equal(null);
      expect(select.hasAttribute('aria-describedby')).to.equal(false);
    });
  }
});
