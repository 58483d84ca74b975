/**
 * Loads modules of the TypeScript source in Node through Vite's SSR loader, so a benchmark
 * measures the shipped code, not a copy. Returns the modules in the order of `paths`.
 */
import { fileURLToPath } from 'node:url';
import { createServer } from 'vite';

export async function loadSource(...paths) {
  const server = await createServer({
    root: fileURLToPath(new URL('../..', import.meta.url)),
    configFile: false,
    logLevel: 'silent',
    appType: 'custom',
    server: { middlewareMode: true, hmr: false, ws: false },
  });
  try {
    return await Promise.all(paths.map((path) => server.ssrLoadModule(path)));
  } finally {
    await server.close();
  }
}
