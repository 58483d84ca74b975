/**
 * Forced colours (Windows High Contrast) paint every button's text alike and drop colours: the
 * picker's stores, buttons without a border told apart only by the link colour of their name,
 * would read as plain text. Read from the picker's own style sheets (the test browsers cannot
 * force colours).
 */
import { expect, fixture, html } from '@open-wc/testing';
import { resetClientsForTests } from '../../src/client/shared.js';
import '../../src/components/stock-badge/define.js';
import type { AisleStockBadge } from '../../src/components/stock-badge/stock-badge.js';
import { myStore, STORAGE_KEY } from '../../src/state/my-store.js';
import '../helpers/mock-api.js';
import { forcedColorsStyle } from '../helpers/forced-colors.js';
import { waitUntil } from '../helpers/wait.js';

describe('<aisle-store-picker>: forced colours', () => {
  beforeEach(() => {
    resetClientsForTests();
    myStore().set(null, 'none');
    localStorage.removeItem(STORAGE_KEY);
  });

  it('underlines each store’s name, so the choices still read as things to press', async () => {
    const badge = await fixture<AisleStockBadge>(
      html`<aisle-stock-badge sku="AISLE-0001"></aisle-stock-badge>`,
    );
    await badge.updateComplete;
    badge.shadowRoot!.querySelector<HTMLElement>('[part="action"]')!.click();
    const picker = () => badge.shadowRoot!.querySelector('aisle-store-picker')?.shadowRoot;
    await waitUntil(() => picker()?.querySelector('input'), 'no picker', { timeout: 5000 });
    picker()!.querySelector('input')!.value = 'Lyon';
    picker()!.querySelector('form')!.requestSubmit();
    await waitUntil(() => picker()!.querySelector('[part="results"] button'), 'no results', {
      timeout: 5000,
    });
    const choice = picker()!.querySelector('[part="results"] button')!;
    const name = choice.querySelector('.name')!;
    expect(name, 'the store name').to.exist;
    const lines = forcedColorsStyle(picker()!, name).map((s) => s.textDecorationLine);
    expect(lines).to.include('underline');
  });
});
