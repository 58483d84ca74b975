/**
 * Great-circle distance. The same Earth radius as geokdbush, so distances from the index and from
 * here agree.
 */
import type { LatLng } from '../client/types.js';

/** Mean Earth radius in kilometres (IUGG), as geokdbush uses. */
export const EARTH_RADIUS_KM = 6371;

const RAD = Math.PI / 180;

/** Haversine distance between two points, in kilometres. */
export function distanceKm(a: LatLng, b: LatLng): number {
  const dLat = (b.lat - a.lat) * RAD;
  const dLng = (b.lng - a.lng) * RAD;
  const h =
    Math.sin(dLat / 2) ** 2 +
    Math.cos(a.lat * RAD) * Math.cos(b.lat * RAD) * Math.sin(dLng / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}
