// Shared by the end-to-end tests: a static file server (any static server must do for the built
// demo) and the system Chromium driven by playwright-core (never a downloaded browser).
import { createReadStream, existsSync, statSync } from 'node:fs';
import { copyFile, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { fileURLToPath } from 'node:url';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { after, before } from 'node:test';
import { chromium } from 'playwright-core';
import { CHROME_ARGS, findChrome } from '../scripts/browsers.mjs';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.map': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

/**
 * Serves `roots` (first match wins) on 127.0.0.1 at a free port: plain files, `index.html` for
 * folders, 404 otherwise. No rewriting, no headers beyond the content type.
 * @param {Record<string, string | string[]>} mounts URL prefix ("/" or "/dist/") -> folder(s)
 */
export async function serveStatic(mounts) {
  const entries = Object.entries(mounts)
    .flatMap(([prefix, folders]) => [folders].flat().map((folder) => [prefix, folder]))
    .sort((a, b) => b[0].length - a[0].length);
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    for (const [prefix, folder] of entries) {
      if (!path.startsWith(prefix)) continue;
      const base = resolve(folder);
      let file = normalize(join(base, path.slice(prefix.length)));
      if (!file.startsWith(base)) break;
      if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
      if (!existsSync(file)) continue;
      res.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' });
      createReadStream(file).pipe(res);
      return;
    }
    res.writeHead(404, { 'Content-Type': 'text/plain' });
    res.end('not found');
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise((done) => server.close(done)),
  };
}

/** The system Chromium, headless, with the flags a closed network needs. */
export function launchChromium() {
  return chromium.launch({ executablePath: findChrome(), headless: true, args: CHROME_ARGS });
}

/**
 * Collects what a page reports as going wrong: uncaught errors, console errors, and CSP
 * violations (the `securitypolicyviolation` event, recorded in the page before any script runs).
 * @param {import('playwright-core').Page} page
 */
export async function watchProblems(page) {
  const problems = { errors: [], console: [], failed: [] };
  page.on('pageerror', (error) => problems.errors.push(String(error)));
  page.on('response', (response) => {
    const url = new URL(response.url());
    if (response.status() >= 400 && url.pathname !== '/favicon.ico')
      problems.failed.push(`${response.status()} ${url.pathname}`);
  });
  page.on('requestfailed', (request) => problems.failed.push(`failed ${request.url()}`));
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning')
      problems.console.push(`${message.type()}: ${message.text()}`);
  });
  await page.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      window.__cspViolations.push(
        `${event.violatedDirective} blocked ${event.blockedURI || '(inline)'} at ${event.sourceFile}:${event.lineNumber}`,
      );
    });
  });
  return problems;
}

/** @param {import('playwright-core').Page} page */
export const cspViolations = (page) => page.evaluate(() => window.__cspViolations ?? []);

export const ROOT = fileURLToPath(new URL('..', import.meta.url));

const made = [];
// The folders `tempDir` made for this test file go when it ends.
after(() => Promise.all(made.splice(0).map((dir) => rm(dir, { recursive: true, force: true }))));

/** A new folder in the system's temporary folder (`prefix` then random), removed after the file. */
export async function tempDir(prefix) {
  const dir = await mkdtemp(join(tmpdir(), prefix));
  made.push(dir);
  return dir;
}

/**
 * The demo's mock API (MSW in a service worker) as one browser module, for plain pages that load
 * the built `dist/` files: `import { startMockWorker } from '/e2e-mock.js'`.
 * Returns the folder holding `e2e-mock.js` and `mockServiceWorker.js`.
 */
export async function buildMockBundle() {
  const { build } = await import('esbuild');
  const out = await tempDir('aisle-e2e-');
  await build({
    entryPoints: [join(ROOT, 'demo/mock-worker.ts')],
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    conditions: ['browser'],
    outfile: join(out, 'e2e-mock.js'),
    logLevel: 'error',
  });
  await copyFile(
    join(ROOT, 'node_modules/msw/lib/mockServiceWorker.js'),
    join(out, 'mockServiceWorker.js'),
  );
  return out;
}

