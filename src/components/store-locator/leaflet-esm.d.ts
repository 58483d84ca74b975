// Leaflet 1.9.4 publishes its ES modules without types; they have the API @types/leaflet
// describes. leaflet.ts imports single modules from its sources; the bench (bench/) imports the
// whole ES build.
/* eslint-disable no-restricted-imports -- types only; the runtime imports are Leaflet's ES modules */
declare module 'leaflet/dist/leaflet-src.esm.js' {
  export * from 'leaflet';
}
declare module 'leaflet/src/map/Map.js' {
  export { Map } from 'leaflet';
}
declare module 'leaflet/src/layer/tile/TileLayer.js' {
  export { TileLayer } from 'leaflet';
}
declare module 'leaflet/src/layer/marker/Marker.js' {
  export { Marker } from 'leaflet';
}
declare module 'leaflet/src/layer/marker/DivIcon.js' {
  export { DivIcon } from 'leaflet';
}
declare module 'leaflet/src/geo/LatLng.js' {
  export { LatLng, type LatLngExpression } from 'leaflet';
}
declare module 'leaflet/src/geo/LatLngBounds.js' {
  export { LatLngBounds } from 'leaflet';
}
declare module 'leaflet/src/dom/DomEvent.js' {
  export const disableClickPropagation: typeof import('leaflet').DomEvent.disableClickPropagation;
}
// Handlers register themselves on Map when imported; nothing to name.
declare module 'leaflet/src/map/handler/Map.Drag.js';
declare module 'leaflet/src/map/handler/Map.ScrollWheelZoom.js';
declare module 'leaflet/src/map/handler/Map.DoubleClickZoom.js';
declare module 'leaflet/src/map/handler/Map.Keyboard.js';
declare module 'leaflet/src/map/handler/Map.TouchZoom.js';
