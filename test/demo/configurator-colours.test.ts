/**
 * The configurator's own colours (demo/configurator/configurator.css) follow the page's
 * color-scheme, as the demo's theme switch sets it, not the system's: the error and warning text
 * stay readable on the dark theme of a light system and on the light theme of a dark one.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { mountConfigurator, type Configurator } from '../../demo/configurator/form.js';
import '../../src/index.js';

let cfg: Configurator | undefined;
let style: HTMLStyleElement | undefined;

before(async () => {
  style = document.createElement('style');
  style.textContent = await (await fetch('/demo/configurator/configurator.css')).text();
  document.head.append(style);
});
after(() => style?.remove());
afterEach(() => cfg?.destroy());

/** WCAG relative luminance of an `rgb(…)` colour. */
function luminance(colour: string): number {
  const [r, g, b] = colour
    .match(/[\d.]+/g)!
    .slice(0, 3)
    .map((c) => {
      const s = Number(c) / 255;
      return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

// The demo's body.dark and body.light (demo/demo.css); the test browser's system is light.
const THEMES = [
  { scheme: 'dark', background: 'rgb(13, 17, 23)', text: 'rgb(230, 237, 243)' },
  { scheme: 'light', background: 'rgb(255, 255, 255)', text: 'rgb(31, 35, 40)' },
];

describe('configurator: colours follow the page’s color-scheme', () => {
  for (const theme of THEMES) {
    it(`keeps the error, its field's outline and the warning readable (${theme.scheme})`, async () => {
      const page = await fixture<HTMLDivElement>(html`
        <div
          style="color-scheme: ${theme.scheme}; background: ${theme.background}; color: ${theme.text}"
        >
          <div class="configurator"></div>
        </div>
      `);
      cfg = mountConfigurator(page.querySelector('.configurator')!, { lang: 'en' });
      const sku = page.querySelector<HTMLInputElement>('#cfg-sku')!;
      sku.value = '';
      sku.dispatchEvent(new Event('input', { bubbles: true }));
      const error = page.querySelector('#cfg-sku-error')!;
      const warning = page.querySelector('#cfg-script-warning')!;
      expect(error.textContent).to.equal('Required.');
      expect(warning.textContent, 'the example script address is flagged').not.to.equal('');
      const colour = (el: Element) => getComputedStyle(el).color;
      expect(contrast(colour(error), theme.background), 'error text').to.be.at.least(4.5);
      expect(contrast(colour(warning), theme.background), 'warning text').to.be.at.least(4.5);
      const outline = getComputedStyle(sku).outlineColor;
      expect(contrast(outline, theme.background), 'invalid field outline').to.be.at.least(3);
    });
  }
});
