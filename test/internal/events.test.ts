import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../helpers/mock-api.js';
import type { AisleTestProbe } from '../helpers/probe.js';
import '../helpers/probe.js';

describe('AisleElement.emit()', () => {
  it('fires a bubbling, composed event whose detail names the instance', async () => {
    const root = await fixture(html`<div><aisle-test-probe></aisle-test-probe></div>`);
    const probe = root.querySelector('aisle-test-probe') as AisleTestProbe;
    setTimeout(() => probe.emit('aisle-error', { code: 'network', message: 'down' }));
    const event = await oneEvent(root, 'aisle-error');
    expect(event.bubbles).to.equal(true);
    expect(event.composed).to.equal(true);
    expect(event.detail).to.deep.equal({ code: 'network', message: 'down', element: probe });
  });

  it('crosses shadow roots and still names the inner instance', async () => {
    const outer = await fixture(html`<div></div>`);
    const shadow = outer.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<aisle-test-probe></aisle-test-probe>';
    const probe = shadow.querySelector('aisle-test-probe') as AisleTestProbe;
    let seen: CustomEvent | undefined;
    document.addEventListener('aisle-store-change', (e) => (seen = e), { once: true });
    probe.emit('aisle-store-change', { storeId: 's1', previousStoreId: null });
    expect(seen).to.not.equal(undefined);
    expect(seen!.target).to.equal(outer); // retargeted...
    expect(seen!.detail.element).to.equal(probe); // ...but the detail names the instance.
    expect(seen!.detail.storeId).to.equal('s1');
  });

  it('reports preventDefault() for cancelable events', async () => {
    const probe = (await fixture(html`<aisle-test-probe></aisle-test-probe>`)) as AisleTestProbe;
    probe.addEventListener('aisle-error', (e) => e.preventDefault(), { once: true });
    expect(probe.emit('aisle-error', { code: 'x', message: 'y' }, { cancelable: true })).to.equal(
      false,
    );
  });
});
