/**
 * A Rollup/Vite plugin for the CDN build (dist/, not dist/npm/): the store locator takes its own
 * copy of the store-search code it shares with the store picker (geocoders, "use my location",
 * the hours table and their messages), inside store-locator.js.
 *
 * Shared, that code is a chunk of its own (about 3.4 KB brotli), one more file on every locator
 * page. Brotli compresses each file on its own, and that code has much in common with the
 * locator's, so in one file the locator page downloads about 0.5 KB less. The picker (a badge's
 * or a reserve button's store search, loaded on the shopper's click) keeps the shared chunk, as
 * webpack's `splitChunks` would do for a module set this small. A page with a locator and a
 * picker downloads the code twice, the second time on a click.
 *
 * The copy is the same source under another module id (`?locator`): a locator module's import
 * of one of `COPIED` gets the copy, and so do the copies' own imports of `COPIED`. Every other
 * import (the client, hours, formatting: the core chunk) stays shared. Nothing in `COPIED` keeps
 * state at module level or is handed outside the locator, so two copies behave as one; the
 * geocoders are in it so that the errors the locator's copy checks for (`instanceof`) are the
 * ones its geocoders throw. The build fails if a copy lands outside the locator's own files.
 */
export const LOCATOR_COPY = '?locator';

/** Source files (from the repository's root) the locator copies. */
const COPIED = [
  'src/geo/ban-geocoder.ts',
  'src/geo/create-geocoder.ts',
  'src/geo/geocoder.ts',
  'src/geo/local-geocoder.ts',
  'src/geo/locate.ts',
  'src/geo/online.ts',
  'src/geo/photon-geocoder.ts',
  'src/geo/stores-around.ts',
  'src/geo/text.ts',
  'src/hours/index.ts',
  'src/hours/status.ts',
  'src/hours/table.ts',
  'src/i18n/messages/hours.ts',
  'src/i18n/messages/location.ts',
];

const LOCATOR = '/src/components/store-locator/';

export function locatorOwnCopy(root) {
  const copied = new Set(COPIED.map((file) => `${root}${file}`));
  const seen = new Set();
  return {
    name: 'aisle-locator-own-copy',
    enforce: 'pre',
    async resolveId(source, importer, options) {
      if (!importer || !(importer.includes(LOCATOR) || importer.endsWith(LOCATOR_COPY)))
        return null;
      if (importer.includes(LOCATOR) && importer.includes('?')) return null;
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      if (!resolved || !copied.has(resolved.id)) return null;
      seen.add(resolved.id);
      return { ...resolved, id: `${resolved.id}${LOCATOR_COPY}` };
    },
    generateBundle(_options, bundle) {
      for (const file of copied) {
        if (!seen.has(file)) this.error(`locator-own-copy: no locator module imports ${file}`);
      }
      const chunks = Object.values(bundle).filter((c) => c.type === 'chunk');
      const locator = chunks.find((c) =>
        Object.keys(c.modules).some((id) => id.endsWith(`${LOCATOR}store-locator.ts`)),
      );
      if (!locator) this.error('locator-own-copy: no chunk holds the locator');
      for (const chunk of chunks) {
        const ids = Object.keys(chunk.modules);
        const copies = ids.filter((id) => id.endsWith(LOCATOR_COPY));
        // With the locator's own code, or alone (a geocoder the locator's copy loads).
        if (copies.length && chunk !== locator && copies.length !== ids.length) {
          this.error(`locator-own-copy: the locator's copies landed in ${chunk.fileName}`);
        }
      }
      // Nothing the locator loads, now or later (the mock aside), holds the shared originals:
      // a locator page downloads one copy, and the errors its geocoders throw are the ones it
      // checks for.
      const loads = [locator.fileName];
      for (const file of loads) {
        const chunk = bundle[file];
        if (chunk !== locator && Object.keys(chunk.modules).some((id) => copied.has(id))) {
          this.error(`locator-own-copy: the locator loads ${file}, with the shared originals`);
        }
        for (const next of [...chunk.imports, ...chunk.dynamicImports]) {
          if (!loads.includes(next) && !next.includes('mock')) loads.push(next);
        }
      }
    },
  };
}
