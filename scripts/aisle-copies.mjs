/**
 * A web-test-runner plugin for the "two copies of Aisle on one page" test: serves whole,
 * self-contained bundles of src/index.ts (their own Lit, config, client, mock) at
 * `/__aisle-copy/<name>.js`, so each name is a separate copy, as when a merchant widget and the
 * retailer's page each load Aisle from their own URL. `/__aisle-copy/old-<name>.js` is the same
 * bundle claiming version 0.0.1 (for the version-mismatch warning).
 */
import * as esbuild from 'esbuild';

const PREFIX = '/__aisle-copy/';
const cache = new Map();

async function bundle(oldVersion) {
  const result = await esbuild.build({
    entryPoints: ['src/index.ts'],
    bundle: true,
    format: 'esm',
    write: false,
    target: 'es2022',
    tsconfig: './tsconfig.json',
    conditions: ['browser', 'production'],
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'silent',
    plugins: oldVersion
      ? [
          {
            name: 'old-version',
            setup(build) {
              build.onLoad({ filter: /src[\\/]version\.ts$/ }, () => ({
                contents: "export const VERSION = '0.0.1';",
                loader: 'ts',
              }));
            },
          },
        ]
      : [],
  });
  return result.outputFiles[0].text;
}

export function aisleCopies() {
  return {
    name: 'aisle-copies',
    async serve(context) {
      if (!context.path.startsWith(PREFIX)) return undefined;
      const old = context.path.slice(PREFIX.length).startsWith('old-');
      if (!cache.has(old)) cache.set(old, bundle(old));
      return { body: await cache.get(old), type: 'js' };
    },
  };
}
