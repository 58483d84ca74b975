import { expect } from '@open-wc/testing';

/**
 * The demo pages' event logs are for developers: a screen reader must not read
 * "aisle-store-change: …" over what the element itself says (after "Make this my store" the
 * locator moves the focus to the card's "My store" mark).
 */
describe('demo pages: event logs stay silent', () => {
  for (const page of ['locator', 'product']) {
    it(`${page}.html: its event log is not a live region`, async () => {
      const doc = new DOMParser().parseFromString(
        await (await fetch(`/demo/${page}.html`)).text(),
        'text/html',
      );
      const log = doc.querySelector('#log, #events');
      expect(log, 'no event log').to.not.equal(null);
      // role="log" is a polite live region unless aria-live says otherwise.
      expect(log!.getAttribute('aria-live')).to.equal('off');
    });
  }
});
