/**
 * A Rollup/Vite plugin for the library build: minifies the CSS inside Lit's css`...` templates
 * (comments, indentation, spaces around braces, semicolons, commas and colons). Lit ships these
 * strings as written, so without it every page downloads the source's whitespace. Conservative by
 * design: it never touches `${...}` expressions, spaces inside selectors' descendant combinators,
 * or operators in `calc()`.
 */
export function minifyCssText(text) {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,])\s*/g, '$1')
    .replace(/:\s+/g, ':')
    .replace(/;}/g, '}')
    .trim();
}

/** Applies minifyCssText to the static parts of every css`...` template in our TypeScript. */
export function minifyLitCss() {
  return {
    name: 'aisle-minify-lit-css',
    enforce: 'pre',
    transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id) || !code.includes('css`')) return null;
      const out = code.replace(/\bcss`([^`]*)`/g, (_match, body) => {
        // Keep ${...} expressions verbatim; minify the text between them.
        const parts = body.split(/(\$\{[^}]*\})/);
        return `css\`${parts.map((p, i) => (i % 2 ? p : minifyCssText(p))).join('')}\``;
      });
      return { code: out, map: null };
    },
  };
}
