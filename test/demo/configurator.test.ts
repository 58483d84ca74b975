import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from '../helpers/wait.js';
import { sendKeys } from '@web/test-runner-commands';
import { mountConfigurator, type Configurator } from '../../demo/configurator/form.js';
import { check, type Problem } from '../../demo/configurator/check.js';
import { ELEMENTS, type Field } from '../../demo/configurator/fields.js';
import { UI } from '../../demo/configurator/text.js';
import type { Warning } from '../../demo/configurator/warnings.js';
import '../../src/index.js';
import { frenchSpacingFaults } from '../helpers/french.js';
import { requests } from '../helpers/mock-api.js';

const HOSTILE = `"><script>alert(1)</script><img src=x onerror="alert(2)"> & 'quotes'`;

let root: HTMLElement;
let cfg: Configurator;
let copied: string[];

async function mount(lang: 'en' | 'fr' = 'en'): Promise<void> {
  root = await fixture(html`<div></div>`);
  copied = [];
  cfg = mountConfigurator(root, {
    lang,
    copy: async (text) => {
      copied.push(text);
    },
  });
}

const $ = <T extends HTMLElement = HTMLInputElement>(selector: string): T =>
  root.querySelector<T>(selector)!;

/** Types a value the way a user does: the field changes and fires `input`. */
function fill(attribute: string, value: string): void {
  const input = $(`#cfg-${attribute}`);
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true }));
}

function choose(tag: string): void {
  const radio = $(`#cfg-element-${tag}`);
  radio.click();
}

const errorOf = (attribute: string) => $(`#cfg-${attribute}-error`).textContent ?? '';
const snippetText = () => $<HTMLTextAreaElement>('#cfg-snippet').value;

/** Parses the snippet as a browser would (inertly) and returns its elements. */
function parsed(): Element[] {
  const doc = new DOMParser().parseFromString(snippetText(), 'text/html');
  return [...doc.querySelectorAll('*')].filter(
    (el) => !['HTML', 'HEAD', 'BODY'].includes(el.tagName),
  );
}

afterEach(() => {
  cfg?.destroy();
  document.documentElement.lang = 'en';
});

