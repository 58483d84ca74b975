import MagicString from 'magic-string';

/**
 * A Rollup/Vite plugin for the library build: in the static text of every html`...` and svg`...`
 * template in our code, each run of whitespace that holds a line break becomes one space, and
 * comments and the whitespace before a tag's end go (`tidyTemplateParts`). Lit
 * ships template strings as written, so without it every page downloads the source's indentation.
 * It changes nothing a shopper sees: HTML renders any run of whitespace as one space (no Aisle
 * template uses <pre>, <textarea> content or `white-space: pre`), and whitespace without a line
 * break is left alone in text. `${...}` expressions are never touched (the templates are found in the
 * parsed code, after TypeScript is compiled, so nested templates are handled too). Source maps
 * stay exact (magic-string). The build fails on a template where folding would show (see
 * `foldingProblem`) rather than changing only what dist/ renders.
 */
export function collapseTemplateWhitespace(text) {
  // ASCII whitespace only: a no-break space is text, kept as written.
  return text.replace(/[ \t\r]*\n[ \t\r\n]*/g, ' ');
}

/**
 * After folding, what needs no characters in a template's static `parts` (an array of strings
 * between `${...}`), read with the HTML tokenizer's states carried across the parts: a comment
 * that lies whole in one part (a comment never renders; with a space on both sides one of them
 * goes too, so the text around it keeps its one space), whitespace before a tag's `>`, and before
 * `/>` after a quoted value (not after an unquoted one, which the `/` would join). Quoted
 * attribute values, text, and comments holding a `${...}` are left as written.
 */
export function tidyTemplateParts(parts) {
  let quote = '';
  let inTag = false;
  let inComment = false;
  return parts.map((part) => {
    let out = '';
    for (let i = 0; i < part.length; i++) {
      const char = part[i];
      if (inComment) {
        out += char;
        if (part.startsWith('-->', i - 2) && out.endsWith('-->')) inComment = false;
      } else if (quote) {
        out += char;
        if (char === quote) quote = '';
      } else if (inTag) {
        const space = /^[ \t\r\n]+(\/?>)/.exec(part.slice(i));
        if (space && (space[1] === '>' || /["']$/.test(out))) {
          i += space[0].length - space[1].length - 1;
        } else {
          out += char;
          if (char === '"' || char === "'") quote = char;
          else if (char === '>') inTag = false;
        }
      } else if (part.startsWith('<!--', i)) {
        const end = part.indexOf('-->', i + 4);
        if (end < 0) {
          out += char;
          inComment = true;
          continue;
        }
        i = end + 2;
        // " <!-- x --> " keeps one space; "a<!-- x --> b" keeps its space after.
        if (/[ \t\r\n]$/.test(out)) while (/[ \t\r\n]/.test(part[i + 1] ?? '')) i++;
      } else {
        out += char;
        if (char === '<' && /[a-z/]/i.test(part[i + 1] ?? '')) inTag = true;
      }
    }
    return out;
  });
}

const TAGS = new Set(['html', 'svg']);

/** `white-space` values that keep line breaks: a template's styles using one would show folding. */
const KEEPS_BREAKS = /white-space\s*:\s*(pre|break-spaces)/i;

/**
 * Why folding the line breaks of a template's static `parts` would change what renders, or
 * undefined: an element that keeps whitespace as written (<pre>, <textarea>…), an inline style
 * that keeps line breaks, or a line break inside a quoted attribute value (a title or value
 * would lose it). Comments are skipped; `${...}` counts as text.
 */
export function foldingProblem(parts) {
  const text = parts.join('\u0000').replace(/<!--[\s\S]*?-->/g, '');
  const keeper = /<(pre|textarea|listing|plaintext|xmp)\b/i.exec(text);
  if (keeper) return `<${keeper[1]}> keeps its whitespace`;
  const style = KEEPS_BREAKS.exec(text);
  if (style) return `${style[0]} keeps line breaks`;
  let quote = '';
  let inTag = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (quote) {
      if (char === quote) quote = '';
      else if (char === '\n') return 'a line break inside a quoted attribute value';
    } else if (inTag) {
      if (char === '"' || char === "'") quote = char;
      else if (char === '>') inTag = false;
    } else if (char === '<' && /[a-z/]/i.test(text[i + 1] ?? '')) inTag = true;
  }
  return undefined;
}

/** Every html`` / svg`` template's static parts in an ESTree `node`: [start, end] of each. */
function templateTexts(node, found = []) {
  if (!node || typeof node.type !== 'string') return found;
  if (node.type === 'TaggedTemplateExpression' && node.tag.type === 'Identifier') {
    const parts = node.quasi.quasis.map((quasi) => [quasi.start, quasi.end]);
    if (TAGS.has(node.tag.name)) found.push({ parts });
    else if (node.tag.name === 'css') found.push({ parts, css: true });
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
      if (!/\/src\/.*\.ts$/.test(id) || !/\b(html|svg|css)`/.test(code)) return null;
      const out = new MagicString(code);
      for (const { parts, css } of templateTexts(this.parse(code))) {
        const texts = parts.map(([start, end]) => code.slice(start, end));
        const problem = css ? KEEPS_BREAKS.exec(texts.join(''))?.[0] : foldingProblem(texts);
        if (problem) {
          this.error(
            `${id}: ${problem}; scripts/minify-html.mjs would change what it renders`,
            parts[0][0],
          );
        }
        if (css) continue;
        const tidied = tidyTemplateParts(texts.map(collapseTemplateWhitespace));
        parts.forEach(([start, end], i) => {
          if (tidied[i] === texts[i]) return;
          if (tidied[i]) out.overwrite(start, end, tidied[i]);
          else if (end > start) out.remove(start, end);
        });
      }
      if (!out.hasChanged()) return null;
      return { code: out.toString(), map: out.generateMap({ hires: true }) };
    },
  };
}
