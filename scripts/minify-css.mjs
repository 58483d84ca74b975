import MagicString from 'magic-string';

/**
 * A Rollup/Vite plugin for the library build: minifies the CSS inside Lit's css`...` templates
 * (comments, indentation, spaces around braces, semicolons, commas and colons). Lit ships these
 * strings as written, so without it every page downloads the source's whitespace. Conservative by
 * design: it never touches `${...}` expressions, spaces inside selectors' descendant combinators,
 * or operators in `calc()`. Source maps stay exact (magic-string).
 */
export function minifyCssText(text) {
  return (
    text
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/\s+/g, ' ')
      .replace(/\s*([{};,])\s*/g, '$1')
      .replace(/:\s+/g, ':')
      .replace(/;}/g, '}')
      // Child combinators and !important need no spaces; `0.5` is `.5`; an attribute selector's
      // value that is an identifier needs no quotes (`[aria-pressed=true]`).
      .replace(/\s*>\s*/g, '>')
      .replace(/\s+!important/g, '!important')
      .replace(/([\s:,(/])0\.(\d)/g, '$1.$2')
      .replace(/=(['"])([a-zA-Z][\w-]*)\1\]/g, '=$2]')
      .trim()
  );
}

/** Applies minifyCssText to the static parts of every css`...` template in our TypeScript. */
export function minifyLitCss() {
  return {
    name: 'aisle-minify-lit-css',
    enforce: 'pre',
    transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id) || !code.includes('css`')) return null;
      const out = new MagicString(code);
      for (const match of code.matchAll(/\bcss`([^`]*)`/g)) {
        // Keep ${...} expressions verbatim (and mapped); minify the text between them.
        let at = match.index + 'css`'.length;
        for (const [i, part] of match[1].split(/(\$\{[^}]*\})/).entries()) {
          const minified = i % 2 ? part : minifyCssText(part);
          if (minified !== part) {
            if (minified) out.overwrite(at, at + part.length, minified);
            else out.remove(at, at + part.length);
          }
          at += part.length;
        }
      }
      if (!out.hasChanged()) return null;
      return { code: out.toString(), map: out.generateMap({ hires: true }) };
    },
  };
}
