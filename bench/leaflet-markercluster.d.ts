// leaflet.markercluster 1.5 (bench only) extends a global `L`; the bench reads it from there.
declare module 'leaflet.markercluster';
