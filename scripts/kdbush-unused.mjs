/**
 * A Rollup/Vite plugin for the library build: leaves out `KDBush.from`, which rebuilds an index
 * from a serialized ArrayBuffer (with its four error messages). Aisle only ever builds indexes
 * (supercluster's, and the store index of src/geo/store-index.ts) and never deserializes one, so
 * nothing calls it. The build fails if kdbush no longer has it. Source tests run kdbush whole.
 */
export function kdbushUnused() {
  return {
    name: 'aisle-kdbush-unused',
    transform(code, id) {
      if (!/[\\/]node_modules[\\/]kdbush[\\/]index\.js$/.test(id)) return null;
      const ast = this.parse(code);
      const kdbush = ast.body.find(
        (node) =>
          node.type === 'ExportDefaultDeclaration' && node.declaration.type === 'ClassDeclaration',
      )?.declaration;
      const from = kdbush?.body.body.find(
        (member) =>
          member.type === 'MethodDefinition' && member.static && member.key.name === 'from',
      );
      if (!from)
        this.error('kdbush no longer has a static from(): update scripts/kdbush-unused.mjs');
      // Blanked, keeping every line where it was.
      const blank = code.slice(from.start, from.end).replace(/[^\n]/g, ' ');
      return { code: code.slice(0, from.start) + blank + code.slice(from.end), map: null };
    },
  };
}
