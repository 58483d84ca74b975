/**
 * A Rollup output plugin for the ES, npm and mock builds: drops the `/* @__PURE__ *\/` annotations left in the
 * minified chunks (about 50 in core). They are for bundlers, which have nothing left to remove in
 * these already tree-shaken files (and some warn that they cannot read them there); shoppers
 * would download them on every page. A terser pass with no compression or mangling rewrites only
 * the comments, and keeps the source map right.
 */
import { minify } from 'terser';

export function stripAnnotations() {
  return {
    name: 'aisle-strip-annotations',
    async renderChunk(code) {
      if (!code.includes('@__PURE__')) return null;
      const result = await minify(code, {
        module: true,
        ecma: 2022,
        compress: false,
        mangle: false,
        format: { comments: false },
        sourceMap: { asObject: true },
      });
      return { code: result.code, map: result.map };
    },
  };
}
