import { readFileSync } from 'node:fs';

/**
 * A Rollup/Vite plugin for the library build: leaves out class methods of the clustering and
 * spatial-index libraries that nothing in Aisle calls.
 *  - kdbush: `KDBush.from`, which rebuilds an index from a serialized ArrayBuffer (with its four
 *    error messages). Aisle only ever builds indexes (supercluster's, and the store index of
 *    src/geo/store-index.ts) and never deserializes one.
 *  - supercluster: the vector-tile output (`getTile`, `getTileRaw` and their helpers),
 *    `getLeaves`, and `_map`, which only a `reduce` option (never given) calls. The locator's map (locator-map.ts) calls only `load`, `getClusters` and
 *    `getClusterExpansionZoom`, and the index never leaves that module.
 *  - @lit/task: `Task`'s `taskComplete` getter (a promise of the current run) and `abort()`.
 *    Aisle's tasks (the badge, the picker, the locator, the reserve dialog) are private to their
 *    elements, which read `status`, `value` and `render()` and call `run()`, never these two.
 * The build fails if a library no longer has one of them. The browser tests load the libraries
 * through this plugin too (web-test-runner.config.mjs; Lit's development builds included), so
 * Aisle code calling a member left out fails there as it would in dist/
 * (test/distribution/shipped-libraries.test.ts checks the tests see them left out).
 *
 * Also Lit's `property()` decorator (which `state()` calls): it takes both TypeScript's
 * experimental decorators and standard ones (`standardProperty`: default options, accessor and
 * setter wrappers, decorator metadata). Aisle compiles with `experimentalDecorators`
 * (tsconfig.json), so only the experimental path ever runs; the build keeps that one, and fails
 * if tsconfig.json turns the option off or the decorator no longer has the two paths.
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
      // Cluster properties for a `reduce` option, which the locator does not give.
      '_map',
    ],
  },
  {
    file: /[\\/]node_modules[\\/]@lit[\\/]task[\\/](development[\\/])?task\.js$/,
    name: '@lit/task',
    className: 'Task',
    methods: ['taskComplete', 'abort'],
  },
];

/**
 * The library's class: its default export, or the one exported as `className` (`export class`,
 * or a top-level class exported by name, as Lit's minified files do).
 */
function libraryClass(ast, className) {
  if (!className) {
    const node = ast.body.find((n) => n.type === 'ExportDefaultDeclaration');
    return node?.declaration.type === 'ClassDeclaration' ? node.declaration : undefined;
  }
  let local = className;
  for (const node of ast.body) {
    if (node.type !== 'ExportNamedDeclaration') continue;
    const specifier = node.specifiers?.find((s) => s.exported.name === className);
    if (specifier && !node.source) local = specifier.local.name;
  }
  for (const node of ast.body) {
    const declaration = node.type === 'ExportNamedDeclaration' ? node.declaration : node;
    if (declaration?.type === 'ClassDeclaration' && declaration.id?.name === local)
      return declaration;
  }
  return undefined;
}

const LIT_PROPERTY =
  /[\\/]node_modules[\\/]@lit[\\/]reactive-element[\\/](development[\\/])?decorators[\\/]property\.js$/;

/** Does `node` read `typeof x == "object"` (either way round, == or ===)? */
function isTypeofObject(node) {
  if (node?.type !== 'BinaryExpression' || !/^={2,3}$/.test(node.operator)) return false;
  const sides = [node.left, node.right];
  return (
    sides.some((n) => n.type === 'UnaryExpression' && n.operator === 'typeof') &&
    sides.some((n) => n.type === 'Literal' && n.value === 'object')
  );
}

/** The first node under `node` (depth first) for which `test` holds. */
function findNode(node, test) {
  if (!node || typeof node.type !== 'string') return undefined;
  if (test(node)) return node;
  for (const value of Object.values(node)) {
    for (const child of Array.isArray(value) ? value : [value]) {
      const found = child && typeof child === 'object' ? findNode(child, test) : undefined;
      if (found) return found;
    }
  }
  return undefined;
}

/**
 * `property()`'s returned decorator with only the experimental-decorator path: the conditional
 * `typeof nameOrContext == "object" ? standardProperty(…) : legacyProperty(…)` becomes its else
 * branch, and Rollup leaves `standardProperty` out.
 */
function legacyPropertyOnly(ctx, code) {
  const tsconfig = JSON.parse(readFileSync(new URL('../tsconfig.json', import.meta.url), 'utf8'));
  if (tsconfig.compilerOptions?.experimentalDecorators !== true) {
    ctx.error(
      'tsconfig.json no longer sets experimentalDecorators: Lit needs its standard-decorator ' +
        'path back (scripts/library-unused.mjs)',
    );
  }
  const ast = ctx.parse(code);
  const property = findNode(
    ast,
    (n) => n.type === 'FunctionDeclaration' && n.id?.name === exportedLocal(ast, 'property'),
  );
  const choice = findNode(
    property,
    (n) => n.type === 'ConditionalExpression' && isTypeofObject(n.test),
  );
  if (!choice) {
    ctx.error(`@lit/reactive-element's property() changed: update scripts/library-unused.mjs`);
  }
  const legacy = code.slice(choice.alternate.start, choice.alternate.end);
  return `${code.slice(0, choice.start)}(${legacy})${code.slice(choice.end)}`;
}

/** The local name of what a module exports as `name`. */
function exportedLocal(ast, name) {
  for (const node of ast.body) {
    if (node.type !== 'ExportNamedDeclaration') continue;
    if (node.declaration?.id?.name === name) return name;
    const specifier = node.specifiers?.find((s) => s.exported.name === name);
    if (specifier && !node.source) return specifier.local.name;
  }
  return undefined;
}

export function libraryUnused() {
  return {
    name: 'aisle-library-unused',
    transform(code, id) {
      if (LIT_PROPERTY.test(id)) return { code: legacyPropertyOnly(this, code), map: null };
      const library = UNUSED.find((l) => l.file.test(id));
      if (!library) return null;
      const ast = this.parse(code);
      const exported = libraryClass(ast, library.className);
      // Methods and getters (static or not), never the constructor.
      const members = (exported?.body.body ?? []).filter(
        (m) => m.type === 'MethodDefinition' && (m.kind === 'method' || m.kind === 'get'),
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
