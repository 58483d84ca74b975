/**
 * Shared by scripts/docs.mjs and scripts/check-docs.mjs: what each element's code uses
 * (attributes, events, parts, CSS custom properties, slots), and the README's element reference
 * rendered from custom-elements.json.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as prettier from 'prettier';
import { PUBLIC_ELEMENTS } from './build-entries.mjs';

export const root = fileURLToPath(new URL('..', import.meta.url));
export const START = '<!-- elements:start -->';
export const END = '<!-- elements:end -->';

export function readManifest() {
  return JSON.parse(readFileSync(join(root, 'custom-elements.json'), 'utf8'));
}

/**
 * Every custom element in the manifest with the path of its module and its source folder
 * (`<aisle-stock-badge>`: src/components/stock-badge/).
 */
export function elementsOf(manifest) {
  const out = [];
  for (const mod of manifest.modules) {
    for (const decl of mod.declarations ?? []) {
      if (decl.customElement && decl.tagName) {
        const source = PUBLIC_ELEMENTS.find((e) => e.tag === decl.tagName)?.source;
        out.push({ ...decl, path: mod.path, source });
      }
    }
  }
  return out.sort((a, b) => a.tagName.localeCompare(b.tagName));
}

/**
 * Problems with the manifest's shape: each public element (a folder of src/components with its
 * own package entry) in one module at the file that entry builds (`dist/npm/<name>.js`), with
 * exports that point at declarations the manifest has; nothing else but the base class.
 */
export function misplaced(manifest, elements = PUBLIC_ELEMENTS) {
  const problems = [];
  const expected = new Map(elements.map((e) => [e.tag, e.module]));
  const found = new Map(elementsOf(manifest).map((el) => [el.tagName, el.path]));
  for (const [tag, path] of expected) {
    if (found.get(tag) !== path) problems.push(`<${tag}> should be in module ${path}`);
  }
  for (const tag of found.keys()) {
    if (!expected.has(tag)) problems.push(`<${tag}> has no package entry: not public`);
  }
  const declared = new Set(
    manifest.modules.flatMap((m) => (m.declarations ?? []).map((d) => `${m.path}#${d.name}`)),
  );
  for (const mod of manifest.modules) {
    for (const exp of mod.exports ?? []) {
      const { name, module } = exp.declaration;
      if (!declared.has(`${module}#${name}`))
        problems.push(`${mod.path}: export ${exp.name} points at ${module}#${name}, not declared`);
    }
  }
  return problems;
}

/** Global theme tokens (documented in the README's theming section, not per element). */
export function globalTokens() {
  const text = readFileSync(join(root, 'src/internal/tokens.styles.ts'), 'utf8');
  return new Set((text.match(/--aisle-[\w-]+/g) ?? []).filter((name) => !name.endsWith('-')));
}

/** The sources of an element: every .ts file in its folder (generated files aside). */
function sourcesOf(source) {
  const folder = join(root, source);
  return readdirSync(folder)
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.generated.ts') && !f.endsWith('.d.ts'))
    .map((f) => readFileSync(join(folder, f), 'utf8'));
}

/**
 * What the code of an element uses. Attributes: Lit `@property` declarations (name from
 * `attribute: '…'`, else the lower-cased field; `attribute: false` is a property only). Events:
 * `emit('aisle-…')` and `new CustomEvent('aisle-…')`. Parts: literal `part="…"` in templates.
 * CSS custom properties: `--aisle-…` that are not global tokens. Slots: `<slot>` and
 * `<slot name="…">` (the default slot is named "").
 */
