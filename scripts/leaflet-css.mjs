// Writes src/components/store-locator/leaflet-css.generated.ts from the installed leaflet.css, so
// the map chunk can adopt Leaflet's styles into the locator's shadow root in every tool (Vite,
// @web/test-runner, tsc) without a CSS loader. Run after upgrading leaflet, or after changing
// which Leaflet modules src/components/store-locator/leaflet.ts imports:
//   node scripts/leaflet-css.mjs
import { readFileSync, writeFileSync } from 'node:fs';

const source = new URL('../node_modules/leaflet/dist/leaflet.css', import.meta.url);
const target = new URL('../src/components/store-locator/leaflet-css.generated.ts', import.meta.url);
const { version } = JSON.parse(
  readFileSync(new URL('../node_modules/leaflet/package.json', import.meta.url), 'utf8'),
);

/**
 * Selectors for the parts of Leaflet that leaflet.ts does not ship: nothing on the page can ever
 * carry these classes or elements, so their rules are dropped (a selector list loses only the
 * matching selectors; a rule left with none goes).
 *  - popups (.leaflet-popup*, its pane, and the fade animation that only popups use) and
 *    tooltips (.leaflet-tooltip*): Popup and Tooltip are not imported;
 *  - the layers and scale controls (.leaflet-control-layers*, .leaflet-control-scale*);
 *  - vector layers: the svg and canvas the SVG/Canvas renderers draw into;
 *  - image, video and SVG overlays (.leaflet-image-layer);
 *  - box zoom (.leaflet-zoom-box, .leaflet-crosshair): its handler is not imported;
 *  - Internet Explorer < 9 (.leaflet-oldie, VML shapes): Leaflet adds these only on IE 8;
 *  - what the locator's markers never are: image markers and their shadows, Leaflet's default
 *    div icon look (every DivIcon gets our own class), draggable markers (the build leaves out
 *    Marker.Drag), the default icon path probe, and the attribution's flag (Aisle draws the
 *    attribution, map-controls.ts).
 * Kept: panes, tiles, markers (their shadow and drag rules too: Marker ships them), the control
 * corners, the zoom bar and the attribution (Aisle draws them with Leaflet's classes), cursors,
 * touch-action, Safari tweaks, print.
 */
const DROPPED = [
  /\.leaflet-popup/,
  /\.leaflet-fade-anim/,
  /\.leaflet-tooltip/,
  /\.leaflet-control-layers/,
  /\.leaflet-control-scale/,
  /(^|[\s>])(svg|canvas)\b/,
  /\.leaflet-image-layer/,
  /\.leaflet-zoom-box/,
  /\.leaflet-crosshair/,
  /\.leaflet-oldie/,
  /\.leaflet-vml-shape|\.lvml/,
  /\.leaflet-marker-shadow|\.leaflet-shadow-pane|\.leaflet-marker-pane img/,
  /\.leaflet-div-icon|\.leaflet-marker-draggable|\.leaflet-default-icon-path/,
  /\.leaflet-attribution-flag/,
  // Leaflet removes the underline of the attribution's links (back on hover only): a link told
  // apart by colour alone (WCAG 1.4.1). Without these rules they keep the browser's underline.
  /\.leaflet-control-attribution a/,
  // WebKit's tap colour on the map's links (the attribution's): the browser's own is fine.
  /^\.leaflet-container a$/,
];

/**
 * Declarations no browser Aisle supports still needs: -ms- and -moz- ones, and a -webkit-
 * spelling (or -webkit-/-moz- cursor value) where the same rule also has the unprefixed one,
 * which every engine has read for years. -webkit-user-select (Safari), and prefixed forms
 * with no unprefixed twin in their rule (-webkit-user-drag, -webkit-tap-highlight-color, the
 * Safari tile container's transform origin), stay.
 */
