/**
 * custom-elements.json from the elements' JSDoc (@summary, @attr, @fires, @slot, @csspart,
 * @cssproperty) and their Lit @property declarations. Run by `npm run build`; checked by
 * scripts/check-docs.mjs.
 *
 * Aisle registers tags through its own `define(tag, Class)` (src/internal/define.ts), which the
 * analyzer does not know: the plugin below reads those calls and marks the classes as custom
 * elements with their tag names.
 */
function aisleDefine() {
  /** class name -> tag */
  const tags = new Map();
  /** module path -> source text */
  const sources = new Map();
  return {
    name: 'aisle-define',
    analyzePhase({ ts, node, moduleDoc }) {
      if (ts.isSourceFile(node)) sources.set(moduleDoc.path, node.text);
      if (
        ts.isCallExpression(node) &&
        ts.isIdentifier(node.expression) &&
        node.expression.text === 'define' &&
        node.arguments.length === 2 &&
        ts.isStringLiteral(node.arguments[0]) &&
        ts.isIdentifier(node.arguments[1])
      ) {
        const tag = node.arguments[0].text;
        const name = node.arguments[1].text;
        tags.set(name, tag);
        moduleDoc.exports ??= [];
        moduleDoc.exports.push({
          kind: 'custom-element-definition',
          name: tag,
          declaration: { name, module: '' },
        });
      }
    },
    packageLinkPhase({ customElementsManifest }) {
      const where = new Map();
      for (const mod of customElementsManifest.modules) {
        for (const decl of mod.declarations ?? []) {
          if (decl.kind !== 'class' || !tags.has(decl.name)) continue;
          decl.customElement = true;
          decl.tagName = tags.get(decl.name);
          // The analyzer takes the first argument of `new SomeEvent(value)` as an event name:
          // drop undocumented events whose name is not a string literal in the module.
          const text = sources.get(mod.path) ?? '';
          decl.events = decl.events?.filter(
            (e) => e.description || text.includes(`'${e.name}'`) || text.includes(`"${e.name}"`),
          );
          if (decl.events?.length === 0) delete decl.events;
          where.set(decl.name, mod.path);
        }
      }
      for (const mod of customElementsManifest.modules) {
        for (const exp of mod.exports ?? []) {
          if (exp.kind === 'custom-element-definition' && where.has(exp.declaration.name)) {
            exp.declaration.module = where.get(exp.declaration.name);
          }
        }
      }
    },
  };
}

export default {
  globs: ['src/components/**/*.ts'],
  exclude: ['src/components/**/*.styles.ts', 'src/components/**/*.generated.ts'],
  outdir: '.',
  litelement: true,
  dev: false,
  plugins: [aisleDefine()],
};
