/**
 * A Rollup output plugin for the ES build: renames Leaflet's private `_properties` (`_map`,
 * `_container`, `_initHooks`…, about 300 names) in the map chunk only, after terser. They are
 * never read outside that chunk: Leaflet, supercluster and our map code all live in it, so the
 * renaming is consistent; the rest of Aisle (and Lit's `_$` names) is untouched. Saves about
 * 1.3 KB brotli on every locator page. Checked by the map tests on the built output
 * (e2e/) and by `npm run size`.
 */
import { minify } from 'terser';

export function mangleLeafletPrivates() {
  return {
    name: 'aisle-mangle-leaflet-privates',
    async renderChunk(code, chunk) {
      if (!chunk.name.startsWith('locator-map')) return null;
      const result = await minify(code, {
        module: true,
        ecma: 2022,
        compress: false,
        mangle: { properties: { regex: /^_[a-zA-Z]/ } },
        format: { comments: false },
        sourceMap: { asObject: true },
      });
      return { code: result.code, map: result.map };
    },
  };
}