function modernDeclarations(block) {
  const all = block.slice(1, -1).split(';').filter(Boolean);
  const has = (declaration) => all.includes(declaration);
  const obsolete = (d) => {
    if (/^-(ms|moz)-/.test(d)) return true;
    // Safari reads user-select only prefixed until recently: keep that one.
    const prefixedProperty = /^-webkit-(?!user-select)([^:]+):(.*)$/.exec(d);
    if (prefixedProperty) {
      const [, property, value] = prefixedProperty;
      return has(`${property}:${value.replace(/-webkit-/g, '')}`);
    }
    const prefixedCursor = /^cursor:-(webkit|moz)-(.*)$/.exec(d);
    return prefixedCursor ? has(`cursor:${prefixedCursor[2]}`) : false;
  };
  // A fallback for old engines ("font-size:12px;font-size:0.75rem", "cursor:move;cursor:grabbing",
  // an opaque background before an rgba one): every supported browser reads the last one.
  const property = (d) => d.slice(0, d.indexOf(':'));
  const overridden = (d, i, kept) => kept.slice(i + 1).some((e) => property(e) === property(d));
  const kept = all.filter((d) => !obsolete(d));
  return `{${kept.filter((d, i) => !overridden(d, i, kept)).join(';')}}`;
}

const minified = readFileSync(source, 'utf8')
  .replace(/\/\*[\s\S]*?\*\//g, '')
  // Default marker images are never used (the locator draws its own markers).
  .replace(/url\(images\/[^)]*\)/g, 'none')
  .replace(/\s+/g, ' ')
  .replace(/\s*([{};,>])\s*/g, '$1')
  .replace(/:\s+/g, ':')
  .trim();

/** Drops the selectors above from minified CSS (plain rules and one level of @media). */
function prune(css) {
  let out = '';
  let i = 0;
  while (i < css.length) {
    const open = css.indexOf('{', i);
    if (open < 0) break;
    const prelude = css.slice(i, open);
    if (prelude.startsWith('@')) {
      let depth = 1;
      let j = open + 1;
      while (depth > 0) {
        if (css[j] === '{') depth++;
        else if (css[j] === '}') depth--;
        j++;
      }
      const inner = prune(css.slice(open + 1, j - 1));
      if (inner) out += `${prelude}{${inner}}`;
      i = j;
      continue;
    }
    const close = css.indexOf('}', open);
    const kept = prelude.split(',').filter((s) => !DROPPED.some((re) => re.test(s)));
    if (kept.length > 0)
      out += `${kept.join(',')}${modernDeclarations(css.slice(open, close + 1))}`;
    i = close + 1;
  }
  return out;
}

/** Replaces `from` in `css`, which must be there (a Leaflet upgrade that moved it fails here). */
function replaceOnce(css, from, to) {
  if (!css.includes(from)) throw new Error(`leaflet-css: "${from}" is no longer in leaflet.css`);
  return css.replace(from, to);
}

// The zoom buttons are <button>s (map-controls.ts), where Leaflet's control draws links; they show
// a glyph, not a background image (the layers control's toggle, dropped, had one). The map's own
// background (before tiles, without them) is the locator's `.map` rule's: the raised surface
// token, not Leaflet's grey.
let css = prune(minified).replace(/\.leaflet-bar a\b/g, '.leaflet-bar button');
css = replaceOnce(
  css,
  '.leaflet-bar button{background-position:50% 50%;background-repeat:no-repeat;display:block}',
  '',
);
css = replaceOnce(css, '.leaflet-container{background:#ddd;', '.leaflet-container{');
writeFileSync(
  target,
  `// Generated by scripts/leaflet-css.mjs from leaflet@${version} dist/leaflet.css (BSD-2-Clause,\n` +
    `// (c) Volodymyr Agafonkin, CloudMade), without the rules for parts leaflet.ts does not ship.\n` +
    `// Do not edit.\n` +
    // Single-quoted, as Prettier writes it, so the file stays Prettier-clean.
    `export default '${css.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}';\n`,
);
console.log(`leaflet.css ${version}: ${minified.length} characters, ${css.length} kept`);