describe('configurator: snippet', () => {
  it('starts with a valid badge: the module script tag, then the element', async () => {
    await mount();
    const [script, badge, ...rest] = parsed();
    expect(rest).to.have.length(0);
    expect(script!.tagName).to.equal('SCRIPT');
    expect(script!.getAttribute('type')).to.equal('module');
    expect(script!.getAttribute('src')).to.equal('https://cdn.example.com/aisle/0.1.0/aisle.js');
    expect(badge!.localName).to.equal('aisle-stock-badge');
    expect(badge!.getAttribute('sku')).to.equal('AISLE-0065');
    expect(cfg.snippet).to.equal(snippetText());
    expect($<HTMLTextAreaElement>('#cfg-snippet').readOnly).to.be.true;
  });

  it('carries every filled attribute and leaves empty ones out', async () => {
    await mount();
    fill('store', 'paris-11');
    fill('quantity', '3');
    const badge = parsed()[1]!;
    expect(badge.getAttribute('store')).to.equal('paris-11');
    expect(badge.getAttribute('quantity')).to.equal('3');
    fill('store', '');
    expect(parsed()[1]!.hasAttribute('store')).to.be.false;
  });

  it('writes booleans as present or absent, and enums as chosen', async () => {
    await mount();
    choose('aisle-store-locator');
    expect(cfg.spec.tag).to.equal('aisle-store-locator');
    expect(parsed()[1]!.hasAttribute('no-map')).to.be.false;
    $('#cfg-no-map').click();
    expect(parsed()[1]!.hasAttribute('no-map')).to.be.true;

    choose('aisle-config');
    const persist = $<HTMLSelectElement>('#cfg-persist');
    expect([...persist.options].map((o) => o.value)).to.deep.equal([
      '',
      'local',
      'session',
      'none',
    ]);
    persist.value = 'session';
    persist.dispatchEvent(new Event('change', { bubbles: true }));
    expect(parsed()[1]!.getAttribute('persist')).to.equal('session');
  });

  it('keeps each element’s values when the editor switches back', async () => {
    await mount();
    fill('sku', 'AISLE-0070');
    choose('aisle-store-locator');
    choose('aisle-stock-badge');
    expect($('#cfg-sku').value).to.equal('AISLE-0070');
    expect(parsed()[1]!.getAttribute('sku')).to.equal('AISLE-0070');
  });

  it('requires the script address and accepts a site path', async () => {
    await mount();
    fill('script', '');
    expect(errorOf('script')).to.equal('Required.');
    expect(snippetText()).to.equal('');
    fill('script', '/assets/aisle.js');
    expect(parsed()[0]!.getAttribute('src')).to.equal('/assets/aisle.js');
  });

  it('refuses a script over plain http, except on the local machine', async () => {
    await mount();
    fill('script', 'http://cdn.example.com/aisle.js');
    expect(errorOf('script')).to.contain('Use https, not http');
    expect(snippetText()).to.equal('');
    for (const local of ['http://localhost:5173/aisle.js', 'http://127.0.0.1/dist/aisle.js']) {
      fill('script', local);
      expect(errorOf('script'), local).to.equal('');
      expect(parsed()[0]!.getAttribute('src')).to.equal(local);
    }
    fill('script', 'http://localhost.example.com/aisle.js');
    expect(errorOf('script')).to.contain('https');
    for (const bad of ['ftp://cdn.example.com/aisle.js', 'aisle.js', '//cdn.example.com/a.js']) {
      fill('script', bad);
      expect(errorOf('script'), bad).to.equal('Enter an https URL or a path starting with "/".');
    }
    expect($('#cfg-script-help').textContent).to.contain('localhost');
    cfg.setLang('fr');
    fill('script', 'http://cdn.example.com/aisle.js');
    expect(errorOf('script')).to.contain('Utilisez https, pas http');
  });

  it('clears "Snippet copied." as soon as the snippet changes', async () => {
    await mount();
    $('#cfg-copy').click();
    await waitUntil(() => copied.length === 1, 'the button did not copy');
    expect($('#cfg-copy-status').textContent).to.equal('Snippet copied.');
    // A change that leaves the snippet as it is keeps the status.
    fill('sku', 'AISLE-0065 ');
    expect($('#cfg-copy-status').textContent).to.equal('Snippet copied.');
    fill('quantity', '2');
    expect($('#cfg-copy-status').textContent).to.equal('');
    $('#cfg-copy').click();
    await waitUntil(() => copied.length === 2, 'the button did not copy');
    fill('quantity', 'x');
    expect($('#cfg-copy-status').textContent).to.equal('');
  });
});

