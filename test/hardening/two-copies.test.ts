/**
 * Hostile pages, two copies of Aisle: a merchant widget bundles its own Aisle inside a
 * retailer's page that has one too. The second copy registers nothing twice and throws nothing;
 * a copy of another version warns once per tag; the elements on the page keep working.
 */
import { expect, fixture, html } from '@open-wc/testing';
import sinon from 'sinon';
import * as first from '../../src/index.js';
import type { AisleConstructor } from '../../src/internal/define.js';
import { mockApi } from '../../src/mocks/mock-api.js';
import { myStore } from '../../src/state/my-store.js';
import '../helpers/mock-api.js';
import { until, watchPage } from './harness.js';

const TAGS = [
  'aisle-config',
  'aisle-stock-badge',
  'aisle-store-picker',
  'aisle-reserve-button',
  'aisle-store-locator',
];

describe('hostile pages: two copies of Aisle', () => {
  afterEach(() => sinon.restore());

  it('a second copy of the same version registers nothing and says nothing', () => {
    const watch = watchPage();
    const warn = sinon.spy(console, 'warn');
    try {
      for (const tag of TAGS) {
        const inForce = customElements.get(tag)!;
        // What a second bundle's define() does: another class for the same tag.
        expect(first.define(tag, class extends HTMLElement {})).to.equal(inForce);
        expect(customElements.get(tag)).to.equal(inForce);
      }
      expect(warn.callCount).to.equal(0);
      expect(watch.uncaught).to.deep.equal([]);
    } finally {
      watch.stop();
    }
  });

  it('a copy of another version warns for each tag, throws nothing, and the page keeps working', async () => {
    const watch = watchPage();
    const warn = sinon.spy(console, 'warn');
    const defined = TAGS.map((t) => customElements.get(t) as AisleConstructor);
    const versions = defined.map((c) => c.aisleVersion);
    try {
      for (const c of defined) c.aisleVersion = '0.0.1-older';
      for (const tag of TAGS) {
        expect(() => first.define(tag, class extends HTMLElement {})).not.to.throw();
      }
      const warnings = warn.getCalls().map((c) => String(c.args[0]));
      for (const tag of TAGS) {
        expect(
          warnings.some((w) => w.includes(`<${tag}> is already defined by Aisle 0.0.1-older`)),
          tag,
        ).to.equal(true);
      }
      const store = mockApi.stores[2]!;
      myStore().set(null, 'none');
      const badge = await fixture<InstanceType<typeof first.AisleStockBadge>>(
        html`<aisle-stock-badge sku="AISLE-0001" store=${store.id}></aisle-stock-badge>`,
      );
      await until(() => badge.status !== 'loading', 'the badge');
      expect(badge).to.be.instanceOf(first.AisleStockBadge);
      expect(watch.uncaught).to.deep.equal([]);
      expect(watch.consoleErrors).to.deep.equal([]);
    } finally {
      defined.forEach((c, i) => (c.aisleVersion = versions[i]));
      watch.stop();
    }
  });
});
