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
 * public helpers no module here calls (`fitWorld`, `getPanes`, `mouseEventToLatLng`). Also the
 * geographic distance, bounds wrapping and the comparisons of places and areas nothing calls
 * (about 0.5 KB brotli), and what only options the locator never gives reach (a tile layer's
 * `bounds`, a marker's `opacity`, `worldCopyJump`, `maxBoundsViscosity`). The build fails if
 * Leaflet no longer has one of them.
 *
 * `Browser` (leaflet/src/core/Browser.js): Leaflet's feature detection computes about thirty
 * flags and imports the SVG helpers to test one of them; the stub below keeps only the flags
 * the modules in the map chunk read, each with Leaflet's own expression. The build fails if a
 * Leaflet module reads a flag the stub does not have.
 *
 * The browser tests load Leaflet through this plugin too (web-test-runner.config.mjs); the built
 * map is checked by e2e/map.test.mjs.
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

/**
 * Methods, by Leaflet module, that nothing in the map chunk calls: neither the modules
 * leaflet.ts imports nor Aisle's map code (locator-map.ts, map-controls.ts). The Leaflet map is
 * never handed to the page, so no one else can call them either.
 */
const UNUSED_METHODS = {
  'map/Map.js': [
    'flyTo',
    'flyToBounds',
    'locate',
    'stopLocate',
    '_handleGeolocationError',
    '_handleGeolocationResponse',
    'setMaxBounds',
    'panInsideBounds',
    '_panInsideMaxBounds',
    // What keeps the view inside `maxBounds` (_limitCenter and _limitOffset return first without).
    '_getBoundsOffset',
    '_rebound',
    'setMinZoom',
    'setMaxZoom',
    // Called by nothing in the modules the locator imports (fitWorld: by the locate error only;
    // mouseEventToLayerPoint: by mouseEventToLatLng only; stop: by nothing, the pan animation's
    // own stop() is PosAnimation's).
    'fitWorld',
    'stop',
    // Called by Marker._panOnFocus only (below).
    'panInside',
    'getPanes',
    'mouseEventToLatLng',
    'mouseEventToLayerPoint',
    '_latLngBoundsToNewLayerBounds',
    // Geographic distance and bounds wrapping: nothing here measures along the Earth or wraps
    // bounds (the tile layer would, for a `bounds` option, which the locator never gives it).
    'distance',
    'wrapLatLngBounds',
  ],
  'geo/crs/CRS.js': ['wrapLatLngBounds'],
  'geo/crs/CRS.Earth.js': ['distance'],
  // Event parents: set by FeatureGroup and Tooltip only (`_propagateEvent` stays: `fire` calls it).
  'core/Events.js': ['addEventParent', 'removeEventParent'],
  // Comparisons and containment the map's code never asks of a place or an area (the points'
  // own `equals`, `contains` and `distanceTo`, in geometry/Point.js, are used).
  'geo/LatLng.js': ['wrap', 'toBounds', 'equals', 'distanceTo'],
  'geo/LatLngBounds.js': ['toBBoxString', 'intersects', 'contains', 'overlaps', 'equals'],
  'geometry/Bounds.js': [
    'intersects',
    'overlaps',
    'equals',
    'pad',
    'isValid',
    // Read by equals only.
    'getTopLeft',
    'getBottomRight',
  ],
  'geometry/Point.js': ['trunc'],
  // `moving`: called by nothing. The wrap of a drag across the date line and its zoom hook run
  // only with `worldCopyJump`, the viscous limit only with `maxBounds`: the locator sets neither.
  'map/handler/Map.Drag.js': ['moving', '_onPreDragWrap', '_onZoomEnd', '_viscousLimit'],
  // The attribution is Aisle's own (map-controls.ts); no layer group.
  'layer/Layer.js': ['getAttribution', 'eachLayer'],
  // One tile layer, made once with its URL and options: never restacked, faded, redrawn or asked.
  'layer/tile/GridLayer.js': [
    'bringToFront',
    'bringToBack',
    'setZIndex',
    'setOpacity',
    'getContainer',
    'isLoading',
    'redraw',
    '_setAutoZIndex',
    '_keyToBounds',
    // A tile's geographic bounds: only for a `bounds` option (_isValidTile), never given.
    '_tileCoordsToNwSe',
    '_tileCoordsToBounds',
  ],
  'layer/tile/TileLayer.js': ['setUrl'],
  // Every marker has a DivIcon, which draws its own element and no shadow: Icon's image drawing
  // (and the "iconUrl not set" error) is never reached.
  'layer/marker/Icon.js': [
    'createIcon',
    'createShadow',
    '_createIcon',
    '_createImg',
    '_getIconUrl',
  ],
  // Markers are made with their place and icon and removed, never changed; no popup or tooltip.
  'layer/marker/Marker.js': [
    'setLatLng',
    'getIcon',
    'setIcon',
    'setOpacity',
    '_getPopupAnchor',
    '_getTooltipAnchor',
    // Only for an `opacity` option below 1, never given.
    '_updateOpacity',
    // Only for `autoPanOnFocus`, which every marker of the locator turns off (locator-map.ts:
    // MapControls.reveal brings a focused marker into view instead).
    '_panOnFocus',
  ],
};

/** Every `name: function () {...}` property of an object literal in an ESTree `node`. */
function methods(node, found = []) {
  if (!node || typeof node.type !== 'string') return found;
  if (node.type === 'Property' && node.value?.type === 'FunctionExpression' && node.key?.name)
    found.push(node);
  for (const value of Object.values(node)) {
    if (Array.isArray(value)) value.forEach((child) => methods(child, found));
    else if (value && typeof value.type === 'string') methods(value, found);
  }
  return found;
}

/**
 * Blanks the unused methods of `file` (and their commas), keeping every line where it was. Each
 * must be there exactly once: the build fails if Leaflet renames or duplicates one.
 */
function withoutUnusedMethods(file, code, ast, fail) {
  const names = UNUSED_METHODS[file];
  const found = methods(ast).filter((p) => names.includes(p.key.name));
  const counts = names.map((name) => [name, found.filter((p) => p.key.name === name).length]);
  const wrong = counts.filter(([, n]) => n !== 1).map(([name, n]) => `${name} (${n} times)`);
  if (wrong.length) fail(`leaflet/src/${file} should have each of ${wrong.join(', ')} once`);
  let out = code;
  for (const p of found.sort((a, b) => b.start - a.start)) {
    let end = p.end;
    while (/\s/.test(code[end])) end++;
    if (code[end] === ',') end++;
    out = out.slice(0, p.start) + code.slice(p.start, end).replace(/[^\n]/g, ' ') + out.slice(end);
  }
  return out;
}

/** Blanks `[start, end)` of `code`, keeping every line where it was. */
const blank = (code, start, end) =>
  code.slice(0, start) + code.slice(start, end).replace(/[^\n]/g, ' ') + code.slice(end);

/** Events' old alias names: Leaflet's modules and Aisle call `on`, `off`, `once`, `fire`, `listens`. */
const EVENT_ALIASES = [
  'addEventListener',
  'removeEventListener',
  'clearAllEventListeners',
  'addOneTimeEventListener',
  'fireEvent',
  'hasEventListeners',
];

/**
 * Top-level code, by module, that cannot run in the map chunk: the `Events.x = Events.y` alias
 * statements (above), and the body of Class's warning about `includes: L.Mixin.Events` (no class
 * in the chunk has `includes`, and the check needs a global `L`, which Aisle never defines).
 */
const UNUSED_CODE = {
  'core/Events.js'(ast) {
    const aliases = ast.body.filter(
      (node) =>
        node.type === 'ExpressionStatement' &&
        node.expression.type === 'AssignmentExpression' &&
        node.expression.left.object?.name === 'Events',
    );
    const names = [];
    for (let e = aliases.map((n) => n.expression); e.length;) {
      names.push(...e.map((a) => a.left.property.name));
      e = e.map((a) => a.right).filter((r) => r.type === 'AssignmentExpression');
    }
    const same =
      names.length === EVENT_ALIASES.length && EVENT_ALIASES.every((n) => names.includes(n));
    return same ? aliases.map((n) => [n.start, n.end]) : undefined;
  },
  'core/Class.js'(ast) {
    const check = ast.body.find(
      (node) =>
        node.type === 'FunctionDeclaration' && node.id.name === 'checkDeprecatedMixinEvents',
    );
    return check ? [[check.body.start + 1, check.body.end - 1]] : undefined;
  },
};

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
      const file = /leaflet[\\/]src[\\/](.*)$/.exec(id)[1].replace(/\\/g, '/');
      if (!UNUSED_CODE[file] && !UNUSED_METHODS[file]) return null;
      // Blanking keeps every offset, so both steps read the same parse.
      const ast = this.parse(code);
      let out = code;
      if (UNUSED_CODE[file]) {
        const ranges = UNUSED_CODE[file](ast);
        if (!ranges) this.error(`leaflet/src/${file} changed: update UNUSED_CODE`);
        out = ranges.reduce((text, [start, end]) => blank(text, start, end), out);
      }
      if (UNUSED_METHODS[file]) out = withoutUnusedMethods(file, out, ast, (m) => this.error(m));
      return { code: out, map: null };
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
