/**
 * What the configurator's stylesheet (demo/configurator/configurator.css) does to the page it is
 * on: an invalid field keeps a keyboard focus ring of its own (WCAG 2.4.7), its red mark stays in
 * the configurator, and long unbroken values do not push the page sideways on a 390 px phone.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { mountConfigurator, type Configurator } from '../../demo/configurator/form.js';
import '../../src/index.js';
import '../helpers/mock-api.js';
import { useStylesheet } from '../helpers/stylesheet.js';

let cfg: Configurator | undefined;
useStylesheet('/demo/configurator/configurator.css');
afterEach(async () => {
  cfg?.destroy();
  await setViewport({ width: 800, height: 600 });
});

async function mount(): Promise<HTMLElement> {
  const page = await fixture<HTMLElement>(html`<div class="configurator"></div>`);
  cfg = mountConfigurator(page, { lang: 'en', copy: async () => {} });
  return page;
}

function fill(root: HTMLElement, attribute: string, value: string): void {
  const input = root.querySelector<HTMLInputElement>(`#cfg-${attribute}`)!;
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true }));
}

/** What marks a control: its outline and border as the browser draws them. */
function look(el: Element) {
  const s = getComputedStyle(el);
  return {
    outline: `${s.outlineStyle} ${s.outlineWidth} ${s.outlineColor} ${s.outlineOffset}`,
    border: `${s.borderTopStyle} ${s.borderTopWidth} ${s.borderTopColor}`,
    shadow: s.boxShadow,
  };
}

describe('configurator: invalid fields', () => {
  it('keep a distinct focus ring when focused, and a mark of their own when not', async () => {
    const root = await mount();
    fill(root, 'sku', '');
    fill(root, 'quantity', 'abc');
    const sku = root.querySelector<HTMLInputElement>('#cfg-sku')!;
    const quantity = root.querySelector<HTMLInputElement>('#cfg-quantity')!;
    const store = root.querySelector<HTMLInputElement>('#cfg-store')!;
    expect(sku.getAttribute('aria-invalid')).to.equal('true');
    expect(quantity.getAttribute('aria-invalid')).to.equal('true');
    const validLook = look(store);
    const invalidLook = look(sku);
    expect(invalidLook, 'an invalid field looks like a valid one').not.to.deep.equal(validLook);

    quantity.focus();
    expect(quantity.matches(':focus-visible')).to.equal(true);
    const focusedLook = look(quantity);
    expect(focusedLook.outline, 'the focused invalid field has no focus ring').not.to.equal(
      invalidLook.outline,
    );
    expect(getComputedStyle(quantity).outlineStyle).not.to.equal('none');
    expect(parseFloat(getComputedStyle(quantity).outlineWidth)).to.be.at.least(2);
    // Still marked invalid while focused.
    expect(focusedLook.border).to.equal(invalidLook.border);
    expect(focusedLook.shadow).to.equal(invalidLook.shadow);
  });

  it('the invalid mark stays in the configurator: other invalid fields of the page keep their look', async () => {
    const page = await fixture<HTMLElement>(html`
      <div><input id="plain" aria-invalid="false" /><input id="host" aria-invalid="true" /></div>
    `);
    const plain = page.querySelector('#plain')!;
    const host = page.querySelector('#host')!;
    expect(look(host)).to.deep.equal(look(plain));
  });
});

describe('configurator: on a 390 px phone', () => {
  it('long unbroken values do not make the page scroll sideways', async () => {
    await setViewport({ width: 390, height: 800 });
    const root = await mount();
    const fits = () => document.documentElement.scrollWidth <= window.innerWidth;
    expect(fits(), 'sideways scroll before any value').to.equal(true);
    fill(root, 'sku', 'A'.repeat(64));
    fill(root, 'store', `magasin-${'x'.repeat(200)}`);
    expect(root.querySelector('#cfg-store-warning')!.textContent).to.contain('magasin-xxx');
    expect(
      document.documentElement.scrollWidth,
      'the page scrolls sideways (a long SKU and store id)',
    ).to.be.at.most(window.innerWidth);
    // Errors too: a store id too long to be valid.
    fill(root, 'store', `magasin-${'x'.repeat(300)}`);
    expect(root.querySelector('#cfg-store-error')!.textContent).not.to.equal('');
    expect(document.documentElement.scrollWidth).to.be.at.most(window.innerWidth);
  });
});
