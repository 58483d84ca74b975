/**
 * The configurator's snippet and its validation: what the snippet carries (script tag, filled
 * attributes, booleans and choices), the script address it accepts, "Snippet copied.", and the
 * problems each wrong value gets, by the rules the elements apply.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from '../helpers/wait.js';
import { check } from '../../demo/configurator/check.js';
import { type Field } from '../../demo/configurator/fields.js';
import {
  $,
  cfg,
  choose,
  copied,
  errorOf,
  fill,
  mount,
  parsed,
  root,
  snippetText,
} from './configurator-harness.js';

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
