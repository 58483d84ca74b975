// scripts/minify-html.mjs folds the line breaks of html`` templates at build time. It must fold
// only where HTML renders a run of whitespace as one space, and stop the build anywhere else.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseAst } from 'rollup/parseAst';
import {
  collapseTemplateWhitespace,
  foldingProblem,
  minifyLitHtml,
  tidyTemplateParts,
} from '../scripts/minify-html.mjs';

/** Runs the plugin's transform on `code` as Rollup would, for a file under src/. */
function transform(code) {
  const plugin = minifyLitHtml();
  const context = {
    parse: (text) => parseAst(text),
    error(message) {
      throw new Error(message);
    },
  };
  return plugin.transform.call(context, code, '/repo/src/x.ts');
}

describe('minify-html', () => {
  it('folds each whitespace run holding a line break to one space, keeps others', () => {
    assert.equal(collapseTemplateWhitespace('<p>\n    a  b\u00a0\n</p>'), '<p> a  b\u00a0 </p>');
    const out = transform('const t = html`<ul>\n  <li title="a b">${x}</li>\n</ul>`;');
    assert.equal(out.code, 'const t = html`<ul> <li title="a b">${x}</li> </ul>`;');
  });

  it('leaves css`` templates and other tags to their own minifiers', () => {
    assert.equal(transform('const s = css`:host {\n  display: block;\n}`;'), null);
    assert.equal(transform('const s = sql`a\n b`;'), null);
  });

  it('stops the build where folding would change what renders', () => {
    assert.match(foldingProblem(['<pre>\n a</pre>']), /<pre> keeps its whitespace/);
    assert.match(foldingProblem(['<TEXTAREA>', '\n</textarea>']), /<TEXTAREA>/);
    assert.match(foldingProblem(['<p title="one\ntwo">']), /line break inside a quoted attribute/);
    assert.match(foldingProblem(['<p title="', ' and\nmore">']), /quoted attribute/);
    assert.throws(() => transform('html`<pre>\n${code}\n</pre>`'), /minify-html/);
    assert.throws(() => transform('css`p { white-space: pre-wrap; }`'), /white-space: pre/);
  });

  it('reads comments and text as text: apostrophes there are not quotes', () => {
    assert.equal(foldingProblem(["<!-- the shopper's store\n -->\n<p>x</p>"]), undefined);
    assert.equal(foldingProblem(["<p>1 < 2, it's\n fine</p>"]), undefined);
    assert.match(foldingProblem(['<p style="white-space: pre-line">\n</p>']), /keeps line breaks/);
  });

  it('accepts line breaks between attributes and quotes inside text', () => {
    assert.equal(
      foldingProblem(['<p\n  class="a"\n  title=\'b\'\n>It\'s "fine"\n</p>']),
      undefined,
    );
    assert.equal(foldingProblem(['<a href="', '">', '</a>']), undefined);
  });

  it('drops whole comments and whitespace before a tag ends, keeping text spacing', () => {
    assert.deepEqual(tidyTemplateParts(['<b>a <!-- c --> b</b>']), ['<b>a b</b>']);
    assert.deepEqual(tidyTemplateParts(['a<!-- c --> b', 'a <!-- c -->b']), ['a b', 'a b']);
    assert.deepEqual(tidyTemplateParts(['<p class="a" >x</p >']), ['<p class="a">x</p>']);
    assert.deepEqual(tidyTemplateParts(['<div hidden=', ' >', '</div>']), [
      '<div hidden=',
      '>',
      '</div>',
    ]);
    assert.deepEqual(tidyTemplateParts(['<path d="M1" />']), ['<path d="M1"/>']);
    // Kept: a space an unquoted value needs, quoted values, text, a comment holding a binding.
    assert.deepEqual(tidyTemplateParts(['<img src=x />']), ['<img src=x />']);
    assert.deepEqual(tidyTemplateParts(['<p title="a >" >1 < 2 ></p>']), [
      '<p title="a >">1 < 2 ></p>',
    ]);
    assert.deepEqual(tidyTemplateParts(['<!-- ', ' --> x']), ['<!-- ', ' --> x']);
    const out = transform('const t = html`<p\n  part="x"\n>\n  <!-- note -->\n  ${x}\n</p>`;');
    assert.equal(out.code, 'const t = html`<p part="x"> ${x} </p>`;');
  });
});