describe('configurator: validation', () => {
  it('refuses a missing SKU: the field is marked, the snippet and copy are withheld', async () => {
    await mount();
    fill('sku', '');
    expect($('#cfg-sku').getAttribute('aria-invalid')).to.equal('true');
    expect(errorOf('sku')).to.equal('Required.');
    expect($('#cfg-sku').getAttribute('aria-describedby')).to.contain('cfg-sku-error');
    expect($('#cfg-summary').textContent).to.equal('Product SKU: required.');
    expect(snippetText()).to.equal('');
    expect($<HTMLButtonElement>('#cfg-copy').disabled).to.be.true;
    // The preview keeps the last valid badge, inert (configurator-typing.test.ts).
    expect(!!root.querySelector('#cfg-preview [inert] aisle-stock-badge')).to.equal(true);

    fill('sku', 'AISLE-0066');
    expect($('#cfg-sku').getAttribute('aria-invalid')).to.equal('false');
    expect(errorOf('sku')).to.equal('');
    expect($('#cfg-summary').textContent).to.equal('');
    expect($<HTMLButtonElement>('#cfg-copy').disabled).to.be.false;
  });

  it('explains each wrong value', async () => {
    await mount();
    fill('sku', 'AISLE 0065');
    expect(errorOf('sku')).to.contain('1 to 64 letters');
    fill('quantity', '0');
    expect(errorOf('quantity')).to.equal('Between 1 and 999.');
    fill('quantity', '2.5');
    expect(errorOf('quantity')).to.equal('Enter a whole number.');
    fill('quantity', 'two');
    expect(errorOf('quantity')).to.equal('Enter a whole number.');
    expect($('#cfg-summary').textContent).to.equal(
      'Quantity: enter a whole number. 2 fields need fixing.',
    );

    choose('aisle-store-locator');
    for (const bad of ['91,2', '48.8', '48.8;2.3', 'Paris', '48.8,2.3,1']) {
      fill('near', bad);
      expect(errorOf('near'), bad).to.contain('latitude,longitude');
    }
    fill('near', ' -33.86 , 151.2 ');
    expect(errorOf('near')).to.equal('');
    fill('radius', '12.5');
    expect(errorOf('radius')).to.equal('');
    fill('radius', '20001');
    expect(errorOf('radius')).to.equal('Between 0.1 and 20,000.');
    fill('tiles', 'http://tiles.example.com/{z}/{x}/{y}.png');
    expect(errorOf('tiles')).to.contain('https');
    fill('tiles', 'https://tiles.example.com/{z}/{x}/{y}.png');
    expect(errorOf('tiles')).to.equal('');
    // TMS servers count rows from the bottom: the locator accepts {-y}, so does the form.
    fill('tiles', 'https://tiles.example.com/{z}/{x}/{-y}.png');
    expect(errorOf('tiles')).to.equal('');
    fill('skus', 'A-1, B-2,C 3');
    expect(errorOf('skus')).to.contain('commas');

    choose('aisle-config');
    for (const bad of ['javascript:alert(1)', 'api.example.com', '//evil.example.com/x']) {
      fill('api', bad);
      expect(errorOf('api'), bad).to.contain('http(s)');
    }
    fill('api', '/aisle-api/v1');
    expect(errorOf('api')).to.equal('');
  });

  it('accepts exactly the SKUs and store ids the elements accept', async () => {
    await mount();
    for (const bad of ['-0065', '.hidden', '_x', '/a']) {
      fill('sku', bad);
      expect(errorOf('sku'), bad).to.contain('starting with a letter or digit');
    }
    fill('sku', 'a');
    expect(errorOf('sku')).to.equal('');
    // The badge itself refuses what the form refuses.
    const badge = await fixture(html`<aisle-stock-badge sku="-0065"></aisle-stock-badge>`);
    await waitUntil(() => badge.getAttribute('status') === 'invalid', 'the badge took "-0065"');

    fill('store', 'mall:lyon-2');
    expect(errorOf('store')).to.equal('');
    expect(parsed()[1]!.getAttribute('store')).to.equal('mall:lyon-2');
    fill('store', 'FR 0042');
    expect(errorOf('store')).to.equal('');
    fill('store', '<b>lyon</b>');
    expect(errorOf('store')).to.contain('< >');

    choose('aisle-store-locator');
    fill('skus', 'A-1,-B');
    expect(errorOf('skus')).to.contain('commas');
  });

  it('checks values by the same rules the form shows (unit)', () => {
    const field = (kind: Field['kind'], extra: Partial<Field> = {}): Field => ({
      attribute: 'x',
      kind,
      label: { en: '', fr: '' },
      help: { en: '', fr: '' },
      ...extra,
    });
    expect(check(field('sku', { required: true }), '')).to.equal('required');
    expect(check(field('sku'), '')).to.equal(null);
    expect(check(field('sku'), 'a'.repeat(65))).to.equal('sku');
    expect(check(field('sku'), 'SHOE/42_b.x-1')).to.equal(null);
    expect(check(field('sku'), '.hidden')).to.equal('sku');
    expect(check(field('id'), 'a:b')).to.equal(null);
    expect(check(field('script'), 'http://127.0.0.1:8000/a.js')).to.equal(null);
    expect(check(field('script'), 'http://example.com/a.js')).to.equal('insecure');
    expect(check(field('script'), 'https://example.com/a.js')).to.equal(null);
    expect(check(field('url'), 'http://example.com/v1')).to.equal(null);
    expect(check(field('latlng'), '90,180')).to.equal(null);
    expect(check(field('latlng'), '90,181')).to.equal('latlng');
    expect(check(field('email'), 'a@b.fr')).to.equal(null);
    expect(check(field('email'), 'a@b')).to.equal('email');
    expect(check(field('text'), 'line\nbreak')).to.equal('text');
    expect(
      check(field('enum', { options: [{ value: 'a', label: { en: '', fr: '' } }] }), 'b'),
    ).to.equal('enum');
    expect(check(field('boolean'), 'anything')).to.equal(null);
  });
});

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

