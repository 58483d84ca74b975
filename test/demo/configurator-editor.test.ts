/**
 * The configurator as a CMS editor relies on it: warnings that keep the snippet, what the snippet
 * needs on a real page, hostile values escaped (in the snippet and in the preview), and the live
 * preview on the mock.
 */
import { expect } from '@open-wc/testing';
import { waitUntil } from '../helpers/wait.js';
import { requests } from '../helpers/mock-api.js';
import {
  $,
  cfg,
  choose,
  errorOf,
  fill,
  HOSTILE,
  mount,
  parsed,
  root,
  snippetText,
} from './configurator-harness.js';

describe('configurator: warnings', () => {
  it('leaves "near" empty, and warns that it wins over the search text', async () => {
    await mount();
    choose('aisle-store-locator');
    expect($('#cfg-near').value).to.equal('');
    expect(parsed()[1]!.hasAttribute('near')).to.be.false;
    fill('query', 'Lyon');
    expect($('#cfg-query-warning').textContent).to.equal('');
    expect(parsed()[1]!.getAttribute('query')).to.equal('Lyon');

    fill('near', '48.8566,2.3522');
    const warning = $('#cfg-query-warning').textContent!;
    expect(warning).to.contain('"Start near" (near) wins');
    expect($('#cfg-query').getAttribute('aria-describedby')).to.contain('cfg-query-warning');
    // A warning, not an error: the snippet is still there, with both.
    expect($('#cfg-query').getAttribute('aria-invalid')).to.equal('false');
    expect($('#cfg-summary').textContent).to.equal('');
    expect(parsed()[1]!.getAttribute('near')).to.equal('48.8566,2.3522');

    cfg.setLang('fr');
    expect($('#cfg-query-warning').textContent).to.contain(
      '«\u00a0Centrer près de\u00a0» (near) l’emporte',
    );
    fill('near', '');
    expect($('#cfg-query-warning').textContent).to.equal('');
  });

  it('gives real service ids as the example, and warns about ids the mock does not know', async () => {
    await mount();
    choose('aisle-store-locator');
    expect($('#cfg-services-help').textContent).to.contain('click-and-collect,parking');
    expect($('#cfg-services-help').textContent).not.to.contain('pickup');
    fill('services', 'click-and-collect, locker,parking');
    expect($('#cfg-services-warning').textContent).to.equal('');

    fill('services', 'parking,pickup');
    const warning = $('#cfg-services-warning').textContent!;
    expect(warning).to.match(/^pickup is not a service of the mock \(it knows click-and-collect, /);
    expect(warning).to.contain('the preview will show no stores');
    // Retailers have their own ids: the value still goes into the snippet.
    expect(parsed()[1]!.getAttribute('services')).to.equal('parking,pickup');
    expect($('#cfg-services').getAttribute('aria-invalid')).to.equal('false');

    cfg.setLang('fr');
    expect($('#cfg-services-help').textContent).to.contain('click-and-collect,parking');
    fill('services', 'pickup,drive');
    expect($('#cfg-services-warning').textContent).to.contain(
      'pickup, drive ne sont pas des services de l’API simulée',
    );
  });
});

describe('configurator: what the snippet needs on a real page', () => {
  it('says an element needs the page settings, and warns while the script address is the example', async () => {
    await mount();
    expect($('#cfg-snippet-help').textContent).to.contain('"Page settings" snippet once');
    expect($('#cfg-script').value).to.contain('cdn.example.com');
    expect($('#cfg-script-warning').textContent).to.contain('example address');
    // A warning, not an error: the snippet is there, and the warning goes once the address is real.
    expect(parsed()[0]!.localName).to.equal('script');
    fill('script', 'https://shop.test/assets/aisle.js');
    expect($('#cfg-script-warning').textContent).to.equal('');
    choose('aisle-config');
    expect($('#cfg-snippet-help').textContent).not.to.contain('"Page settings" snippet once');
    cfg.setLang('fr');
    choose('aisle-stock-badge');
    expect($('#cfg-snippet-help').textContent).to.contain('«\u00a0Réglages de la page\u00a0»');
    expect([...root.querySelectorAll('legend')].map((l) => l.textContent).join('\n')).to.match(
      /^Réglages\u00a0: /m,
    );
    fill('script', 'https://cdn.example.com/aisle.js');
    expect($('#cfg-script-warning').textContent).to.contain('adresse d’exemple');
  });
});

describe('configurator: hostile values are escaped', () => {
  it('keeps markup typed into a text field inside the attribute', async () => {
    await mount();
    choose('aisle-reserve-button');
    fill('product-name', HOSTILE);
    expect(errorOf('product-name')).to.equal('');
    const elements = parsed();
    expect(elements.map((el) => el.localName)).to.deep.equal(['script', 'aisle-reserve-button']);
    expect(elements[1]!.getAttribute('product-name')).to.equal(HOSTILE);
    expect(elements[1]!.getAttributeNames().sort()).to.deep.equal(['product-name', 'sku']);
    expect(snippetText()).not.to.contain('"><script>');
    expect(snippetText()).to.contain('&amp;');
  });

  it('cannot break out of the script tag through its address', async () => {
    await mount();
    const url = 'https://cdn.example.com/aisle.js" onload="alert(1)';
    fill('script', url);
    const [script, badge] = parsed();
    expect(script!.getAttributeNames().sort()).to.deep.equal(['src', 'type']);
    expect(script!.getAttribute('src')).to.equal(url);
    expect(badge!.localName).to.equal('aisle-stock-badge');
  });

  it('offers the reserve button no more units than its dialog can reserve', async () => {
    await mount();
    choose('aisle-reserve-button');
    fill('quantity', '11');
    expect(errorOf('quantity')).to.equal('Between 1 and 10.');
    fill('quantity', '10');
    expect(errorOf('quantity')).to.equal('');
  });

  it('runs nothing in the preview', async () => {
    await mount();
    choose('aisle-reserve-button');
    const before = document.querySelectorAll('img, script').length;
    fill('product-name', HOSTILE);
    const preview = $('#cfg-preview');
    expect(preview.querySelectorAll('img, script')).to.have.length(0);
    expect(document.querySelectorAll('img, script').length).to.equal(before);
    expect(preview.querySelector('aisle-reserve-button')!.getAttribute('product-name')).to.equal(
      HOSTILE,
    );
  });
});

describe('configurator: preview on the mock', () => {
  it('shows the configured element, live, and follows edits', async () => {
    await mount();
    const badge = () => root.querySelector('#cfg-preview aisle-stock-badge')!;
    expect(badge().getAttribute('sku')).to.equal('AISLE-0065');
    await waitUntil(
      () => badge().shadowRoot?.textContent?.trim(),
      'the preview badge never rendered',
    );
    fill('sku', 'AISLE-0070');
    expect(badge().getAttribute('sku')).to.equal('AISLE-0070');
  });

  it('previews page settings against the mock, never the configured API', async () => {
    await mount();
    choose('aisle-config');
    fill('api', 'https://api.example.com/v1');
    fill('api-key', 'secret');
    const config = root.querySelector('#cfg-preview aisle-config')!;
    expect(config.getAttribute('api')).to.equal('/aisle-api/v1');
    expect(config.hasAttribute('api-key')).to.be.false;
    expect(parsed()[1]!.getAttribute('api')).to.equal('https://api.example.com/v1');
    const badge = root.querySelector('#cfg-preview aisle-stock-badge')!;
    await waitUntil(() => badge.shadowRoot?.textContent?.trim(), 'the sample badge never rendered');
    expect(requests.every((r) => new URL(r.url).origin === location.origin)).to.be.true;
  });

  it('previews page settings on elements inside them: theme and language apply', async () => {
    // The demo page's own settings come first on the page, as on configurator.html.
    const pageConfig = document.createElement('aisle-config');
    pageConfig.setAttribute('api', '/aisle-api/v1');
    pageConfig.setAttribute('theme', 'light');
    document.body.prepend(pageConfig);
    try {
      await mount();
      choose('aisle-config');
      const badge = () => root.querySelector('#cfg-preview aisle-config > aisle-stock-badge')!;
      const text = () => badge().shadowRoot?.textContent ?? '';
      const FRENCH = /Disponibilité|En stock|Stock faible|En rupture|Stock inconnu/;
      await waitUntil(() =>
        /availability|In stock|Low stock|Out of stock|Stock unknown/.test(text()),
      );
      expect(badge().getAttribute('data-aisle-theme')).to.equal(null);

      const theme = $<HTMLSelectElement>('#cfg-theme');
      theme.value = 'dark';
      theme.dispatchEvent(new Event('change', { bubbles: true }));
      await waitUntil(() => badge().getAttribute('data-aisle-theme') === 'dark', 'theme ignored');
      expect(getComputedStyle(badge()).display).not.to.equal('none');

      const locale = $<HTMLSelectElement>('#cfg-locale');
      locale.value = 'fr';
      locale.dispatchEvent(new Event('change', { bubbles: true }));
      await waitUntil(() => FRENCH.test(text()), 'language ignored');
      expect(badge().getAttribute('data-aisle-theme')).to.equal('dark');

      // The snippet is the settings alone, and the help says where elements go.
      const [, config, ...rest] = parsed();
      expect(config!.outerHTML).to.equal(
        '<aisle-config api="https://api.example.com/aisle/v1" locale="fr" theme="dark"></aisle-config>',
      );
      expect(rest).to.have.length(0);
      expect($('#cfg-snippet-help').textContent).to.contain(
        'between <aisle-config …> and </aisle-config>',
      );
      cfg.setLang('fr');
      expect($('#cfg-snippet-help').textContent).to.contain(
        'entre <aisle-config …> et </aisle-config>',
      );
    } finally {
      pageConfig.remove();
    }
  });
});
