/**
 * A Rollup/Vite plugin for the library build: leaves out class methods of the clustering and
 * spatial-index libraries that nothing in Aisle calls.
 *  - kdbush: `KDBush.from`, which rebuilds an index from a serialized ArrayBuffer (with its four
 *    error messages). Aisle only ever builds indexes (supercluster's, and the store index of
 *    src/geo/store-index.ts) and never deserializes one.
 *  - supercluster: the vector-tile output (`getTile`, `getTileRaw` and their helpers) and
 *    `getLeaves`. The locator's map (locator-map.ts) calls only `load`, `getClusters` and
 *    `getClusterExpansionZoom`, and the index never leaves that module.
 * The build fails if a library no longer has one of them. Source tests run both libraries whole;
 * the built map is checked by e2e/map.test.mjs.
 */
const UNUSED = [
  { file: /[\\/]node_modules[\\/]kdbush[\\/]index\.js$/, name: 'kdbush', methods: ['from'] },
  {
    file: /[\\/]node_modules[\\/]supercluster[\\/]index\.js$/,
    name: 'supercluster',
    methods: [
      'getLeaves',
      'getTile',
      'getTileRaw',
      '_getTile',
      '_appendLeaves',
      '_addTileFeatures',
    ],
  },
];

export function libraryUnused() {
  return {
    name: 'aisle-library-unused',
    transform(code, id) {
      const library = UNUSED.find((l) => l.file.test(id));
      if (!library) return null;
      const ast = this.parse(code);
      const exported = ast.body.find(
        (node) =>
          node.type === 'ExportDefaultDeclaration' && node.declaration.type === 'ClassDeclaration',
      )?.declaration;
      const members = (exported?.body.body ?? []).filter(
        (m) => m.type === 'MethodDefinition' && m.kind === 'method',
      );
      const found = members.filter((m) => library.methods.includes(m.key.name));
      const missing = library.methods.filter((name) => !found.some((m) => m.key.name === name));
      if (missing.length) {
        this.error(
          `${library.name} no longer has ${missing.join(', ')}: update scripts/library-unused.mjs`,
        );
      }
      // Blanked, keeping every line where it was.
      let out = code;
      for (const m of found) {
        out =
          out.slice(0, m.start) +
          code.slice(m.start, m.end).replace(/[^\n]/g, ' ') +
          out.slice(m.end);
      }
      return { code: out, map: null };
    },
  };
}