describe('configurator: keyboard and languages', () => {
  it('works by keyboard alone: arrows pick the element, Tab reaches the copy button, Enter copies', async () => {
    await mount();
    $('#cfg-element-aisle-stock-badge').focus();
    await sendKeys({ press: 'ArrowDown' });
    expect(cfg.spec.tag).to.equal('aisle-store-locator');
    expect(document.activeElement?.id).to.equal('cfg-element-aisle-store-locator');
    expect(root.querySelector('#cfg-near')).to.exist;

    // Tab from the last field through the preview (a live locator) and the snippet to the copy button.
    $('#cfg-script').focus();
    let steps = 0;
    while (document.activeElement?.id !== 'cfg-copy' && steps < 100) {
      await sendKeys({ press: 'Tab' });
      steps += 1;
    }
    expect(document.activeElement?.id).to.equal('cfg-copy');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => copied.length === 1, 'Enter did not copy');
    expect(copied[0]).to.equal(snippetText());
    expect(copied[0]).to.contain('<aisle-store-locator');
    expect($('#cfg-copy-status').textContent).to.equal('Snippet copied.');
  });

  it('types into a field by keyboard and shows the problem at once', async () => {
    await mount();
    $('#cfg-quantity').focus();
    await sendKeys({ type: '0' });
    expect(errorOf('quantity')).to.equal('Between 1 and 999.');
    await sendKeys({ press: 'Backspace' });
    await sendKeys({ type: '4' });
    expect(errorOf('quantity')).to.equal('');
    expect(parsed()[1]!.getAttribute('quantity')).to.equal('4');
  });

  it('speaks French: labels, help, problems and the copy button', async () => {
    await mount('fr');
    expect(root.lang).to.equal('fr');
    expect(root.querySelector('label[for="cfg-sku"]')!.textContent).to.contain('Référence produit');
    expect($('#cfg-sku-help').textContent).to.contain('Obligatoire');
    fill('sku', '');
    expect(errorOf('sku')).to.equal('Obligatoire.');
    expect($('#cfg-copy').textContent).to.equal('Copier le code');
  });

  it('follows the page language switch, keeping what was typed', async () => {
    await mount();
    fill('sku', 'AISLE-0071');
    document.documentElement.lang = 'fr';
    await waitUntil(() => cfg.lang === 'fr', 'the configurator ignored the language switch');
    expect(root.querySelector('h2')!.textContent).to.equal('Configurer un élément');
    expect($('#cfg-sku').value).to.equal('AISLE-0071');
    document.documentElement.lang = 'en';
    await waitUntil(() => cfg.lang === 'en');
    expect(root.querySelector('h2')!.textContent).to.equal('Configure an element');
  });

  it('labels every control in both languages', async () => {
    for (const lang of ['en', 'fr'] as const) {
      await mount(lang);
      for (const spec of ELEMENTS) {
        choose(spec.tag);
        for (const control of root.querySelectorAll('input, select, textarea')) {
          const label = root.querySelector(`label[for="${control.id}"]`);
          expect(label?.textContent?.trim(), `${lang} ${control.id}`).to.not.be.empty;
        }
      }
      cfg.destroy();
    }
  });

  it('is accessible', async () => {
    await mount();
    await expect(root).to.be.accessible({ ignoredRules: ['color-contrast'] });
  });
});

