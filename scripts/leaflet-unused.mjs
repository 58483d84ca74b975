/**
 * A Rollup/Vite plugin for the library build: leaves out two Leaflet modules that Marker imports
 * and the locator never uses (about 0.6 KB brotli on every locator page).
 * - `Marker.Drag`: markers are never draggable; Marker itself checks `if (MarkerDrag)` before
 *   using it, so `undefined` is a state Leaflet expects.
 * - `Icon.Default`: the image icon a marker gets when it is given none; every marker the
 *   locator makes has a DivIcon (locator-map.ts), so the default is never rendered.
 * Source tests run the whole of Marker; the built map is checked by e2e/map.test.mjs.
 */
const PREFIX = '\0aisle-leaflet-unused:';
const STUBS = {
  'Marker.Drag': 'export var MarkerDrag = undefined;\n',
  'Icon.Default': 'export function IconDefault() {}\n',
};

export function leafletUnused() {
  return {
    name: 'aisle-leaflet-unused',
    enforce: 'pre',
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
