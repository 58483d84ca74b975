/**
 * The part of Leaflet 1.9.4 the locator's map uses, imported from Leaflet's own ES sources
 * (`leaflet/src/`, one module per class) instead of the whole library.
 *
 * Kept: Map with its map interaction handlers (drag, scroll-wheel zoom, double-click zoom,
 * keyboard, pinch zoom), TileLayer, Marker with DivIcon, LatLngBounds. Each handler registers
 * itself on Map (`Map.addInitHook`, `Map.mergeOptions`) when its module runs, so the imports
 * below are what turns them on. The zoom buttons and the attribution are Aisle's own
 * (map-controls.ts).
 * Dropped: box zoom (shift-drag) and tap-hold (iOS long press to contextmenu), vector layers
 * and their SVG/Canvas renderers, GeoJSON, Popup, Tooltip, image/video/SVG overlays, every
 * control class, WMS, the extra CRSs. Marker's own drag handler and default image icon are left
 * out by the library build (scripts/leaflet-unused.mjs): the locator never uses them.
 *
 * Everything from Leaflet goes through this module: add an import here (and a declaration in
 * leaflet-esm.d.ts) before using another Leaflet class or handler, and update the rule groups
 * scripts/leaflet-css.mjs keeps. The types are @types/leaflet's, which describe the whole
 * library: methods that a module left out adds to these classes (`bindPopup`, `bindTooltip`,
 * `openPopup`, `getRenderer`, ...) type-check here but are undefined at run time.
 */
import { Map } from 'leaflet/src/map/Map.js';
import 'leaflet/src/map/handler/Map.Drag.js';
import 'leaflet/src/map/handler/Map.ScrollWheelZoom.js';
import 'leaflet/src/map/handler/Map.DoubleClickZoom.js';
import 'leaflet/src/map/handler/Map.Keyboard.js';
import 'leaflet/src/map/handler/Map.TouchZoom.js';

export { Map };
export { TileLayer } from 'leaflet/src/layer/tile/TileLayer.js';
export { Marker } from 'leaflet/src/layer/marker/Marker.js';
export { DivIcon } from 'leaflet/src/layer/marker/DivIcon.js';
export { LatLngBounds } from 'leaflet/src/geo/LatLngBounds.js';
export type { LatLngExpression } from 'leaflet/src/geo/LatLng.js';
export { disableClickPropagation } from 'leaflet/src/dom/DomEvent.js';
