/**
 * The configurator's warnings about values the mock or a real page cannot serve: the example API
 * address, and store ids and SKUs the mock does not know. Warnings, not errors: the snippet stays.
 */
import { expect } from '@open-wc/testing';
import { mockApi } from '../../src/mocks/mock-api.js';
import { waitUntil } from '../helpers/wait.js';
import { $, cfg, fill, mount, root } from './configurator-harness.js';

const warningOf = (attribute: string) => $(`#cfg-${attribute}-warning`).textContent ?? '';

/** The configured element, as the snippet writes it. */
function snippetElement(): Element {
  const doc = new DOMParser().parseFromString(
    $<HTMLTextAreaElement>('#cfg-snippet').value,
    'text/html',
  );
  return doc.body.lastElementChild!;
}

/** A warning, not an error: tied to its field, which stays valid, and the snippet is there. */
function expectWarningOnly(attribute: string): void {
  expect($(`#cfg-${attribute}`).getAttribute('aria-describedby')).to.contain(
    `cfg-${attribute}-warning`,
  );
  expect($(`#cfg-${attribute}`).getAttribute('aria-invalid')).to.equal('false');
  expect($('#cfg-summary').textContent).to.equal('');
  expect(cfg.snippet).not.to.equal('');
}

describe('configurator: the API address', () => {
  it('warns while it is the example one, and says the mock makes it unused', async () => {
    await mount();
    $('#cfg-element-aisle-config').click();
    expect($('#cfg-api').value).to.equal('https://api.example.com/aisle/v1');
    expect(warningOf('api')).to.equal(
      'This is an example address that serves nothing: replace it with your availability API’s address (or tick "Use the built-in mock API" to try without a back end).',
    );
    expectWarningOnly('api');
    expect(snippetElement().getAttribute('api')).to.equal('https://api.example.com/aisle/v1');

    fill('api', 'https://api.shop.test/aisle/v1');
    expect(warningOf('api')).to.equal('');
    fill('api', '/aisle-api/v1');
    expect(warningOf('api')).to.equal('');

    // With mock, the elements never ask the API (the snippet keeps it): whatever it is, it is unused.
    $('#cfg-mock').click();
    expect(snippetElement().hasAttribute('mock')).to.be.true;
    expect(warningOf('api')).to.contain(
      'Ignored while "Use the built-in mock API" (mock) is ticked',
    );
    fill('api', 'https://www.example.org/v1');
    expect(warningOf('api')).to.contain('Ignored while');
    expectWarningOnly('api');
    fill('api', '');
    expect(warningOf('api')).to.equal('');

    cfg.setLang('fr');
    fill('api', 'https://www.example.org/v1');
    expect(warningOf('api')).to.contain(
      'Ignorée tant que la case «\u00a0Utiliser l’API simulée intégrée\u00a0» (mock) est cochée',
    );
    $('#cfg-mock').click();
    expect(warningOf('api')).to.contain(
      'C’est une adresse d’exemple, qui ne pointe vers aucune API',
    );
  });
});

describe('configurator: store ids and SKUs the mock does not know', () => {
  it('warns on the badge’s store and SKU, and the preview says what the warning foretold', async () => {
    await mount();
    const known = mockApi.stores[0]!.id;
    fill('store', known);
    expect(warningOf('store')).to.equal('');
    expect(warningOf('sku')).to.equal('', 'AISLE-0065 is in the mock');

    fill('store', 'store-does-not-exist');
    expect(warningOf('store')).to.equal(
      'The mock has no store store-does-not-exist: the preview will say it is not known. Keep it if your API has it.',
    );
    expectWarningOnly('store');
    expect(snippetElement().getAttribute('store')).to.equal('store-does-not-exist');
    const badge = root.querySelector('#cfg-preview aisle-stock-badge')!;
    await waitUntil(
      () => badge.shadowRoot?.textContent?.includes('This store is not known'),
      'the preview did not say the store is not known',
    );

    fill('store', known);
    fill('sku', 'NOPE-9999');
    expect(warningOf('store')).to.equal('');
    expect(warningOf('sku')).to.equal(
      'The mock has no product NOPE-9999: the preview will show its stock as unknown. Keep it if your API has it.',
    );
    expectWarningOnly('sku');
    expect(snippetElement().getAttribute('sku')).to.equal('NOPE-9999');

    cfg.setLang('fr');
    expect(warningOf('sku')).to.equal(
      'L’API simulée n’a pas de produit NOPE-9999\u00a0: l’aperçu affichera son stock comme inconnu. Gardez-le si votre API le connaît.',
    );
    fill('store', 'store-does-not-exist');
    expect(warningOf('store')).to.contain(
      'L’API simulée n’a pas de magasin store-does-not-exist\u00a0: l’aperçu dira qu’il est inconnu.',
    );
  });

  it('warns on the reserve button’s, and names each unknown SKU of the locator once', async () => {
    await mount();
    $('#cfg-element-aisle-reserve-button').click();
    fill('sku', 'NOPE-9999');
    fill('store', 'store-does-not-exist');
    expect(warningOf('sku')).to.contain('The mock has no product NOPE-9999');
    expect(warningOf('store')).to.contain('The mock has no store store-does-not-exist');
    expectWarningOnly('store');

    $('#cfg-element-aisle-store-locator').click();
    fill('skus', 'AISLE-0001,NOPE-1, NOPE-2,NOPE-1');
    expect(warningOf('skus')).to.equal(
      'The mock has no products NOPE-1, NOPE-2: the preview will show their stock as unknown. Keep them if your API has them.',
    );
    expectWarningOnly('skus');
    fill('skus', 'AISLE-0001,AISLE-0002');
    expect(warningOf('skus')).to.equal('');
  });
});