/** Fails with a clear message when a build the tests need is missing. */
export function requireBuilt(...files) {
  for (const file of files) {
    if (!existsSync(join(ROOT, file)))
      throw new Error(`${file} is missing: run "npm run test:e2e" (it builds first).`);
  }
}

/**
 * Everything that went wrong, as one list to compare with []. Failed responses are listed by URL
 * (the browser's own "Failed to load resource" console line names none, so it is dropped; the
 * static server's 404 for /favicon.ico is not a problem).
 */
export const allProblems = (problems) => [
  ...problems.errors,
  // Tile images fetched through the demo's MSW service worker bypass `blankTiles` (Playwright does
  // not route a service worker's own requests) and fail on this offline machine: not Aisle's doing.
  ...problems.failed.filter((line) => !line.startsWith('failed https://tile.openstreetmap.org/')),
  ...problems.console.filter((line) => !line.includes('Failed to load resource')),
];

// A 1x1 transparent PNG.
const PIXEL = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=',
  'base64',
);

/**
 * The demo's locator draws OpenStreetMap tiles; tests have no network, so tile requests get a
 * blank image instead of failing. Only tile images are answered; anything else still fails.
 * `onTile` is told each tile's URL.
 * @param {import('playwright-core').BrowserContext} context
 * @param {(url: URL) => void} [onTile]
 */
export async function blankTiles(context, onTile = (_url) => {}) {
  await context.route('https://tile.openstreetmap.org/**', (route) => {
    onTile(new URL(route.request().url()));
    return route.fulfill({ status: 200, contentType: 'image/png', body: PIXEL });
  });
}

/**
 * Waits until an element's rendered text (its shadow tree, as a shopper reads it) matches.
 * @param {import('playwright-core').Locator} locator
 * @param {RegExp} pattern
 */
export async function shows(locator, pattern) {
  await locator.evaluate(
    (el, [source, flags]) =>
      new Promise((resolve) => {
        const re = new RegExp(source, flags);
        const test = () => re.test(el.shadowRoot?.textContent?.replace(/\s+/g, ' ') ?? '');
        if (test()) return resolve(true);
        const id = setInterval(() => test() && (clearInterval(id), resolve(true)), 50);
      }),
    [pattern.source, pattern.flags],
  );
}

/**
 * A test file's site: serves `mounts` (an object as `serveStatic` takes, or a function resolving
 * to one) and launches Chromium before the file's tests, closes both after them. Read
 * `site.server` and `site.browser` inside the tests.
 * @param {Parameters<typeof serveStatic>[0] | (() => Promise<Parameters<typeof serveStatic>[0]>)} mounts
 */
export function useSite(mounts) {
  /** @type {{ server?: Awaited<ReturnType<typeof serveStatic>>, browser?: import('playwright-core').Browser }} */
  const site = {};
  before(async () => {
    site.server = await serveStatic(typeof mounts === 'function' ? await mounts() : mounts);
    site.browser = await launchChromium();
  });
  after(async () => {
    await site.browser?.close();
    await site.server?.close();
  });
  return site;
}

/**
 * In an open reserve dialog: "Hold it for me", then the contact form filled (Camille Martin) and
 * the terms accepted, ready for "Confirm reservation".
 * @param {import('playwright-core').Locator} dialog
 */
export async function holdAndFill(dialog) {
  await dialog.getByRole('button', { name: 'Hold it for me' }).click();
  await dialog
    .getByText(/Held for you/)
    .first()
    .waitFor();
  await dialog.getByRole('textbox', { name: 'Full name' }).fill('Camille Martin');
  await dialog.getByRole('textbox', { name: 'Email' }).fill('camille@example.com');
  await dialog.getByRole('checkbox', { name: 'I accept the reservation terms' }).check();
}
