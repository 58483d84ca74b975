import { expect, fixture, html } from '@open-wc/testing';
import '../helpers/mock-api.js';
import '../helpers/probe.js';

/** Relative luminance of a computed colour, "rgb(r, g, b)". */
function luminance(rgb: string): number {
  const m = /^rgb\((\d+), (\d+), (\d+)\)$/.exec(rgb.trim());
  if (!m) throw new Error(`not an opaque rgb() colour: ${rgb}`);
  const channels = [m[1], m[2], m[3]].map((c) => Number(c) / 255);
  const [r, g, b] = channels.map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

/** A colour token as the element's shadow tree uses it (light-dark() resolved there). */
function token(el: Element, name: string): string {
  const probe = document.createElement('span');
  probe.style.color = `var(${name})`;
  el.shadowRoot!.append(probe);
  const color = getComputedStyle(probe).color;
  probe.remove();
  return color;
}

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

  it("follows the page's color scheme by default, and `theme` over it", async () => {
    const page = await fixture(html`
      <div>
        <aisle-test-probe id="plain"></aisle-test-probe>
        <div style="color-scheme: dark; background: #000">
          <aisle-test-probe id="dark-page"></aisle-test-probe>
          <aisle-test-probe id="forced-light" theme="light"></aisle-test-probe>
        </div>
        <div style="color-scheme: light dark">
          <aisle-test-probe id="both"></aisle-test-probe>
        </div>
        <aisle-test-probe id="forced-dark" theme="dark"></aisle-test-probe>
      </div>
    `);
    const text = (id: string) => token(page.querySelector(`#${id}`)!, '--_aisle-color-text');
    const [LIGHT, DARK] = ['rgb(31, 35, 40)', 'rgb(230, 237, 243)'];
    // A page that declares no color scheme is light, whatever the OS says: dark text on it.
    expect(text('plain')).to.equal(LIGHT);
    expect(text('dark-page')).to.equal(DARK);
    expect(text('forced-light')).to.equal(LIGHT);
    expect(text('forced-dark')).to.equal(DARK);
    // "light dark" follows the OS: the test browsers are light.
    expect(text('both')).to.equal(
      matchMedia('(prefers-color-scheme: dark)').matches ? DARK : LIGHT,
    );
  });

  it('lets the page override public tokens and inherit its font', async () => {
    const wrapper = await fixture(html`
      <div style="font-family: Georgia, serif; --aisle-color-primary: #123456">
        <aisle-test-probe></aisle-test-probe>
      </div>
    `);
    const el = wrapper.querySelector('aisle-test-probe')!;
    expect(token(el, '--_aisle-color-primary')).to.equal('rgb(18, 52, 86)');
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
