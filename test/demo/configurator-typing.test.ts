/**
 * What a screen reader user hears and everyone sees while typing: the status region names the
 * field being fixed and its own error, once; the preview keeps the last valid settings, dimmed and
 * out of reach, instead of blanking at every in-between keystroke.
 */
import { expect } from '@open-wc/testing';
import { UI } from '../../demo/configurator/text.js';
import { frenchSpacingFaults } from '../helpers/french.js';
import { useStylesheet } from '../helpers/stylesheet.js';
import { fill, mount, root } from './configurator-harness.js';

useStylesheet('/demo/configurator/configurator.css');

const summary = () => root.querySelector('#cfg-summary')!.textContent;
const box = () => root.querySelector<HTMLElement>('#cfg-preview')!;
const copyDisabled = () => root.querySelector<HTMLButtonElement>('#cfg-copy')!.disabled;

describe('configurator: the status region names the field and its error', () => {
  it('English: the field being typed in, once, then the count of the others', async () => {
    await mount();
    fill('quantity', 'abc');
    expect(summary()).to.equal('Quantity: enter a whole number.');
    const changes: MutationRecord[] = [];
    const observer = new MutationObserver((records) => changes.push(...records));
    observer.observe(root.querySelector('#cfg-summary')!, {
      childList: true,
      characterData: true,
      subtree: true,
    });
    fill('quantity', 'abcd');
    fill('quantity', 'abcde');
    await Promise.resolve();
    observer.disconnect();
    expect(changes.length, 'the same message was given again at each keystroke').to.equal(0);

    fill('sku', '');
    expect(summary()).to.equal('Product SKU: required. 2 fields need fixing.');
    // Typing in a valid field keeps what is said about the field still to fix.
    fill('store', 'lyon');
    expect(summary()).to.equal('Product SKU: required. 2 fields need fixing.');
    fill('sku', 'AISLE-0066');
    expect(summary()).to.equal('1 field needs fixing.');
    fill('quantity', '1');
    expect(summary()).to.equal('');
  });

  it('French, with its spacing, and the script address by its label', async () => {
    await mount('fr');
    fill('quantity', '0');
    expect(summary()).to.equal('Quantité\u00a0: entre 1 et 999.');
    fill('script', 'ftp://x');
    const said = summary()!;
    expect(said).to.match(/^Adresse du script Aisle\u00a0: saisissez une URL https/);
    expect(said).to.contain('2 champs à corriger.');
    expect(frenchSpacingFaults([['summary', said]])).to.deep.equal([]);
  });
});

describe('configurator: the preview while a field is invalid', () => {
  it('keeps the last valid element, dimmed and inert, with a note; copy stays disabled', async () => {
    await mount();
    fill('quantity', '2');
    const badge = box().querySelector('aisle-stock-badge')!;
    expect(badge.getAttribute('quantity')).to.equal('2');

    fill('quantity', '2x');
    // Booleans: chai printing an element that differs can take minutes.
    expect(box().querySelector('aisle-stock-badge') === badge, 'the preview was replaced').to.equal(
      true,
    );
    expect(!!badge.closest('[inert]'), 'the old preview is marked as not current').to.equal(true);
    expect(box().textContent).to.contain(UI.en.previewStale);
    expect(box().textContent).not.to.contain(UI.en.previewInvalid);
    expect(copyDisabled()).to.equal(true);
    expect(getComputedStyle(badge.closest('[inert]')!).opacity).not.to.equal('1');

    fill('quantity', '3');
    const fresh = box().querySelector('aisle-stock-badge')!;
    expect(fresh.getAttribute('quantity')).to.equal('3');
    expect(!!fresh.closest('[inert]')).to.equal(false);
    expect(box().textContent).not.to.contain(UI.en.previewStale);
    expect(copyDisabled()).to.equal(false);

    // With no valid preview yet (another element, an invalid SKU), it says when one will appear.
    root.querySelector<HTMLInputElement>('#cfg-element-aisle-reserve-button')!.click();
    fill('sku', '');
    root.querySelector<HTMLInputElement>('#cfg-element-aisle-stock-badge')!.click();
    root.querySelector<HTMLInputElement>('#cfg-element-aisle-reserve-button')!.click();
    expect(box().textContent).to.equal(UI.en.previewInvalid);
  });

  it('typing "48.8566,2.3522" into "Start near" never blanks the locator preview', async () => {
    await mount();
    root.querySelector<HTMLInputElement>('#cfg-element-aisle-store-locator')!.click();
    root.querySelector<HTMLInputElement>('#cfg-no-map')!.click();
    const value = '48.8566,2.3522';
    for (let i = 1; i <= value.length; i += 1) {
      fill('near', value.slice(0, i));
      expect(!!box().querySelector('aisle-store-locator'), value.slice(0, i)).to.equal(true);
    }
    expect(box().querySelector('aisle-store-locator')!.getAttribute('near')).to.equal(value);
  });
});
