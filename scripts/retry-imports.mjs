/**
 * A Rollup output plugin for the ES build: every dynamic `import()` of a chunk goes through a
 * small helper that, after a failed load, asks again under a new URL (`?retry=n`). Browsers keep a
 * failed module load for the life of the page: without this, one dropped request (a tunnel, a
 * flaky café Wi-Fi) would leave "Reserve in store", the store picker or the map broken until the
 * shopper reloads, however often they press "Try again". After a failure, the plain URL is tried
 * first (browsers that no longer keep failures load it, and the page keeps one copy of each
 * module), then `?retry=n`. A module loaded this way reuses the chunks already loaded (relative
 * imports drop the query); a chunk whose own static import failed stays failed where the browser
 * keeps that failure.
 *
 * The helper is defined once, by the core chunk, as `globalThis.__aisleImport` (a second copy of
 * Aisle on the page shares the first one's: it is keyed by absolute URL). Defined unless a
 * function is there already: an element with `id="__aisleImport"` on the page (which the window
 * names) must not stand in for it. Every chunk with a
 * dynamic import imports core statically, so core has always run first; the build fails if not.
 * Checked by e2e/retry.test.mjs on the built output.
 */
const HELPER = `typeof __aisleImport == 'function' || (globalThis.__aisleImport = (() => {
  const failed = {};
  return (path, base) => {
    const url = new URL(path, base).href;
    const n = failed[url] | 0;
    const load = import(url);
    return (n ? load.catch(() => import(url + '?retry=' + n)) : load).catch((error) => {
      failed[url] = n + 1;
      throw error;
    });
  };
})());`;

const isCore = (chunk) => chunk.name === 'core';

export function retryImports() {
  return {
    name: 'aisle-retry-imports',
    renderDynamicImport({ format, targetChunk }) {
      if (format !== 'es' || !targetChunk) return null;
      return { left: '__aisleImport(', right: ', import.meta.url)' };
    },
    intro(chunk) {
      return isCore(chunk) ? HELPER : '';
    },
    generateBundle(_options, bundle) {
      const chunks = Object.values(bundle).filter((c) => c.type === 'chunk');
      const core = chunks.find(isCore);
      if (!core) this.error('retry-imports: no core chunk');
      for (const chunk of chunks) {
        if (!chunk.dynamicImports.length || chunk === core) continue;
        if (!chunk.imports.includes(core.fileName)) {
          this.error(`retry-imports: ${chunk.fileName} imports chunks lazily but not core first`);
        }
      }
    },
  };
}
