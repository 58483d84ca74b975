/**
 * Checking a point: for stores given from JavaScript (the locator's `.stores`, store-index.ts).
 * Apart from distance.ts, which the badge runs, so that a page of badges does not download it
 * (distance.ts is in the core chunk; this module is not, scripts/build.mjs).
 */
import type { LatLng } from '../client/types.js';

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
