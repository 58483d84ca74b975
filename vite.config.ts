import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import { demoHeader } from './demo/header.js';

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));

/**
 * Dev server: serves MSW's service worker at the site root (its scope must be "/") straight from
 * node_modules, so nothing is copied or committed, and sends "/" to the demo home.
 */
function demoServer(): Plugin {
  return {
    name: 'aisle-demo-server',
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const url = req.url ?? '/';
        if (url === '/mockServiceWorker.js') {
          res.setHeader('Content-Type', 'text/javascript');
          res.end(readFileSync(here('node_modules/msw/lib/mockServiceWorker.js')));
          return;
        }
        if (url === '/' || url === '/index.html') {
          res.statusCode = 302;
          res.setHeader('Location', '/demo/');
          res.end();
          return;
        }
        next();
      });
    },
  };
}

export default defineConfig({
  plugins: [demoServer(), demoHeader()],
  server: { port: 5173, strictPort: false },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    minify: 'terser',
    sourcemap: true,
    lib: {
      entry: here('src/index.ts'),
      name: 'Aisle',
      formats: ['es', 'iife'],
      fileName: (format) => (format === 'es' ? 'aisle.js' : 'aisle.iife.js'),
    },
  },
});
