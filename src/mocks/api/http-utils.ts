/** Small helpers shared by the mock's routes: JSON answers, query parsing, distances. */
import type { LatLng } from '../../client/types.js';

export function json(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json', ...headers },
  });
}

/** Thrown by parsers; the route wrapper turns it into a 400 `invalid_request`. */
export class BadRequest extends Error {}

export function list(value: string | null): string[] {
  return (value ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
}

export function number(
  url: URL,
  name: string,
  min: number,
  max: number,
  integer = false,
): number | undefined {
  const raw = url.searchParams.get(name);
  if (raw === null || raw === '') return undefined;
  const n = Number(raw);
  if (!Number.isFinite(n) || n < min || n > max || (integer && !Number.isInteger(n))) {
    throw new BadRequest(`"${name}" must be a number from ${min} to ${max}`);
  }
  return n;
}

/** `lat` and `lng` together, or neither. */
export function point(url: URL): LatLng | undefined {
  const lat = number(url, 'lat', -90, 90);
  const lng = number(url, 'lng', -180, 180);
  if ((lat === undefined) !== (lng === undefined)) {
    throw new BadRequest('"lat" and "lng" go together');
  }
  return lat === undefined || lng === undefined ? undefined : { lat, lng };
}

export function bool(url: URL, name: string): boolean {
  const raw = url.searchParams.get(name);
  if (raw === null || raw === '' || raw === 'false' || raw === '0') return false;
  if (raw === 'true' || raw === '1') return true;
  throw new BadRequest(`"${name}" must be true or false`);
}

const R = 6371.0088;
const rad = (d: number) => (d * Math.PI) / 180;

/** Great-circle distance in km. */
export function haversine(a: LatLng, b: LatLng): number {
  const dLat = rad(b.lat - a.lat);
  const dLng = rad(b.lng - a.lng);
  const h =
    Math.sin(dLat / 2) ** 2 + Math.cos(rad(a.lat)) * Math.cos(rad(b.lat)) * Math.sin(dLng / 2) ** 2;
  return 2 * R * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** Lower case, no accents, punctuation as spaces: "Saint-Étienne" matches "saint etienne". */
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** Canonical JSON (sorted keys), so the same body in another key order fingerprints the same. */
export function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    return `{${Object.keys(o)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical(o[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}
