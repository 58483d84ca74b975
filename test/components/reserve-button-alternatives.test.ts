/**
 * The store step's "other stores" list: a store whose line wraps keeps its bullet beside its
 * first line, where the list item begins.
 */
import { expect } from '@open-wc/testing';
import { mockApi } from '../../src/mocks/mock-api.js';
import { mount, part, resetReserveState, SKU, store, until } from './reserve-button-helpers.js';

beforeEach(resetReserveState);

describe('<aisle-reserve-button> other stores', () => {
  it('keeps the bullet of a wrapped store name beside its first line', async () => {
    mockApi.setStock(SKU, store.id, { status: 'out_of_stock', quantity: 0 });
    const el = await mount();
    part<HTMLButtonElement>(el, 'button')!.click();
    await until(() => part(el, 'alternative'), 'the other stores');
    const dialog = el.shadowRoot!.querySelector('dialog')!;
    dialog.style.width = '14rem'; // a narrow phone, or a large text size
    const button = part<HTMLButtonElement>(el, 'alternative')!;
    const li = button.closest('li')!;
    const label = [...button.childNodes].find((n) => n instanceof Text && n.data.trim())!;
    const range = document.createRange();
    range.selectNodeContents(label);
    const lines = [...range.getClientRects()].filter((r) => r.width > 0);
    const first = lines[0]!;
    expect(lines.at(-1)!.top, 'the name wraps').to.be.greaterThan(first.bottom - 1);
    // The list marker sits on the baseline of the item's first line box, as does a text probe put
    // at the item's start (a ::marker has no box of its own to measure).
    const probe = document.createElement('span');
    probe.textContent = '\u200b';
    li.prepend(probe);
    try {
      const bullet = probe.getBoundingClientRect();
      expect(bullet.bottom, 'the bullet is not below the first line').to.be.greaterThan(first.top);
      expect(bullet.top, 'the bullet is not below the first line').to.be.lessThan(first.bottom);
    } finally {
      probe.remove();
    }
  });
});
