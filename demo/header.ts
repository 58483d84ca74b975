/**
 * The demo pages' shared header (title, language and theme switches, links to every demo page),
 * written into each page's `<header class="demo-header" data-page="…">` by the dev server and
 * the demo build (`demoHeader()` in both Vite configs). In the HTML from the start, it is painted
 * with the page: filled in by script after the first paint, it pushed the page down (a layout
 * shift of 0.075 on the listing page at 390 px). demo/shell.ts wires the switches.
 */
import type { Plugin } from 'vite';

export const PAGES: Array<[href: string, label: string]> = [
  ['./', 'Home'],
  ['./product.html', 'Product page'],
  ['./listing.html', 'Listing (100 badges)'],
  ['./locator.html', 'Store locator'],
  ['./locator-50k.html', 'Locator (50,000 stores)'],
  ['./hostile.html', 'Hostile host'],
  ['./configurator.html', 'Configurator'],
];

/** The header's content for the page `file` (e.g. "listing.html") titled `page`. */
export function headerHtml(page: string, file: string): string {
  const links = PAGES.map(([href, label]) => {
    const here = href === './' ? file === 'index.html' : href === `./${file}`;
    return `<a href="${href}"${here ? ' aria-current="page"' : ''}>${label}</a>`;
  }).join('');
  return `
      <h1>Aisle${page ? ` · ${page}` : ''}</h1>
      <p>Store availability web components, running on the built-in mock API.</p>
      <form class="demo-controls" aria-label="Demo settings">
        <label>Language
          <select id="lang"><option value="en">English</option><option value="fr">Français</option></select>
        </label>
        <label>Theme
          <select id="theme">
            <option value="auto">Follow the system</option>
            <option value="light">Light</option>
            <option value="dark">Dark</option>
          </select>
        </label>
      </form>
      <nav class="demo-nav" aria-label="Demo pages">${links}</nav>
    `;
}

/** The demo page `html` (from the file `file`) with its empty header filled in. */
export function withHeader(html: string, file: string): string {
  return html.replace(
    /(<header class="demo-header" data-page="([^"]*)">)(<\/header>)/,
    (_, open: string, page: string, close: string) => open + headerHtml(page, file) + close,
  );
}

/** Fills each demo page's empty `<header class="demo-header" data-page="…">` as it is served. */
export function demoHeader(): Plugin {
  return {
    name: 'aisle-demo-header',
    transformIndexHtml(html, ctx) {
      return withHeader(html, ctx.filename.split(/[\\/]/).pop() ?? '');
    },
  };
}
