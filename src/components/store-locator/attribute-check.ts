/**
 * The locator's attributes as a retailer or CMS editor wrote them: the values it uses (a bad
 * one falls back to its default, a bad SKU is left out) and, for the console, what is wrong with
 * each. Pure.
 */
import { isValidSku } from '../../client/ids.js';
import { parseList, parseNear } from './ranking.js';

const TAG = '<aisle-store-locator>';
const DEFAULT_RADIUS_KM = 25;
const DEFAULT_LIMIT = 10;
const MAX_LIMIT = 500;

/** `radius` in kilometres, above 0 (default 25), at most the contract's 20,000 (half the Earth). */
export function radiusKm(value: number): number {
  return Number.isFinite(value) && value > 0 ? Math.min(value, 2e4) : DEFAULT_RADIUS_KM;
}

/** `limit` as a whole number from 1 to 500 (default 10). */
export function limitCount(value: number): number {
  const n = Math.floor(value);
  return Number.isFinite(n) && n >= 1 ? Math.min(n, MAX_LIMIT) : DEFAULT_LIMIT;
}

/**
 * A tile URL template Leaflet can fill in: '' (no tiles), or an http(s) or relative URL with
 * {z}, {x} and {y} (or TMS {-y}).
 */
export function isTileTemplate(value: string): boolean {
  return (
    value === '' ||
    (/\{z\}/.test(value) &&
      /\{x\}/.test(value) &&
      /\{-?y\}/.test(value) &&
      !/^(?!https?:)[a-z][\w+.-]*:/i.test(value))
  );
}

/** The products of `sku`/`skus` Aisle will ask about (bad SKUs left out). */
export function wantedSkus(sku: string | null, skus: string | null): string[] {
  return parseList(skus ?? sku).filter((s) => isValidSku(s));
}

export interface LocatorAttributes {
  /** The element: values as written. */
  getAttribute?(name: string): string | null;
  near: string | null;
  /** `null` once the attribute is removed (the default applies, nothing to say). */
  radius: number | null;
  limit: number | null;
  tiles: string | null;
  sku: string | null;
  skus: string | null;
}

/**
 * One console line per bad attribute value: `<aisle-store-locator> ignores radius="-5" (km > 0)`. The element uses its default instead (no tiles for a bad template).
 */
export function attributeProblems(a: LocatorAttributes): string[] {
  const bad: Array<[string, unknown, string]> = [];
  // Numbers as written (radius="" is read as 0, limit="abc" as NaN).
  const written = (name: string, value: number) => a.getAttribute?.(name) ?? value;
  if (a.near && !parseNear(a.near)) bad.push(['near', a.near, 'lat,lng']);
  if (a.radius !== null && radiusKm(a.radius) !== a.radius)
    bad.push(['radius', written('radius', a.radius), '0 < km ≤ 20000']);
  if (a.limit !== null && limitCount(a.limit) !== a.limit)
    bad.push(['limit', written('limit', a.limit), `1-${MAX_LIMIT}`]);
  if (a.tiles !== null && !isTileTemplate(a.tiles)) bad.push(['tiles', a.tiles, '{z} {x} {y}']);
  for (const sku of parseList(a.skus ?? a.sku)) {
    if (!isValidSku(sku)) bad.push(['SKU', sku, 'A-Z 0-9 . _ - /']);
  }
  return bad.map(([name, value, expected]) => `${TAG} ignores ${name}="${value}" (${expected})`);
}
