/**
 * Reduced motion for the map. The locator's stylesheet stops CSS transitions (Leaflet's zoom),
 * but Leaflet moves the map in script too: the arrow keys, `panTo` and `setView` glide for a
 * quarter of a second, and a flick of the map glides on after the pointer lets go. With
 * `prefers-reduced-motion: reduce` (read at each move, so a change of setting applies at once)
 * every pan is immediate and a flick stops where the pointer left the map.
 */
import type { Map as LeafletMap } from './leaflet.js';

const reducedMotion = () => matchMedia('(prefers-reduced-motion: reduce)').matches;

export function honourReducedMotion(map: LeafletMap): void {
  const panBy = map.panBy;
  map.panBy = function (this: LeafletMap, ...[offset, options]: Parameters<LeafletMap['panBy']>) {
    return panBy.call(this, offset, reducedMotion() ? { ...options, animate: false } : options);
  };
  // Leaflet reads `inertia` when a drag ends.
  map.on('dragstart', () => (map.options.inertia = !reducedMotion()));
}
