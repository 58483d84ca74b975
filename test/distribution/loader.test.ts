import { expect } from '@open-wc/testing';
import { discover, load } from '../../src/aisle.js';
import { myStore } from '../../src/state/my-store.js';
import '../helpers/mock-api.js';

/** dist/aisle.js: each tag is defined (its chunk loaded) only once the page uses it. */
describe('the lazy loader (dist/aisle.js)', () => {
  const added: Element[] = [];

  before(() => myStore().set(null, 'none'));

  afterEach(() => {
    for (const el of added.splice(0)) el.remove();
  });

  it('defines nothing while the page has no Aisle tag', () => {
    expect(customElements.get('aisle-stock-badge')).to.equal(undefined);
    expect(customElements.get('aisle-reserve-button')).to.equal(undefined);
    expect(customElements.get('aisle-store-picker')).to.equal(undefined);
  });

  it('defines a tag when it is added to the document, and only that tag', async () => {
    const badge = document.createElement('aisle-stock-badge');
    badge.setAttribute('sku', 'AISLE-0001');
    const wrapper = document.createElement('section');
    wrapper.append(badge);
    document.body.append(wrapper);
    added.push(wrapper);
    await customElements.whenDefined('aisle-stock-badge');
    expect(badge.shadowRoot, 'the badge upgraded in place').to.exist;
    expect(customElements.get('aisle-reserve-button')).to.equal(undefined);
    // The badge's picker waits for the shopper's click.
    expect(customElements.get('aisle-store-picker')).to.equal(undefined);
  });

  it('finds tags inside a shadow root with discover()', async () => {
    const host = document.createElement('div');
    const root = host.attachShadow({ mode: 'open' });
    root.innerHTML = '<aisle-reserve-button sku="AISLE-0001"></aisle-reserve-button>';
    document.body.append(host);
    added.push(host);
    // The document's observer does not see into shadow roots.
    await Promise.resolve();
    expect(customElements.get('aisle-reserve-button')).to.equal(undefined);
    await discover(root);
    expect(customElements.get('aisle-reserve-button')).to.exist;
    expect(root.querySelector('aisle-reserve-button')!.shadowRoot).to.exist;
  });

  it('defines tags added to a discovered shadow root later', async () => {
    const host = document.createElement('div');
    const root = host.attachShadow({ mode: 'open' });
    document.body.append(host);
    added.push(host);
    await discover(root); // nothing there yet
    expect(customElements.get('aisle-store-locator')).to.equal(undefined);
    // The host's own render adds a locator later, deep inside.
    const later = document.createElement('section');
    later.innerHTML = '<div><aisle-store-locator no-map></aisle-store-locator></div>';
    root.append(later);
    await customElements.whenDefined('aisle-store-locator');
    expect(root.querySelector('aisle-store-locator')!.shadowRoot).to.exist;
  });

  it('load() resolves for a defined tag and rejects an unknown one', async () => {
    await load('aisle-config');
    expect(customElements.get('aisle-config')).to.exist;
    let error: unknown;
    try {
      await load('aisle-nothing');
    } catch (e) {
      error = e;
    }
    expect(String(error)).to.contain('unknown element <aisle-nothing>');
  });
});
