import { expect } from '@open-wc/testing';
import {
  holdAndFill,
  mount,
  part,
  resetReserveState,
  submit,
  until,
} from './reserve-button-helpers.js';
import type { AisleReserveButton } from '../../src/components/reserve-button/reserve-button.js';

beforeEach(resetReserveState);

/** Opens, holds, confirms and waits for the confirmation's hours table. */
async function confirmed(lang: string): Promise<AisleReserveButton> {
  const el = await mount(lang);
  await holdAndFill(el);
  submit(el);
  await until(() => part(el, 'hours')?.querySelector('td'), 'the hours table');
  return el;
}

describe('<aisle-reserve-button> confirmation: the hours table', () => {
  it('capitalises only the first letter of each day: "Samedi 5 décembre", not "Décembre"', async () => {
    const el = await confirmed('fr');
    const days = [...part(el, 'hours')!.querySelectorAll('th')];
    expect(days.length).to.be.greaterThan(0);
    for (const th of days) {
      // innerText is what is drawn (text-transform applied), as a reader would copy it.
      const words = th.innerText.trim().split(/\s+/);
      expect(words.slice(1).join(' '), th.innerText).to.match(/^\d+(?:er)? [a-zéû]+$/);
      expect(getComputedStyle(th, '::first-letter').textTransform).to.equal('uppercase');
    }
  });
});
