// Leaflet 1.9.4 publishes its ES module build without types; it has the same API as @types/leaflet.
declare module 'leaflet/dist/leaflet-src.esm.js' {
  // eslint-disable-next-line no-restricted-imports -- types only; the runtime import is the ESM build
  export * from 'leaflet';
}
