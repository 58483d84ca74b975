/**
 * A Rollup/Vite plugin for the library build: leaves out Leaflet code the locator never uses.
 *
 * Two modules that Marker imports (about 0.6 KB brotli on every locator page):
 * - `Marker.Drag`: markers are never draggable; Marker itself checks `if (MarkerDrag)` before
 *   using it, so `undefined` is a state Leaflet expects.
 * - `Icon.Default`: the image icon a marker gets when it is given none; every marker the
 *   locator makes has a DivIcon (locator-map.ts), so the default is never rendered.
 *
 * Map methods nothing in the locator calls (about 0.5 KB brotli): `flyTo`/`flyToBounds` (the
 * locator moves without the fly animation), and `locate`/`stopLocate` with their
 * geolocation handlers (the locator asks for the position itself, on the shopper's click,
 * src/geo/locate.ts). Map only calls `stopLocate` after `locate` started a watch, and cancels a
 * fly frame only if one was requested. The build fails if Leaflet no longer has one of them.
 *
 * Source tests run the whole of Leaflet; the built map is checked by e2e/map.test.mjs.
 */
const PREFIX = '\0aisle-leaflet-unused:';
const STUBS = {
  'Marker.Drag': 'export var MarkerDrag = undefined;\n',
  'Icon.Default': 'export function IconDefault() {}\n',
};

const UNUSED_MAP_METHODS = [
  'flyTo',
  'flyToBounds',
  'locate',
  'stopLocate',
  '_handleGeolocationError',
  '_handleGeolocationResponse',
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
      if (!/leaflet[\\/]src[\\/]map[\\/]Map\.js$/.test(id)) return null;
      return {
        code: withoutUnusedMethods(code, this.parse(code), (m) => this.error(m)),
        map: null,
      };
    },
    resolveId(source, importer) {
      if (!importer || !/leaflet[\\/]src[\\/]layer[\\/]marker[\\/]Marker\.js$/.test(importer))
        return null;
      const name = /^\.\/(Marker\.Drag|Icon\.Default)(\.js)?$/.exec(source)?.[1];
      return name ? PREFIX + name : null;
    },
    load(id) {
      return id.startsWith(PREFIX) ? STUBS[id.slice(PREFIX.length)] : null;
    },
  };
}
