/**
 * `npm run build:demo`: a static copy of the demo site in `dist-demo/`, one page per
 * `demo/*.html`, with MSW's service worker at its root so the mock API runs on any static server
 * (`npx vite preview --config vite.demo.config.ts`, or any server rooted at `dist-demo/`).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import { demoHeader } from './demo/header.js';

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));

const pages = Object.fromEntries(
  readdirSync(here('demo'))
    .filter((name) => name.endsWith('.html'))
    .map((name) => [name.replace(/\.html$/, ''), here(`demo/${name}`)]),
);

/** Copies MSW's worker to the site root: the demo registers `/mockServiceWorker.js`. */
function mockServiceWorker(): Plugin {
  return {
    name: 'aisle-demo-msw',
    generateBundle() {
      this.emitFile({
        type: 'asset',
        fileName: 'mockServiceWorker.js',
        source: readFileSync(here('node_modules/msw/lib/mockServiceWorker.js'), 'utf8'),
      });
    },
  };
}

export default defineConfig({
  root: here('demo'),
  base: './',
  publicDir: false,
  plugins: [mockServiceWorker(), demoHeader()],
  preview: { host: '127.0.0.1', port: 4173, strictPort: false },
  build: {
    outDir: here('dist-demo'),
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: true,
    rollupOptions: { input: pages },
  },
});
