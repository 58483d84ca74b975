import { expect, fixture, html } from '@open-wc/testing';
import { mountConfigurator, type Configurator } from '../../demo/configurator/form.js';
import '../../src/index.js';
import '../helpers/mock-api.js';

// What the configurator's live regions are given: a screen reader reads a status region again
// when its text node is replaced, even by the same words.

let cfg: Configurator | undefined;
afterEach(() => cfg?.destroy());

function fill(root: HTMLElement, attribute: string, value: string): void {
  const input = root.querySelector<HTMLInputElement>(`#cfg-${attribute}`)!;
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true }));
}

describe('configurator: the error count region', () => {
  it('is left alone while the count stays the same, as the editor types in another field', async () => {
    const root = await fixture<HTMLElement>(html`<div></div>`);
    cfg = mountConfigurator(root, { lang: 'en', copy: async () => {} });
    fill(root, 'sku', '');
    const summary = root.querySelector('#cfg-summary')!;
    expect(summary.getAttribute('role')).to.equal('status');
    expect(summary.textContent).to.equal('Product SKU: required.');
    const changes: MutationRecord[] = [];
    const observer = new MutationObserver((records) => changes.push(...records));
    observer.observe(summary, { childList: true, characterData: true, subtree: true });
    for (const value of ['l', 'ly', 'lyo', 'lyon']) fill(root, 'store', value);
    await Promise.resolve();
    observer.disconnect();
    expect(changes.length, 'the region was rewritten at each keystroke').to.equal(0);
    expect(summary.textContent).to.equal('Product SKU: required.');
    // A change of count is still said.
    fill(root, 'quantity', '0');
    expect(summary.textContent).to.equal('Quantity: between 1 and 999. 2 fields need fixing.');
    fill(root, 'quantity', '1');
    expect(summary.textContent).to.equal('1 field needs fixing.');
    fill(root, 'sku', 'AISLE-0001');
    expect(summary.textContent).to.equal('');
  });
});
