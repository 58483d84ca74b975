import { readFileSync } from 'node:fs';
import { PUBLIC_ELEMENTS } from './scripts/build-entries.mjs';

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

/** The module every element's base class is exported from (`@aisle/elements/all`). */
const BASE = { name: 'AisleElement', module: 'dist/npm/all.js' };

const isPublic = (member) => !member.privacy && !member.name.startsWith('_');

/** Event name -> its `detail` type, from the AisleEventDetails map (exported by the package). */
function eventDetailTypes() {
  const text = readFileSync(new URL('./src/internal/events.ts', import.meta.url), 'utf8');
  const map = /interface AisleEventDetails \{([^}]*)\}/.exec(text)?.[1] ?? '';
  return new Map([...map.matchAll(/'(aisle-[\w-]+)':\s*(\w+);/g)].map((m) => [m[1], m[2]]));
}

/**
 * The manifest as the package's users read it (editors, Storybook, linters): one module per
 * public element, at the path of the file that defines it (`dist/npm/<entry>.js`, what
 * package.json's exports name), with its public API only; every element lists the configuration
 * attributes it inherits from `AisleElement` (documented on `<aisle-config>`); elements without
 * an entry of their own (the store picker, rendered only inside Aisle's shadow roots) and
 * internal modules are left out.
 */
function publicManifest() {
  return {
    name: 'aisle-public-manifest',
    packageLinkPhase({ customElementsManifest }) {
      const entryOf = new Map(PUBLIC_ELEMENTS.map((e) => [`${e.source}/`, e.module]));
      const elements = [];
      let base;
      for (const mod of customElementsManifest.modules) {
        for (const decl of mod.declarations ?? []) {
          if (decl.name === BASE.name) base = decl;
          const folder = mod.path.slice(0, mod.path.lastIndexOf('/') + 1);
          if (decl.customElement && entryOf.has(folder))
            elements.push({ decl, path: entryOf.get(folder) });
        }
      }
      const config = elements.find((e) => e.decl.tagName === 'aisle-config')?.decl;
      if (!base || !config) {
        throw new Error('custom-elements.json: AisleElement or AisleConfig not found');
      }
      const ownOf = (decl, key = 'attributes') => (decl[key] ?? []).filter((a) => !a.inheritedFrom);
      // What every element accepts: the base's own attributes (lang) and the configuration's,
      // and the base's CSS custom properties (the theme tokens).
      const accepted = [...ownOf(base), ...ownOf(config)];
      const tokens = ownOf(base, 'cssProperties');
      const withInherited = (own, from) => {
        const names = new Set(own.map((a) => a.name));
        const inherited = from.filter((a) => !names.has(a.name));
        return [...own, ...inherited.map((a) => ({ ...a, inheritedFrom: BASE }))];
      };
      const details = eventDetailTypes();
      const clean = (decl) => ({
        ...decl,
        members: decl.members
          ?.filter(isPublic)
          .map((m) => (m.inheritedFrom ? { ...m, inheritedFrom: BASE } : m)),
        attributes: decl === base ? accepted : withInherited(ownOf(decl), accepted),
        cssProperties: decl === base ? tokens : withInherited(ownOf(decl, 'cssProperties'), tokens),
        events: decl.events?.map((e) =>
          details.has(e.name) ? { ...e, type: { text: `CustomEvent<${details.get(e.name)}>` } } : e,
        ),
        superclass: decl === base ? { name: 'LitElement', package: 'lit' } : BASE,
      });
      customElementsManifest.modules = [
        {
          kind: 'javascript-module',
          path: BASE.module,
          declarations: [clean(base)],
          exports: [{ kind: 'js', name: BASE.name, declaration: BASE }],
        },
        ...elements.map(({ decl, path }) => {
          const declaration = { name: decl.name, module: path };
          return {
            kind: 'javascript-module',
            path,
            declarations: [clean(decl)],
            exports: [
              { kind: 'js', name: decl.name, declaration },
              { kind: 'custom-element-definition', name: decl.tagName, declaration },
            ],
          };
        }),
      ];
    },
  };
}

export default {
  globs: ['src/components/**/*.ts', 'src/internal/aisle-element.ts'],
  exclude: ['src/components/**/*.styles.ts', 'src/components/**/*.generated.ts'],
  outdir: '.',
  litelement: true,
  dev: false,
  plugins: [aisleDefine(), publicManifest()],
};
