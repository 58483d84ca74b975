/**
 * The configurator by keyboard and in French and English: arrows, Tab and Enter, labels in both
 * languages, the page language switch, accessibility, French spacing and wording, and the theme
 * choice.
 */
import { expect } from '@open-wc/testing';
import { waitUntil } from '../helpers/wait.js';
import { sendKeys } from '@web/test-runner-commands';
import { type Problem } from '../../demo/configurator/check.js';
import { ELEMENTS } from '../../demo/configurator/fields.js';
import { UI } from '../../demo/configurator/text.js';
import type { Warning } from '../../demo/configurator/warnings.js';
import { frenchSpacingFaults } from '../helpers/french.js';
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
