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

/** Whether a value is a usable point (finite, latitude within ±90, longitude within ±180). */
export function isLatLng(value: unknown): value is LatLng {
  if (!value || typeof value !== 'object') return false;
  const { lat, lng } = value as Record<string, unknown>;
  return (
    typeof lat === 'number' &&
    typeof lng === 'number' &&
    Number.isFinite(lat) &&
    Number.isFinite(lng) &&
    Math.abs(lat) <= 90 &&
    Math.abs(lng) <= 180
  );
}

/** Parses "lat,lng" (the `near` attribute); undefined when it is not a valid point. */
export function parseLatLng(text: string | null | undefined): LatLng | undefined {
  if (!text) return undefined;
  const parts = text.split(',').map((p) => p.trim());
  if (parts.length !== 2 || parts.some((p) => p === '')) return undefined;
  const point = { lat: Number(parts[0]), lng: Number(parts[1]) };
  return isLatLng(point) ? point : undefined;
}