export function usedBy(element, tokens = globalTokens()) {
  const used = {
    attributes: new Set(),
    events: new Set(),
    parts: new Set(),
    cssProperties: new Set(),
    slots: new Set(),
  };
  for (const text of sourcesOf(element.source)) {
    const propertyRe =
      /@property\(\s*(\{[^)]*\})?\s*\)\s*(?:(?:public|private|protected|readonly|declare|override|accessor)\s+)*(\w+)/g;
    for (const [, options = '', field] of text.matchAll(propertyRe)) {
      if (/attribute:\s*false/.test(options)) continue;
      const named = /attribute:\s*['"]([^'"]+)['"]/.exec(options);
      used.attributes.add(named ? named[1] : field.toLowerCase());
    }
    for (const [, name] of text.matchAll(/(?:emit|new CustomEvent)\(\s*['"](aisle-[\w-]+)['"]/g)) {
      used.events.add(name);
    }
    for (const [, names] of text.matchAll(/\spart="([^"$]+)"/g)) {
      for (const name of names.split(/\s+/).filter(Boolean)) used.parts.add(name);
    }
    for (const [name] of text.matchAll(/--aisle-[\w-]+/g)) {
      if (!tokens.has(name)) used.cssProperties.add(name);
    }
    for (const [, , name = ''] of text.matchAll(/<slot(\s+name="([^"]*)")?[\s>/]/g)) {
      used.slots.add(name);
    }
  }
  return used;
}

const KINDS = {
  attributes: 'attribute',
  events: 'event',
  parts: 'part',
  cssProperties: 'CSS custom property',
  slots: 'slot',
};
const MANIFEST_KEY = { parts: 'cssParts' };

/** Problems: everything the code uses that the manifest does not document. */
export function undocumented(manifest) {
  const problems = [];
  const tokens = globalTokens();
  // The theme tokens: documented once, on the base class every element inherits them from.
  const base = manifest.modules
    .flatMap((m) => m.declarations ?? [])
    .find((d) => d.name === 'AisleElement');
  const onBase = new Map((base?.cssProperties ?? []).map((p) => [p.name, p.description]));
  for (const token of tokens) {
    if (!onBase.get(token)?.trim())
      problems.push(`AisleElement: theme token "${token}" is not documented (@cssproperty)`);
  }
  for (const element of elementsOf(manifest)) {
    if (!element.source) continue; // not public: misplaced() says so
    const where = `<${element.tagName}> (${element.source})`;
    if (!(element.summary || element.description)) problems.push(`${where}: no @summary`);
    const used = usedBy(element, tokens);
    for (const [kind, label] of Object.entries(KINDS)) {
      const documented = new Map(
        (element[MANIFEST_KEY[kind] ?? kind] ?? []).map((item) => [item.name, item.description]),
      );
      for (const name of used[kind]) {
        if (!documented.has(name)) problems.push(`${where}: ${label} "${name}" is not documented`);
        else if (!documented.get(name)?.trim())
          problems.push(`${where}: ${label} "${name}" has no description`);
      }
    }
  }
  return problems;
}

function oneLine(text = '') {
  return text.replace(/\s+/g, ' ').replace(/\|/g, '\\|').trim();
}

function table(title, items, name = (i) => `\`${i.name}\``) {
  if (!items?.length) return '';
  const rows = items.map((i) => `| ${name(i)} | ${oneLine(i.description)} |`);
  return [`| ${title} | description |`, '| --- | --- |', ...rows, ''].join('\n');
}

/** The element reference (Markdown) from the manifest. */
export function renderReference(manifest) {
  const parts = [];
  for (const el of elementsOf(manifest)) {
    parts.push(`#### \`<${el.tagName}>\``, '', oneLine(el.summary || el.description), '');
    // Inherited attributes (lang and the configuration's) are listed once, under <aisle-config>;
    // the inherited theme tokens, in the README's Theming section.
    parts.push(
      table(
        'attribute',
        el.attributes?.filter((a) => !a.inheritedFrom),
      ),
    );
    parts.push(table('event', el.events));
    parts.push(table('slot', el.slots, (i) => (i.name ? `\`${i.name}\`` : '(default)')));
    parts.push(table('part', el.cssParts));
    parts.push(
      table(
        'CSS custom property',
        el.cssProperties?.filter((p) => !p.inheritedFrom),
      ),
    );
  }
  return parts.filter((p, i) => p !== '' || parts[i - 1] !== '').join('\n');
}

/** README.md with the marked block replaced by the reference, formatted like `prettier --write`. */
export async function readmeWithReference(manifest) {
  const path = join(root, 'README.md');
  const text = readFileSync(path, 'utf8');
  const start = text.indexOf(START);
  const end = text.indexOf(END);
  if (start < 0 || end < start) throw new Error(`README.md has no ${START} … ${END} block`);
  const generated =
    `${START}\n\n<!-- Generated by \`npm run docs\` from custom-elements.json: do not edit. -->\n\n` +
    `${renderReference(manifest)}\n${END}`;
  const next = text.slice(0, start) + generated + text.slice(end + END.length);
  const options = (await prettier.resolveConfig(path)) ?? {};
  return { path, current: text, next: await prettier.format(next, { ...options, filepath: path }) };
}
