import MagicString from 'magic-string';

/**
 * A Rollup/Vite plugin for the library build: in the static text of every html`...` and svg`...`
 * template in our code, each run of whitespace that holds a line break becomes one space. Lit
 * ships template strings as written, so without it every page downloads the source's indentation.
 * It changes nothing a shopper sees: HTML renders any run of whitespace as one space (no Aisle
 * template uses <pre>, <textarea> content or `white-space: pre`), and whitespace without a line
 * break is left alone. `${...}` expressions are never touched (the templates are found in the
 * parsed code, after TypeScript is compiled, so nested templates are handled too). Source maps
 * stay exact (magic-string).
 */
export function collapseTemplateWhitespace(text) {
  // ASCII whitespace only: a no-break space is text, kept as written.
  return text.replace(/[ \t\r]*\n[ \t\r\n]*/g, ' ');
}

const TAGS = new Set(['html', 'svg']);

/** Every html`` / svg`` template's static parts in an ESTree `node`: [start, end] of each. */
function templateTexts(node, found = []) {
  if (!node || typeof node.type !== 'string') return found;
  if (
    node.type === 'TaggedTemplateExpression' &&
    node.tag.type === 'Identifier' &&
    TAGS.has(node.tag.name)
  ) {
    for (const quasi of node.quasi.quasis) found.push([quasi.start, quasi.end]);
  }
  for (const value of Object.values(node)) {
    if (Array.isArray(value)) value.forEach((child) => templateTexts(child, found));
    else if (value && typeof value.type === 'string') templateTexts(value, found);
  }
  return found;
}

export function minifyLitHtml() {
  return {
    name: 'aisle-minify-lit-html',
    transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id) || !/\b(html|svg)`/.test(code)) return null;
      const out = new MagicString(code);
      for (const [start, end] of templateTexts(this.parse(code))) {
        const text = code.slice(start, end);
        const next = collapseTemplateWhitespace(text);
        if (next !== text) out.overwrite(start, end, next);
      }
      if (!out.hasChanged()) return null;
      return { code: out.toString(), map: out.generateMap({ hires: true }) };
    },
  };
}
