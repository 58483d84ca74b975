/**
 * The configurator's own colours (demo/configurator/configurator.css) follow the page's
 * color-scheme, as the demo's theme switch sets it, not the system's: the error and warning text
 * stay readable on the dark theme of a light system and on the light theme of a dark one.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { mountConfigurator, type Configurator } from '../../demo/configurator/form.js';
import '../../src/index.js';
import '../helpers/mock-api.js';
import { useStylesheet } from '../helpers/stylesheet.js';
import { waitUntil } from '../helpers/wait.js';

let cfg: Configurator | undefined;
useStylesheet('/demo/configurator/configurator.css');
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

/** A page of the demo's theme with the configurator (in English) in it. */
async function mountOn(theme: (typeof THEMES)[number]): Promise<HTMLDivElement> {
  const page = await fixture<HTMLDivElement>(html`
    <div
      style="color-scheme: ${theme.scheme}; background: ${theme.background}; color: ${theme.text}"
    >
      <div class="configurator"></div>
    </div>
  `);
  cfg = mountConfigurator(page.querySelector('.configurator')!, { lang: 'en' });
  return page;
}

describe('configurator: colours follow the page’s color-scheme', () => {
  for (const theme of THEMES) {
    it(`keeps the error, its field's outline and the warning readable (${theme.scheme})`, async () => {
      const page = await mountOn(theme);
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

/** The colour a box is seen on: its own background, else the nearest ancestor's. */
function surfaceOf(element: Element): string {
  for (let el: Element | null = element; el; el = el.parentElement) {
    const background = getComputedStyle(el).backgroundColor;
    if (background !== 'rgba(0, 0, 0, 0)' && background !== 'transparent') return background;
  }
  return 'rgb(255, 255, 255)';
}

describe('configurator: the preview’s surface follows the page settings’ theme', () => {
  // On each demo theme, the page settings choose the other one, then "Follow the page".
  for (const [page, chosen] of [
    [THEMES[0]!, 'light'],
    [THEMES[1]!, 'dark'],
    [THEMES[0]!, ''],
    [THEMES[1]!, ''],
  ] as const) {
    it(`shows the sample badge readable: ${chosen || 'auto'} settings on a ${page.scheme} page`, async () => {
      const host = await mountOn(page);
      host.querySelector<HTMLInputElement>('#cfg-element-aisle-config')!.click();
      const theme = host.querySelector<HTMLSelectElement>('#cfg-theme')!;
      theme.value = chosen;
      theme.dispatchEvent(new Event('change', { bubbles: true }));
      const badge = host.querySelector('#cfg-preview aisle-config > aisle-stock-badge')!;
      const status = () => badge.shadowRoot?.querySelector('[part="status"]');
      await waitUntil(() => status()?.textContent?.trim(), 'the sample badge never rendered');
      expect(badge.getAttribute('data-aisle-theme')).to.equal(chosen || null);
      const surface = surfaceOf(badge);
      // "Follow the page": the configurator page's own surface, as on the editor's page.
      if (!chosen) expect(surface).to.equal(page.background);
      for (const [what, el] of [
        ['text', badge],
        ['status', status()!],
      ] as const) {
        const ratio = contrast(getComputedStyle(el).color, surface);
        expect(ratio, `${what} ${getComputedStyle(el).color} on ${surface}`).to.be.at.least(4.5);
      }
    });
  }
});
