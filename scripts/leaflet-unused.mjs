/**
 * A Rollup/Vite plugin for the library build: leaves out Leaflet code the locator never uses.
 *
 * Two modules that Marker imports (about 0.6 KB brotli on every locator page):
 * - `Marker.Drag`: markers are never draggable; Marker itself checks `if (MarkerDrag)` before
 *   using it, so `undefined` is a state Leaflet expects.
 * - `Icon.Default`: the image icon a marker gets when it is given none; every marker the
 *   locator makes has a DivIcon (locator-map.ts), so the default is never rendered.
 *
 * Map methods nothing in the locator calls (about 0.7 KB brotli): `flyTo`/`flyToBounds` (the
 * locator moves without the fly animation), and `locate`/`stopLocate` with their
 * geolocation handlers (the locator asks for the position itself, on the shopper's click,
 * src/geo/locate.ts). Map only calls `stopLocate` after `locate` started a watch, and cancels a
 * fly frame only if one was requested. `setMaxBounds` with `panInsideBounds` and
 * `_panInsideMaxBounds`: Map calls them only when a `maxBounds` option is given, and the
 * locator gives none. `setMinZoom`/`setMaxZoom`: zoom limits are set once, as options. A few
 * public helpers no module here calls (`fitWorld`, `getPanes`, `mouseEventToLatLng`). The build
 * fails if Leaflet no longer has one of them.
 *
 * `Browser` (leaflet/src/core/Browser.js): Leaflet's feature detection computes about thirty
 * flags and imports the SVG helpers to test one of them; the stub below keeps only the flags
 * the modules in the map chunk read, each with Leaflet's own expression. The build fails if a
 * Leaflet module reads a flag the stub does not have.
 *
 * Source tests run the whole of Leaflet; the built map is checked by e2e/map.test.mjs.
 */
const PREFIX = '\0aisle-leaflet-unused:';
/** Leaflet 1.9.4's expressions for the Browser flags the map chunk's modules read. */
const BROWSER = `
var style = document.documentElement.style;
var ua = navigator.userAgent.toLowerCase();
var has = function (s) { return ua.indexOf(s) >= 0; };
var ie = 'ActiveXObject' in window;
var edge = 'msLaunchUri' in navigator && !('documentMode' in document);
var opera = !!window.opera;
var chrome = !edge && has('chrome');
var ie3d = ie && ('transition' in style);
var webkit3d = ('WebKitCSSMatrix' in window) && ('m11' in new window.WebKitCSSMatrix()) &&
  !(has('android 2') || has('android 3'));
var any3d = !window.L_DISABLE_3D && (ie3d || webkit3d || 'MozPerspective' in style) &&
  !('OTransition' in style) && !has('phantom');
var mobile = typeof orientation !== 'undefined' || has('mobile');
var msPointer = !window.PointerEvent && window.MSPointerEvent;
var pointer = !!(window.PointerEvent || msPointer);
var touchNative = 'ontouchstart' in window || !!window.TouchEvent;
var passiveEvents = false;
try {
  var opts = Object.defineProperty({}, 'passive', { get: function () { passiveEvents = true; } });
  var none = function () {};
  window.addEventListener('testPassiveEventSupport', none, opts);
  window.removeEventListener('testPassiveEventSupport', none, opts);
} catch (e) {}
export default {
  any3d: any3d,
  chrome: chrome,
  edge: edge,
  ie3d: ie3d,
  ielt9: ie && !document.addEventListener,
  linux: navigator.platform.indexOf('Linux') === 0,
  mac: navigator.platform.indexOf('Mac') === 0,
  mobile: mobile,
  mobileOpera: mobile && opera,
  msPointer: msPointer,
  passiveEvents: passiveEvents,
  pointer: pointer,
  retina: (window.devicePixelRatio || (window.screen.deviceXDPI / window.screen.logicalXDPI)) > 1,
  safari: !chrome && has('safari'),
  svg: !!(document.createElementNS &&
    document.createElementNS('http://www.w3.org/2000/svg', 'svg').createSVGRect),
  touch: !window.L_NO_TOUCH && (touchNative || pointer),
  touchNative: touchNative
};
`;
const BROWSER_FLAGS = new Set([...BROWSER.matchAll(/^ {2}(\w+):/gm)].map((m) => m[1]));

