import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from '../helpers/wait.js';
import sinon from 'sinon';
// Fails the test on any request through the page's fetch that the mock does not answer.
import { requests } from '../helpers/mock-api.js';

/**
 * Two whole copies of Aisle on one page (a merchant widget inside a retailer page), each a
 * self-contained bundle from its own URL (served by scripts/aisle-copies.mjs): the first copy
 * defines the tags, the second leaves them, and everything works without an error. An element of
 * the second copy is made by registering one of its classes (which its define() skipped) under a
 * test-only tag.
 */
interface AisleCopy {
  VERSION: string;
  configure(values: Record<string, unknown>): void;
  AisleConfig: CustomElementConstructor;
  AisleStockBadge: CustomElementConstructor;
}

const TAGS = ['aisle-config', 'aisle-stock-badge', 'aisle-reserve-button', 'aisle-store-locator'];

async function loadCopy(name: string): Promise<AisleCopy> {
  const url = `/__aisle-copy/${name}.js`;
  return (await import(/* @vite-ignore */ url)) as AisleCopy;
}

describe('two copies of Aisle on one page', () => {
  const errors: unknown[] = [];
  const onError = (event: ErrorEvent) => errors.push(event.error ?? event.message);
  const onRejection = (event: PromiseRejectionEvent) => errors.push(event.reason);
  let consoleError: sinon.SinonSpy;
  let consoleWarn: sinon.SinonSpy;
  let first: AisleCopy;
  let second: AisleCopy;

  before(async function () {
    this.timeout(60_000); // each copy is a whole bundle, built on its first request
    addEventListener('error', onError);
    addEventListener('unhandledrejection', onRejection);
    consoleError = sinon.spy(console, 'error');
    consoleWarn = sinon.spy(console, 'warn');
    first = await loadCopy('retailer');
    second = await loadCopy('merchant');
  });

  after(() => {
    removeEventListener('error', onError);
    removeEventListener('unhandledrejection', onRejection);
    consoleError.restore();
    consoleWarn.restore();
  });

  it('loads both without an error; the first copy defines each tag, the second keeps it', () => {
    expect(first).not.to.equal(second);
    expect(first.AisleStockBadge).not.to.equal(second.AisleStockBadge);
    for (const tag of TAGS) expect(customElements.get(tag), tag).to.exist;
    expect(customElements.get('aisle-stock-badge')).to.equal(first.AisleStockBadge);
    expect(errors).to.deep.equal([]);
    expect(consoleError.callCount).to.equal(0);
    // Same version: nothing to warn about.
    expect(consoleWarn.getCalls().filter((c) => String(c.args[0]).includes('already defined'))).to
      .be.empty;
  });

  it('renders a badge and a reserve button on the mock from the merchant widget markup', async () => {
    const page = await fixture<HTMLElement>(html`
      <aisle-config mock>
        <aisle-stock-badge sku="AISLE-0001" store="nowhere-store"></aisle-stock-badge>
        <aisle-reserve-button sku="AISLE-0001"></aisle-reserve-button>
      </aisle-config>
    `);
    const badge = page.querySelector('aisle-stock-badge')!;
    await waitUntil(
      () => !['loading', null].includes(badge.getAttribute('status')),
      'the badge never settled',
      { timeout: 5000 },
    );
    // An unknown store is answered by the mock (no data for that pair), not by an error.
    expect(badge.getAttribute('status')).to.be.oneOf(['unknown', 'error', 'invalid']);
    const reserve = page.querySelector('aisle-reserve-button')!;
    await waitUntil(() => reserve.shadowRoot?.querySelector('[part~="button"]'), 'no button');
    expect(errors).to.deep.equal([]);
    expect(consoleError.callCount).to.equal(0);
    // Mock mode in either copy never goes through the page's fetch.
    expect(requests).to.have.length(0);
  });

  it("an <aisle-config> changed at run time reaches the other copy's elements", async () => {
    // Every aisle-* tag is the first copy's, so <aisle-config> runs the first copy's code. The
    // second copy's badge class, which its define() left unregistered, is registered here under a
    // test-only tag: an element of the merchant's copy under the retailer's <aisle-config>.
    customElements.define('test-merchant-badge', second.AisleStockBadge);
    const page = await fixture<HTMLElement>(html`
      <aisle-config mock theme="light">
        <aisle-stock-badge sku="AISLE-0001"></aisle-stock-badge>
        <test-merchant-badge sku="AISLE-0001"></test-merchant-badge>
      </aisle-config>
    `);
    const badges = [...page.children] as Array<HTMLElement & { updateComplete: Promise<boolean> }>;
    expect(badges[0]).to.be.instanceOf(first.AisleStockBadge);
    expect(badges[1]).to.be.instanceOf(second.AisleStockBadge);
    expect(page).to.be.instanceOf(first.AisleConfig);
    for (const badge of badges) expect(badge.dataset.aisleTheme, badge.localName).to.equal('light');

    page.setAttribute('theme', 'dark');
    // The change is signalled at once: an element that heard it has an update pending.
    for (const badge of badges) {
      await badge.updateComplete;
      expect(badge.dataset.aisleTheme, badge.localName).to.equal('dark');
    }
    page.removeAttribute('theme');
    for (const badge of badges) {
      await badge.updateComplete;
      expect(badge.hasAttribute('data-aisle-theme'), badge.localName).to.equal(false);
    }
    expect(errors).to.deep.equal([]);
    expect(requests).to.have.length(0);
  });

  it('a copy of another version warns once per tag and still throws nothing', async () => {
    consoleWarn.resetHistory();
    const old = await loadCopy('old-widget');
    expect(old.VERSION).to.equal('0.0.1');
    const warnings = consoleWarn
      .getCalls()
      .map((c) => String(c.args[0]))
      .filter((m) => m.includes('already defined'));
    for (const tag of TAGS) {
      expect(
        warnings.filter((m) => m.includes(`<${tag}>`)),
        tag,
      ).to.have.length(1);
    }
    expect(warnings[0]).to.contain('Aisle 0.0.1').and.contain(`Aisle ${first.VERSION}`);
    expect(errors).to.deep.equal([]);
  });
});
