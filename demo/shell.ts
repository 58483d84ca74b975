/**
 * Shared by every demo page: starts the mock API (service worker), registers Aisle, and wires the
 * language and theme switches in the page header.
 */
import { startMockWorker } from './mock-worker.js';

const PAGES: Array<[href: string, label: string]> = [
  ['./', 'Home'],
  ['./product.html', 'Product page'],
  ['./listing.html', 'Listing (100 badges)'],
  ['./locator.html', 'Store locator'],
  ['./locator-50k.html', 'Locator (50,000 stores)'],
  ['./hostile.html', 'Hostile host'],
  ['./configurator.html', 'Configurator'],
];

/** Fills the shared page header: title, language and theme switches, links to every demo page. */
function renderHeader(): void {
  const header = document.querySelector<HTMLElement>('header.demo-header');
  if (!header) return;
  const page = header.dataset['page'];
  header.innerHTML = `
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
    <nav class="demo-nav" aria-label="Demo pages">
      ${PAGES.map(([href, label]) => `<a href="${href}">${label}</a>`).join('')}
    </nav>`;
  const here = location.pathname.split('/').pop() || './';
  for (const link of header.querySelectorAll('a')) {
    if (link.getAttribute('href')?.endsWith(here)) link.setAttribute('aria-current', 'page');
  }
}

export interface DemoOptions {
  /** Runs once the mock answers, before Aisle registers (e.g. to hand a locator its stores). */
  beforeRegister?: () => void | Promise<void>;
}

export async function startDemo(options: DemoOptions = {}): Promise<void> {
  renderHeader();
  wireSwitches(); // at once: a choice made while the mock starts must stand
  // The mock must answer before any element asks: register Aisle only once it runs.
  await startMockWorker();
  await options.beforeRegister?.();
  await import('../src/index.js');
}

function wireSwitches(): void {
  const lang = document.querySelector<HTMLSelectElement>('#lang');
  const theme = document.querySelector<HTMLSelectElement>('#theme');
  const config = document.querySelector('aisle-config');
  if (lang) {
    lang.value = document.documentElement.lang;
    lang.addEventListener('change', () => (document.documentElement.lang = lang.value));
  }
  theme?.addEventListener('change', () => {
    config?.setAttribute('theme', theme.value);
    document.body.className = theme.value === 'auto' ? '' : theme.value;
  });
}
