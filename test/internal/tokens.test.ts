import { expect, fixture, html } from '@open-wc/testing';
import '../helpers/mock-api.js';
import '../helpers/probe.js';

function luminance(hex: string): number {
  const m = /^#([0-9a-f]{6})$/i.exec(hex.trim());
  if (!m) throw new Error(`not a hex colour: ${hex}`);
  const channels = [0, 2, 4].map((i) => parseInt(m[1]!.slice(i, i + 2), 16) / 255);
  const [r, g, b] = channels.map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

const token = (el: Element, name: string) => getComputedStyle(el).getPropertyValue(name).trim();

describe('design tokens', () => {
  for (const theme of ['light', 'dark']) {
    it(`meet WCAG AA contrast in the ${theme} palette`, async () => {
      const el = await fixture(html`<aisle-test-probe theme=${theme}></aisle-test-probe>`);
      const surface = token(el, '--_aisle-color-surface');
      const raised = token(el, '--_aisle-color-surface-raised');
      for (const name of ['text', 'text-muted', 'primary', 'success', 'warning', 'danger']) {
        const fg = token(el, `--_aisle-color-${name}`);
        expect(contrast(fg, surface), `${name} on surface`).to.be.at.least(4.5);
        expect(contrast(fg, raised), `${name} on raised surface`).to.be.at.least(4.5);
      }
      const primary = token(el, '--_aisle-color-primary');
      expect(contrast(token(el, '--_aisle-color-on-primary'), primary)).to.be.at.least(4.5);
      // Borders and focus rings are non-text UI: 3:1.
      expect(contrast(token(el, '--_aisle-color-border'), surface)).to.be.at.least(3);
      expect(contrast(token(el, '--_aisle-color-focus'), surface)).to.be.at.least(3);
    });
  }

  it('lets the page override public tokens and inherit its font', async () => {
    const wrapper = await fixture(html`
      <div style="font-family: Georgia, serif; --aisle-color-primary: #123456">
        <aisle-test-probe></aisle-test-probe>
      </div>
    `);
    const el = wrapper.querySelector('aisle-test-probe')!;
    expect(token(el, '--_aisle-color-primary')).to.equal('#123456');
    expect(getComputedStyle(el).fontFamily).to.contain('Georgia');
  });

  it('resists inherited text styles from the host page', async () => {
    const wrapper = await fixture(html`
      <div style="text-transform: uppercase; letter-spacing: 10px; font-style: italic">
        <aisle-test-probe></aisle-test-probe>
      </div>
    `);
    const style = getComputedStyle(wrapper.querySelector('aisle-test-probe')!);
    expect(style.textTransform).to.equal('none');
    expect(style.letterSpacing).to.equal('normal');
    expect(style.fontStyle).to.equal('normal');
  });

  it('keeps border-box sizing inside even when a page rule sets content-box on the host', async () => {
    const page = document.createElement('style');
    page.textContent = 'aisle-test-probe, aisle-test-probe * { box-sizing: content-box }';
    document.head.append(page);
    try {
      const el = await fixture(html`<aisle-test-probe></aisle-test-probe>`);
      const inner = el.shadowRoot!.querySelector('[part="base"]')!;
      expect(getComputedStyle(inner).boxSizing).to.equal('border-box');
    } finally {
      page.remove();
    }
  });
});
