/**
 * The store picker's code loads when the shopper opens it (from the badge or the reserve dialog).
 * When that load fails, the shopper reads why and can try again; nothing is left blank. The picker
 * is defined once per page, so this file runs in its own page (wtr gives each file one) and only
 * its last test lets the load succeed.
 */
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { waitUntil } from '../helpers/wait.js';
import { resetClientsForTests } from '../../src/client/shared.js';
import '../../src/components/stock-badge/define.js';
import type { AisleStockBadge } from '../../src/components/stock-badge/stock-badge.js';
import { setPickerLoaderForTests } from '../../src/components/store-picker/picker-loader.js';
import { en } from '../../src/i18n/messages/en.js';
import { fr } from '../../src/i18n/messages/fr.js';
import { myStore } from '../../src/state/my-store.js';
import '../helpers/mock-api.js';
import { openDialog, part, SKU, store, text, until } from './reserve-button-helpers.js';
import type { AisleReserveButton } from '../../src/components/reserve-button/reserve-button.js';

const offline = () => Promise.reject(new TypeError('Failed to fetch dynamically imported module'));

/** The text a shopper sees in the picker's place (its stand-in, while it is not defined). */
function pickerText(root: ShadowRoot): string {
  return (root.querySelector('aisle-store-picker')?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

beforeEach(() => {
  resetClientsForTests();
  myStore().set(null, 'none');
});
afterEach(() => setPickerLoaderForTests());

describe('the store picker’s code fails to load', () => {
  it('in the reserve dialog, says so and offers to try again', async () => {
    setPickerLoaderForTests(offline);
    // A given store (other test pages may share a shopper's store through the tabs' channel).
    const el = await fixture<AisleReserveButton>(
      html`<aisle-reserve-button lang="fr" sku=${SKU} store=${store.id}></aisle-reserve-button>`,
    );
    const errors: string[] = [];
    el.addEventListener('aisle-error', (e) => errors.push(e.detail.code));
    await openDialog(el);
    await until(() => part(el, 'change-store'), 'the store step');
    expect(errors, 'no picker on screen: nothing to load, nothing failed').to.deep.equal([]);
    part<HTMLButtonElement>(el, 'change-store')!.click(); // "Change store" shows the picker
    expect((await oneEvent(el, 'aisle-error')).detail.code).to.equal('load_failed');
    await el.updateComplete;
    expect(text(el)).to.include(fr.pickerLoadFailed);
    const alert = el.shadowRoot!.querySelector('aisle-store-picker [role="alert"]');
    expect(alert?.textContent).to.equal(fr.pickerLoadFailed);
    const retry = el.shadowRoot!.querySelector<HTMLButtonElement>('aisle-store-picker button')!;
    expect(retry.textContent!.trim()).to.equal(fr.retry);
    // Still failing: the second try says so again (and fires again), it does not go blank.
    const again = oneEvent(el, 'aisle-error');
    retry.click();
    await again;
    await el.updateComplete;
    expect(pickerText(el.shadowRoot!)).to.include(fr.pickerLoadFailed);
    expect(customElements.get('aisle-store-picker')).to.equal(undefined);
  });

  it('in the badge, says so, then loads the picker when the shopper tries again', async () => {
    setPickerLoaderForTests(offline);
    const badge = await fixture<AisleStockBadge>(
      html`<aisle-stock-badge sku="AISLE-0001"></aisle-stock-badge>`,
    );
    const root = badge.shadowRoot!;
    const failed = oneEvent(badge, 'aisle-error');
    root.querySelector<HTMLButtonElement>('[part="action"]')!.click();
    await badge.updateComplete;
    // While the code loads, the picker's place says so.
    expect(pickerText(root)).to.equal(en.loading);
    expect((await failed).detail.code).to.equal('load_failed');
    await badge.updateComplete;
    expect(root.querySelector('aisle-store-picker [role="alert"]')?.textContent).to.equal(
      en.pickerLoadFailed,
    );
    await expect(badge).to.be.accessible();

    setPickerLoaderForTests(); // the connection is back
    root.querySelector<HTMLButtonElement>('aisle-store-picker button')!.click();
    await badge.updateComplete;
    expect(pickerText(root)).to.equal(en.loading);
    const picker = root.querySelector('aisle-store-picker')!;
    await waitUntil(() => picker.shadowRoot?.querySelector('form'), 'the picker to render');
    // The stand-in is hidden by the picker's own rendering (it has no slot).
    const standIn = picker.querySelector('p')!;
    expect(standIn.getClientRects().length).to.equal(0);
    expect(picker.shadowRoot!.querySelector('input')!.getClientRects().length).to.equal(1);
  });
});
