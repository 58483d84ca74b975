import { expect } from '@open-wc/testing';
import { fill, mount, root } from './configurator-harness.js';

// What the configurator's live regions are given: a screen reader reads a status region again
// when its text node is replaced, even by the same words.

describe('configurator: the error count region', () => {
  it('is left alone while the count stays the same, as the editor types in another field', async () => {
    await mount();
    fill('sku', '');
    const summary = root.querySelector('#cfg-summary')!;
    expect(summary.getAttribute('role')).to.equal('status');
    expect(summary.textContent).to.equal('Product SKU: required.');
    const changes: MutationRecord[] = [];
    const observer = new MutationObserver((records) => changes.push(...records));
    observer.observe(summary, { childList: true, characterData: true, subtree: true });
    for (const value of ['l', 'ly', 'lyo', 'lyon']) fill('store', value);
    await Promise.resolve();
    observer.disconnect();
    expect(changes.length, 'the region was rewritten at each keystroke').to.equal(0);
    expect(summary.textContent).to.equal('Product SKU: required.');
    // A change of count is still said.
    fill('quantity', '0');
    expect(summary.textContent).to.equal('Quantity: between 1 and 999. 2 fields need fixing.');
    fill('quantity', '1');
    expect(summary.textContent).to.equal('1 field needs fixing.');
    fill('sku', 'AISLE-0001');
    expect(summary.textContent).to.equal('');
  });
});
