import { expect, fixture, html } from '@open-wc/testing';
import { configure, resetConfigForTests } from '../../src/config/config.js';
import '../../src/components/config/define.js';
import '../../src/components/stock-badge/define.js';
import '../../src/components/reserve-button/define.js';
import '../../src/components/store-locator/define.js';
import type { AisleReserveButton } from '../../src/components/reserve-button/reserve-button.js';
import type { AisleStockBadge } from '../../src/components/stock-badge/stock-badge.js';
import { settled } from '../components/stock-badge-harness.js';
import { openDialog, resetReserveState, SKU, store } from '../components/reserve-button-helpers.js';

/** The language a screen reader gives `node`: the nearest `lang`, crossing shadow roots. */
function langOf(node: Element): string | null {
  for (let n: Node | null = node; n;) {
    if (n instanceof Element && n.hasAttribute('lang')) return n.getAttribute('lang');
    n = n.parentNode instanceof ShadowRoot ? n.parentNode.host : n.parentNode;
  }
  return null;
}

const base = (el: Element) => el.shadowRoot!.querySelector('[part~="base"]')!;

describe('AisleElement: the language it renders in is said to screen readers', () => {
  const pageLang = document.documentElement.getAttribute('lang');
  beforeEach(() => {
    resetReserveState();
    document.documentElement.removeAttribute('lang');
  });
  afterEach(() => {
    if (pageLang === null) document.documentElement.removeAttribute('lang');
    else document.documentElement.setAttribute('lang', pageLang);
    resetConfigForTests();
  });

  it('a badge in French from <aisle-config locale="fr"> on a page without lang says lang="fr-FR"', async () => {
    const config = await fixture(
      html`<aisle-config locale="fr-FR"
        ><aisle-stock-badge sku=${SKU} store=${store.id}></aisle-stock-badge
      ></aisle-config>`,
    );
    const badge = await settled(config.querySelector<AisleStockBadge>('aisle-stock-badge')!);
    expect(base(badge).textContent).to.match(/En stock/);
    expect(langOf(base(badge))).to.equal('fr-FR');
    expect(badge.hasAttribute('lang'), 'the host is left alone').to.equal(false);
  });

  it('from configure(): the same, and it follows a later configure() to English', async () => {
    configure({ locale: 'fr' });
    const badge = await settled(
      await fixture<AisleStockBadge>(
        html`<aisle-stock-badge sku=${SKU} store=${store.id}></aisle-stock-badge>`,
      ),
    );
    expect(langOf(base(badge))).to.equal('fr');
    configure({ locale: 'en' });
    await badge.updateComplete;
    expect(base(badge).textContent).to.match(/In stock/);
    expect(langOf(base(badge))).to.equal('en');
  });

  it('says the page’s own lang when that is the language used', async () => {
    document.documentElement.lang = 'fr';
    configure({ locale: 'en' }); // the page's lang wins over configuration
    const badge = await settled(
      await fixture<AisleStockBadge>(
        html`<aisle-stock-badge sku=${SKU} store=${store.id}></aisle-stock-badge>`,
      ),
    );
    expect(base(badge).textContent).to.match(/En stock/);
    expect(langOf(base(badge))).to.equal('fr');
  });

  it('the reserve dialog opened from a configured French button says lang="fr" too', async () => {
    configure({ locale: 'fr' });
    const button = await fixture<AisleReserveButton>(
      html`<aisle-reserve-button sku=${SKU} store=${store.id}></aisle-reserve-button>`,
    );
    const dialog = await openDialog(button);
    expect(dialog.textContent).to.contain('Étape 1 sur 3');
    expect(langOf(dialog)).to.equal('fr');
    expect(langOf(button.shadowRoot!.querySelector('[part~="button"]')!)).to.equal('fr');
    dialog.close();
  });
});

// React 19, Vue 3 and Svelte 5 write a prop on a custom element as a property when the element
// has one (`name in element`), else as an attribute. A documented attribute that is a read-only
// accessor then throws (React unmounts the whole root; Vue drops the value).
describe('AisleElement: frameworks that set props as properties can set every attribute', () => {
  const tags = ['aisle-config', 'aisle-stock-badge', 'aisle-reserve-button', 'aisle-store-locator'];

  it('no observed attribute of a public element is a property without a setter', async () => {
    await Promise.all(tags.map((tag) => customElements.whenDefined(tag)));
    const readOnly: string[] = [];
    for (const tag of tags) {
      const element = customElements.get(tag) as unknown as typeof HTMLElement & {
        observedAttributes: string[];
      };
      for (const name of element.observedAttributes) {
        for (let p: object | null = element.prototype; p; p = Object.getPrototypeOf(p)) {
          const found = Object.getOwnPropertyDescriptor(p, name);
          if (!found) continue;
          if (found.get && !found.set) readOnly.push(`<${tag}> ${name}`);
          break;
        }
      }
    }
    expect(readOnly).to.deep.equal([]);
  });

  it('`badge.locale = "fr-FR"` (React\'s locale="fr-FR") sets the attribute; null removes it', async () => {
    const badge = await fixture<AisleStockBadge>(
      html`<aisle-stock-badge sku=${SKU} store=${store.id}></aisle-stock-badge>`,
    );
    const props = badge as unknown as { locale: string | null };
    props.locale = 'fr-FR';
    expect(badge.getAttribute('locale')).to.equal('fr-FR');
    await settled(badge);
    expect(base(badge).textContent, 'the badge speaks French').to.match(/vérifié/);
    props.locale = null;
    expect(badge.hasAttribute('locale')).to.equal(false);
  });
});