const STUBS = {
  'Marker.Drag': 'export var MarkerDrag = undefined;\n',
  'Icon.Default': 'export function IconDefault() {}\n',
  Browser: BROWSER,
};

const UNUSED_MAP_METHODS = [
  'flyTo',
  'flyToBounds',
  'locate',
  'stopLocate',
  '_handleGeolocationError',
  '_handleGeolocationResponse',
  'setMaxBounds',
  'panInsideBounds',
  '_panInsideMaxBounds',
  'setMinZoom',
  'setMaxZoom',
  // Called by nothing in the modules the locator imports (fitWorld: by the locate error only).
  'fitWorld',
  'getPanes',
  'mouseEventToLatLng',
  '_latLngBoundsToNewLayerBounds',
];

/** The object literal of `export var Map = Evented.extend({...})` in leaflet/src/map/Map.js. */
function mapPrototype(ast) {
  for (const node of ast.body) {
    const declarator = node.declaration?.declarations?.[0];
    if (declarator?.id?.name === 'Map' && declarator.init?.callee?.property?.name === 'extend')
      return declarator.init.arguments[0];
  }
  return undefined;
}

/** Blanks the unused methods (and their commas), keeping every line where it was. */
function withoutUnusedMethods(code, ast, fail) {
  const object = mapPrototype(ast);
  if (!object) fail('leaflet/src/map/Map.js: Map.extend({...}) not found');
  const found = object.properties.filter((p) => UNUSED_MAP_METHODS.includes(p.key?.name));
  const missing = UNUSED_MAP_METHODS.filter((name) => !found.some((p) => p.key.name === name));
  if (missing.length) fail(`leaflet/src/map/Map.js no longer has ${missing.join(', ')}`);
  let out = code;
  for (const p of found.sort((a, b) => b.start - a.start)) {
    let end = p.end;
    while (/\s/.test(code[end])) end++;
    if (code[end] === ',') end++;
    out = out.slice(0, p.start) + code.slice(p.start, end).replace(/[^\n]/g, ' ') + out.slice(end);
  }
  return out;
}

export function leafletUnused() {
  return {
    name: 'aisle-leaflet-unused',
    enforce: 'pre',
    transform(code, id) {
      if (!/leaflet[\\/]src[\\/]/.test(id)) return null;
      const unknown = [...code.matchAll(/\bBrowser\.(\w+)/g)]
        .map((m) => m[1])
        .filter((flag) => !BROWSER_FLAGS.has(flag));
      if (unknown.length) {
        this.error(`${id} reads Browser.${unknown.join(', Browser.')}: add it to the stub`);
      }
      if (!/leaflet[\\/]src[\\/]map[\\/]Map\.js$/.test(id)) return null;
      return {
        code: withoutUnusedMethods(code, this.parse(code), (m) => this.error(m)),
        map: null,
      };
    },
    resolveId(source, importer) {
      if (!importer || !/leaflet[\\/]src[\\/]/.test(importer)) return null;
      if (/(^|\/)core\/Browser(\.js)?$/.test(source) || /^\.\/Browser(\.js)?$/.test(source)) {
        return PREFIX + 'Browser';
      }
      if (!/leaflet[\\/]src[\\/]layer[\\/]marker[\\/]Marker\.js$/.test(importer)) return null;
      const name = /^\.\/(Marker\.Drag|Icon\.Default)(\.js)?$/.exec(source)?.[1];
      return name ? PREFIX + name : null;
    },
    load(id) {
      return id.startsWith(PREFIX) ? STUBS[id.slice(PREFIX.length)] : null;
    },
  };
}