/** Every French text of the configurator: its own words, and each field's label, help and choices. */
function configuratorFrench(): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  const fields = ELEMENTS.flatMap((e) => e.fields);
  for (const [key, value] of Object.entries(UI.fr)) {
    if (typeof value === 'string') out.push([key, value]);
  }
  const problems: Problem[] = ['required', 'sku', 'skus', 'id', 'integer', 'number', 'range'];
  problems.push('latlng', 'url', 'script', 'insecure', 'tiles', 'email', 'list', 'enum', 'text');
  for (const p of problems) out.push([`problem ${p}`, UI.fr.problem(p, fields[0]!)]);
  const warnings: Warning[] = [
    { kind: 'near-wins' },
    { kind: 'example-script' },
    { kind: 'example-api' },
    { kind: 'mock-wins' },
    { kind: 'unknown-store', id: 'a' },
    { kind: 'unknown-skus', ids: ['a'] },
    { kind: 'unknown-skus', ids: ['a', 'd'] },
    { kind: 'unknown-services', ids: ['a'], known: ['b', 'c'] },
    { kind: 'unknown-services', ids: ['a', 'd'], known: ['b'] },
  ];
  for (const w of warnings) out.push([`warning ${w.kind}`, UI.fr.warning(w)]);
  out.push(['errorCount', UI.fr.errorCount(1)], ['errorCount', UI.fr.errorCount(3)]);
  for (const spec of ELEMENTS) {
    out.push([`${spec.tag} label`, spec.label.fr], [`${spec.tag} summary`, spec.summary.fr]);
    for (const f of spec.fields) {
      out.push([`${f.attribute} label`, f.label.fr], [`${f.attribute} help`, f.help.fr]);
      for (const o of f.options ?? []) out.push([`${f.attribute} option`, o.label.fr]);
    }
  }
  return out;
}

describe('configurator: French wording', () => {
  it('puts a non-breaking space, never an ordinary one, before : ; ! ? » and after «', () => {
    expect(frenchSpacingFaults(configuratorFrench())).to.deep.equal([]);
  });

  it('says what the example address does ("ne pointe vers aucun fichier") and where a site "héberge" aisle.js', () => {
    const example = UI.fr.warning({ kind: 'example-script' });
    expect(example).to.contain('qui ne pointe vers aucun fichier');
    expect(example).to.contain('votre site héberge aisle.js');
    expect(UI.fr.scriptUrlHelp).to.match(/^Où votre site héberge aisle\.js\u00a0:/);
    expect(configuratorFrench().filter(([, t]) => /\bsert (rien|aisle)/.test(t))).to.deep.equal([]);
  });
});

describe('configurator: theme', () => {
  for (const lang of ['en', 'fr'] as const) {
    it(`names the default theme for what it follows, the page’s color-scheme, not the system (${lang})`, async () => {
      await mount(lang);
      choose('aisle-config');
      const auto =
        $<HTMLSelectElement>('#cfg-theme').querySelector<HTMLOptionElement>('option[value=""]')!;
      expect(auto.textContent).to.contain('color-scheme');
      expect(auto.textContent).not.to.match(/system|système/i);
      expect($('#cfg-theme-help').textContent).to.contain('color-scheme');
    });
  }
});
