import { expect, fixture, html } from '@open-wc/testing';
import {
  configure,
  DEFAULT_CONFIG,
  globalConfigLayer,
  resetConfigForTests,
} from '../../src/config/config.js';
import '../../src/components/config/define.js';
import '../helpers/mock-api.js';
import '../helpers/probe.js';
import type { AisleTestProbe } from '../helpers/probe.js';
import { waitUntil } from '../helpers/wait.js';

function captureWarnings() {
  const original = console.warn;
  const messages: string[] = [];
  console.warn = (...args: unknown[]) => messages.push(args.join(' '));
  return { messages, restore: () => (console.warn = original) };
}

describe('configuration', () => {
  afterEach(() => resetConfigForTests());

  it('uses the defaults when nothing is configured', async () => {
    const el = await fixture<AisleTestProbe>(html`<aisle-test-probe></aisle-test-probe>`);
    expect(el.resolved).to.deep.equal(DEFAULT_CONFIG);
  });

  it('resolves attribute, then nearest <aisle-config>, then configure(), then defaults', async () => {
    configure({ api: 'https://global.example/v1', persist: 'session', geocoder: 'photon' });
    const root = await fixture(html`
      <div>
        <aisle-config api="https://page.example/v1" persist="none"></aisle-config>
        <aisle-config api="https://outer.example/v1" api-key="outer-key">
          <aisle-test-probe api="https://own.example/v1/"></aisle-test-probe>
          <aisle-test-probe id="plain"></aisle-test-probe>
        </aisle-config>
      </div>
    `);
    const [own, plain] = root.querySelectorAll('aisle-test-probe');
    expect(own!.resolved.api).to.equal('https://own.example/v1');
    // The outer key was given for outer.example: it is not sent to the element's own API.
    expect(own!.resolved.apiKey).to.equal(undefined);
    expect(plain!.resolved.api).to.equal('https://outer.example/v1');
    // persist is not on the nearest config, so the page-wide one applies, then configure().
    expect(plain!.resolved.persist).to.equal('none');
    expect(plain!.resolved.geocoder).to.equal('photon');
    expect(plain!.resolved.theme).to.equal('auto');
  });

  it("keeps a merchant widget's <aisle-config> to the elements it wraps", async () => {
    configure({ api: 'https://retailer.example/v1' });
    const root = await fixture(html`
      <div>
        <aisle-config api="https://merchant.example/v1" api-key="merchant-key" theme="dark">
          <aisle-test-probe id="merchant"></aisle-test-probe>
        </aisle-config>
        <aisle-test-probe id="retailer"></aisle-test-probe>
      </div>
    `);
    const probe = (id: string) => root.querySelector<AisleTestProbe>(`#${id}`)!.resolved;
    expect(probe('merchant').api).to.equal('https://merchant.example/v1');
    expect(probe('merchant').apiKey).to.equal('merchant-key');
    expect(probe('retailer').api).to.equal('https://retailer.example/v1');
    expect(probe('retailer').apiKey).to.equal(undefined);
    expect(probe('retailer').theme).to.equal('auto');
    // The page's own settings, an empty <aisle-config> after it, still reach both.
    root.append(Object.assign(document.createElement('aisle-config'), { id: 'page' }));
    root.querySelector('#page')!.setAttribute('persist', 'session');
    await Promise.resolve();
    expect(probe('retailer').persist).to.equal('session');
    expect(probe('merchant').persist).to.equal('session');
    expect(probe('merchant').api).to.equal('https://merchant.example/v1');
  });

  it('gives the page back its own settings once a merchant wrapper gets its elements', async () => {
    // A merchant script that puts its <aisle-config api="…"> first and fills it later (after
    // fetching its products): while empty it is page-wide, as documented, but not after.
    configure({ api: 'https://retailer.example/v1' });
    const root = await fixture(html`<div><aisle-test-probe></aisle-test-probe></div>`);
    const retailer = root.querySelector<AisleTestProbe>('aisle-test-probe')!;
    const wrapper = document.createElement('aisle-config');
    wrapper.setAttribute('api', 'https://merchant.example/v1');
    root.append(wrapper);
    await retailer.updateComplete;
    expect(retailer.resolved.api).to.equal('https://merchant.example/v1');
    wrapper.innerHTML = '<aisle-test-probe></aisle-test-probe>';
    const rendered = retailer.renders;
    await waitUntil(() => retailer.renders > rendered, 'the retailer element re-rendered');
    expect(retailer.resolved.api).to.equal('https://retailer.example/v1');
    // A CMS emptying the widget to refresh it: page-wide again until its elements are back.
    wrapper.replaceChildren();
    await waitUntil(() => retailer.resolved.api === 'https://merchant.example/v1', 'emptied');
    wrapper.innerHTML = '<aisle-test-probe></aisle-test-probe>';
    await waitUntil(() => retailer.resolved.api === 'https://retailer.example/v1', 'filled');
  });

  it('stays page-wide with the empty blocks a CMS rich-text field leaves inside it', async () => {
    configure({ api: 'https://retailer.example/v1' });
    const root = await fixture(
      html`<div>
        <aisle-config mock persist="none"
          ><p><br /></p>
          &nbsp;<br />
          <p></p
        ></aisle-config>
        <aisle-test-probe></aisle-test-probe>
      </div>`,
    );
    const probe = root.querySelector<AisleTestProbe>('aisle-test-probe')!;
    expect(probe.resolved.mock).to.equal(true);
    expect(probe.resolved.persist).to.equal('none');
    // A <div> inside (a merchant's placeholder, filled later by its script) is not a blank line:
    // the config keeps to what is inside.
    const config = root.querySelector('aisle-config')!;
    config.append(document.createElement('div'));
    await waitUntil(() => !probe.resolved.mock, 'still page-wide with a div inside');
    expect(probe.resolved.persist).to.equal('local');
    // Nor is a paragraph a script can find (by an id or a class), or one with text.
    for (const inside of [
      '<p id="merchant-widget"></p>',
      '<p><br class="widget"></p>',
      '<p>Offre</p>',
    ]) {
      config.innerHTML = '<p><br></p>';
      await waitUntil(() => probe.resolved.mock, 'page-wide again');
      config.innerHTML = inside;
      await waitUntil(() => !probe.resolved.mock, `still page-wide with ${inside} inside`);
    }
  });

  it("never sends a retailer's API key to a merchant's API", async () => {
    const warnings = captureWarnings();
    try {
      const root = await fixture(html`
        <div>
          <aisle-config api="https://retailer.example/v1" api-key="RETAILER-KEY"></aisle-config>
          <aisle-config api="https://merchant.example/v1">
            <aisle-test-probe id="merchant"></aisle-test-probe>
          </aisle-config>
          <aisle-test-probe id="editor" api="https://elsewhere.example/v1"></aisle-test-probe>
          <aisle-test-probe id="same" api="https://retailer.example/v2"></aisle-test-probe>
          <aisle-test-probe id="retailer"></aisle-test-probe>
        </div>
      `);
      const probe = (id: string) => root.querySelector<AisleTestProbe>(`#${id}`)!.resolved;
      expect(probe('merchant').api).to.equal('https://merchant.example/v1');
      expect(probe('merchant').apiKey).to.equal(undefined);
      expect(probe('editor').apiKey).to.equal(undefined);
      // A key goes with the api it was written beside: an element's own api, even on the same
      // server, needs its own api-key.
      expect(probe('same').apiKey).to.equal(undefined);
      expect(probe('retailer').apiKey).to.equal('RETAILER-KEY');
      const said = warnings.messages.filter((m) => m.includes('Not sending'));
      expect(said.some((m) => m.includes('https://merchant.example/v1'))).to.equal(true);
      expect(
        said.some((m) => m.includes('RETAILER-KEY')),
        'the key is never printed',
      ).to.equal(false);

      // configure()'s key goes with configure()'s (or the default) api, not an element's own.
      root.remove();
      configure({ apiKey: 'JS-KEY' });
      const plain = await fixture<AisleTestProbe>(html`<aisle-test-probe></aisle-test-probe>`);
      expect(plain.resolved.apiKey).to.equal('JS-KEY');
      const merchant = await fixture<AisleTestProbe>(
        html`<aisle-test-probe api="https://merchant.example/v1"></aisle-test-probe>`,
      );
      expect(merchant.resolved.apiKey).to.equal(undefined);
      const keyed = await fixture<AisleTestProbe>(
        html`<aisle-test-probe api="https://merchant.example/v1" api-key="M"></aisle-test-probe>`,
      );
      expect(keyed.resolved.apiKey).to.equal('M');
    } finally {
      warnings.restore();
    }
  });

  it('finds <aisle-config> through shadow roots', async () => {
    const host = await fixture(html`<aisle-config persist="session"><div></div></aisle-config>`);
    const inner = host.querySelector('div')!.attachShadow({ mode: 'open' });
    inner.innerHTML = '<aisle-test-probe></aisle-test-probe>';
    const probe = inner.querySelector('aisle-test-probe')!;
    expect(probe.resolved.persist).to.equal('session');
  });

  it('takes the nearest <aisle-config> first, through nested shadow roots', async () => {
    const host = await fixture(
      html`<aisle-config persist="session" geocoder="ban"><div></div></aisle-config>`,
    );
    const outer = host.querySelector('div')!.attachShadow({ mode: 'open' });
    outer.innerHTML = '<aisle-config persist="none"><p></p></aisle-config>';
    const inner = outer.querySelector('p')!.attachShadow({ mode: 'open' });
    inner.innerHTML = '<aisle-test-probe></aisle-test-probe>';
    const probe = inner.querySelector('aisle-test-probe')!;
    expect(probe.resolved.persist).to.equal('none');
    expect(probe.resolved.geocoder).to.equal('ban');
  });

  it('warns once for a bad value and falls back to the next source', async () => {
    const warnings = captureWarnings();
    try {
      configure({ persist: 'session' });
      const root = await fixture(html`
        <div>
          <aisle-config persist="cloud" api="not a url"></aisle-config>
          <aisle-test-probe></aisle-test-probe>
          <aisle-test-probe></aisle-test-probe>
        </div>
      `);
      const probes = root.querySelectorAll('aisle-test-probe');
      for (const p of probes) {
        expect(p.resolved.persist).to.equal('session');
        expect(p.resolved.api).to.equal(DEFAULT_CONFIG.api);
      }
      const persistWarnings = warnings.messages.filter((m) => m.includes('persist="cloud"'));
      expect(persistWarnings).to.have.length(1);
      expect(persistWarnings[0]).to.contain('expected "local", "session" or "none"');
      expect(warnings.messages.some((m) => m.includes('api="not a url"'))).to.equal(true);
    } finally {
      warnings.restore();
    }
  });

  it('rejects unknown configure() options and invalid values with a warning', () => {
    const warnings = captureWarnings();
    try {
      // For TypeScript callers these are compile errors (`npm run typecheck` fails if they compile):
      // @ts-expect-error `mock` is a boolean
      configure({ mock: 'perhaps' });
      // @ts-expect-error not a theme
      configure({ theme: 'purple' });
      configure({ colour: 'red', mock: 'perhaps' } as never); // a JavaScript caller's mistakes
      // Parsed JSON from a tag manager: keys of Object.prototype are unknown options too.
      configure(JSON.parse('{"__proto__": {"api": "/x"}, "constructor": "y"}') as never);
      expect(warnings.messages.join('\n')).to.contain('unknown option "colour"');
      expect(warnings.messages.join('\n')).to.contain('unknown option "__proto__"');
      expect(warnings.messages.join('\n')).to.contain('unknown option "constructor"');
      expect(warnings.messages.join('\n')).to.contain('mock="perhaps"');
    } finally {
      warnings.restore();
    }
  });

  it('takes configure() with nothing, or null, as no change: no throw, no warning', () => {
    const warnings = captureWarnings();
    try {
      configure({ locale: 'fr' });
      // A tag manager's `Aisle.configure()` (or one passing a variable left null).
      (configure as (values?: unknown) => void)();
      (configure as (values?: unknown) => void)(null);
      expect(globalConfigLayer().values).to.deep.equal({ locale: 'fr' });
      expect(warnings.messages).to.deep.equal([]);
    } finally {
      warnings.restore();
    }
  });

  it('accepts boolean attributes and relative API paths', async () => {
    const root = await fixture(html`
      <aisle-config mock api="/api/v1"><aisle-test-probe></aisle-test-probe></aisle-config>
    `);
    const probe = root.querySelector('aisle-test-probe')!;
    expect(probe.resolved.mock).to.equal(true);
    expect(probe.resolved.api).to.equal('/api/v1');
  });

  it('re-renders elements when <aisle-config> or configure() changes', async () => {
    const root = await fixture(html`
      <aisle-config persist="local"><aisle-test-probe></aisle-test-probe></aisle-config>
    `);
    const probe = root.querySelector('aisle-test-probe')!;
    expect(probe.resolved.persist).to.equal('local');
    root.setAttribute('persist', 'none');
    await probe.updateComplete;
    expect(probe.resolved.persist).to.equal('none');
    root.removeAttribute('persist');
    configure({ persist: 'session' });
    await probe.updateComplete;
    expect(probe.resolved.persist).to.equal('session');
  });

  it('shows the elements placed inside it, and nothing of its own', async () => {
    const root = await fixture(html`
      <div>
        <style>
          aisle-config {
            display: block !important;
            height: 5rem;
          }
        </style>
        <aisle-config theme="dark"
          ><p>Shown</p>
          <aisle-test-probe></aisle-test-probe
        ></aisle-config>
        <aisle-config></aisle-config>
      </div>
    `);
    const [wrapping, empty] = [...root.querySelectorAll('aisle-config')];
    const text = root.querySelector('p')!;
    expect(text.getBoundingClientRect().height).to.be.greaterThan(0);
    expect(text.checkVisibility()).to.equal(true);
    expect(wrapping!.shadowRoot!.querySelector('slot')).to.exist;
    // An empty <aisle-config> takes no room, even when the page styles it.
    expect(getComputedStyle(empty!).display).to.equal('contents');
    const probe = wrapping!.querySelector<AisleTestProbe>('aisle-test-probe')!;
    await probe.updateComplete;
    expect(probe.getAttribute('data-aisle-theme')).to.equal('dark');
  });

  it('applies an explicit theme to the element', async () => {
    const root = await fixture(html`
      <aisle-config theme="dark"><aisle-test-probe></aisle-test-probe></aisle-config>
    `);
    const probe = root.querySelector('aisle-test-probe')!;
    await probe.updateComplete;
    expect(probe.getAttribute('data-aisle-theme')).to.equal('dark');
    root.setAttribute('theme', 'auto');
    await probe.updateComplete;
    expect(probe.hasAttribute('data-aisle-theme')).to.equal(false);
  });
});
