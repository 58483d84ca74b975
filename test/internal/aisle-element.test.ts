import { expect, fixture, html } from '@open-wc/testing';
import { configure, resetConfigForTests } from '../../src/config/config.js';
import '../../src/components/config/define.js';
import '../../src/components/stock-badge/define.js';
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
