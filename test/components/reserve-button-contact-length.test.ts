/** A name too long for the form: the message says the limit, in the shopper's language. */
import { expect } from '@open-wc/testing';
import {
  mount,
  openToHold,
  part,
  resetReserveState,
  submit,
  type,
  until,
} from './reserve-button-helpers.js';

describe('<aisle-reserve-button> a name too long', () => {
  beforeEach(resetReserveState);

  for (const [lang, said] of [
    ['en', 'Use at most 100 characters'],
    ['fr', '100\u00a0caractères au maximum'],
  ] as const) {
    it(`says the limit, tied to the field (${lang})`, async () => {
      const el = await mount(lang);
      (await openToHold(el)).click();
      await until(() => part(el, 'form'), 'the contact form');
      type(el, 'name', 'Ada '.repeat(30));
      submit(el);
      const input = el.shadowRoot!.querySelector<HTMLInputElement>('#name')!;
      await until(() => input.getAttribute('aria-invalid') === 'true', 'the field marked');
      expect(input.getAttribute('aria-describedby')).to.contain('name-error');
      const error = el.shadowRoot!.getElementById('name-error')!;
      expect(error.textContent!.trim()).to.equal(said);
    });
  }
});
