/**
 * What assistive technology reads keeps the spaces the shopper sees. Chromium's accessibility
 * tree drops a text node holding only white space when it sits against one of the comment
 * markers Lit puts around each `${…}`: `${postcode} ${town}` is shown "69002 Lyon" and read
 * "69002Lyon" (also in a button's or a field's name). These tests read the text as that tree
 * does, so words that run together there fail here in every browser.
 */
import { expect } from '@open-wc/testing';
import { pickerWithResults } from './store-picker-helpers.js';
import { resetClientsForTests } from '../../src/client/shared.js';
import '../../src/components/reserve-button/define.js';
import '../../src/components/store-locator/define.js';
import { myStore, STORAGE_KEY } from '../../src/state/my-store.js';
import {
  holdAndFill,
  mount,
  openToHold,
  part,
  resetReserveState,
  store,
  submit,
  until,
} from './reserve-button-helpers.js';
import { cards, locator, settled } from './store-locator-harness.js';

/** The text of `node` as Chromium's accessibility tree has it (see above). */
function spoken(node: Node): string {
  let out = '';
  const walk = (n: Node) => {
    for (const child of [
      ...n.childNodes,
      ...(n instanceof Element && n.shadowRoot ? [n.shadowRoot] : []),
    ]) {
      if (child.nodeType === Node.TEXT_NODE) {
        const data = (child as Text).data;
        const againstMarker =
          child.previousSibling?.nodeType === Node.COMMENT_NODE ||
          child.nextSibling?.nodeType === Node.COMMENT_NODE;
        if (data.trim() || !againstMarker) out += data;
      } else if (child.nodeName === 'BR') out += '\n';
      else walk(child);
    }
  };
  walk(node);
  return out.replace(/\s+/g, ' ').trim();
}

const postcodeAndTown = (s: { address: { postalCode: string; city: string } }) =>
  `${s.address.postalCode} ${s.address.city}`;

describe('spoken text keeps its spaces', () => {
  beforeEach(() => {
    resetClientsForTests();
    resetReserveState();
  });

  it("a locator card's address", async () => {
    const el = await locator('near="45.764,4.8357" limit="1"');
    await settled(el);
    const address = cards(el)[0]!.querySelector('[part="store-address"]')!;
    expect(spoken(address)).to.match(/ \d{5} \S/);
  });

  it('the reserve dialog: the store, the optional field, the confirmation', async () => {
    const el = await mount();
    await openToHold(el);
    expect(spoken(part(el, 'store')!)).to.include(`, ${postcodeAndTown(store)}`);
    await holdAndFill(el);
    const phone = el.shadowRoot!.querySelector('label[for="phone"]')!;
    expect(spoken(phone)).to.equal('Phone (optional)');
    submit(el);
    await until(() => part(el, 'address'), 'the confirmation');
    expect(spoken(part(el, 'address')!)).to.include(postcodeAndTown(store));
  });

  it("the store picker's results", async () => {
    myStore().set(null, 'none');
    localStorage.removeItem(STORAGE_KEY);
    const picker = await pickerWithResults();
    const choice = picker.querySelector('[part="results"] button')!;
    expect(spoken(choice)).to.match(/\d{5} Lyon\b/);
  });
});
